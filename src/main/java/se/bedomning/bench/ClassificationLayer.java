package se.bedomning.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import se.bedomning.io.Folders;
import se.bedomning.rules.RuleLoader;
import se.bedomning.rules.RuleSet;

/**
 * The classification layer of a rules folder on its own: the DRL files that conclude findings, without
 * the decision layers (valence, suppression, concerns, themes), so the benchmark times the rules against
 * the plain-Java baseline on the work both do. The DRL files order their layers by salience —
 * classification at 0, every decision below it (development.drl's header) — so a file whose every rule
 * has a negative salience is a decision layer and is left out.
 */
final class ClassificationLayer {

    private static final Pattern RULE = Pattern.compile("(?m)^rule\\s");
    private static final Pattern NEGATIVE_SALIENCE = Pattern.compile("(?m)^\\s*salience\\s+-\\d+\\s*$");

    private ClassificationLayer() {
    }

    /** The rules folder's classifying DRL files with its thresholds, catalog and wording, loaded (and cached). */
    static RuleSet load(Path rulesFolder) {
        try {
            Path copy = Folders.copy(rulesFolder, Files.createTempDirectory("bedomning-classification"));
            try {
                try (Stream<Path> s = Files.list(copy)) {
                    for (Path drl : s.filter(p -> p.toString().endsWith(".drl")).toList()) {
                        if (isDecisionLayer(Files.readString(drl))) {
                            Files.delete(drl);
                        }
                    }
                }
                return RuleLoader.load(copy);
            } finally {
                delete(copy);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isDecisionLayer(String drl) {
        long rules = count(RULE.matcher(drl));
        return rules > 0 && count(NEGATIVE_SALIENCE.matcher(drl)) == rules;
    }

    private static long count(Matcher m) {
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            List<Path> paths = s.sorted(Comparator.reverseOrder()).toList();
            for (Path p : paths) {
                Files.delete(p);
            }
        }
    }
}
