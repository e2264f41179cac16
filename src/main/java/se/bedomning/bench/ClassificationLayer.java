package se.bedomning.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import se.bedomning.rules.EngineOptions;
import se.bedomning.rules.RuleLoader;
import se.bedomning.rules.RuleSet;

/**
 * The classification layer of a rules folder on its own: the DRL files that conclude findings, without
 * the decision layers (valence, suppression, concerns, themes), so the benchmark times the rules against
 * the plain-Java baseline on the work both do. The DRL files order their layers by salience —
 * classification at 0, every decision below it (development.drl's header) — so a file whose every rule
 * has a negative salience is a decision layer and is left out. The folder is first loaded and validated
 * whole (the loader refuses a folder whose finding kinds no valence rule judges), then the classifying
 * files are compiled into a rule base of their own.
 */
final class ClassificationLayer {

    private static final Pattern RULE = Pattern.compile("(?m)^rule\\s");
    private static final Pattern NEGATIVE_SALIENCE = Pattern.compile("(?m)^\\s*salience\\s+-\\d+\\s*$");

    private ClassificationLayer() {
    }

    /** The rules folder's classifying DRL files with its thresholds, catalog and wording. */
    static RuleSet load(Path rulesFolder) {
        RuleSet whole = RuleLoader.load(rulesFolder);
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        try (Stream<Path> s = Files.list(rulesFolder)) {
            List<Path> drls = s.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
            for (Path drl : drls) {
                if (!isDecisionLayer(Files.readString(drl))) {
                    Resource r = ResourceFactory.newFileResource(drl.toFile());
                    r.setSourcePath(drl.toString());
                    builder.add(r, ResourceType.DRL);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (builder.hasErrors()) {
            // The whole folder compiled, so a subset that does not is a bug of this split, not the reviewer's.
            throw new IllegalStateException("the classification layer does not compile alone: " + builder.getErrors());
        }
        KieBase kieBase = EngineOptions.kieBase(builder.getKnowledgePackages());
        return new RuleSet(whole.folder(), kieBase, whole.thresholds(), whole.wording(), whole.catalog(),
                whole.digest(), whole.drlDigest() + "/classification", whole.kolada(), whole.themes());
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
}
