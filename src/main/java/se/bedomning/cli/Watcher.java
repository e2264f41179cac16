package se.bedomning.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import se.bedomning.problem.BedomningException;
import se.bedomning.rules.RuleLoader;
import se.bedomning.rules.RuleSet;

/**
 * The edit–rerun loop: keeps the JVM and the last good rules, and redrafts when a file under the
 * rules folder (or the fact file) changes. A DRL edit recompiles; a thresholds, wording or catalog
 * edit reuses the compiled rules. Broken rules are reported and the last good ones kept.
 */
public final class Watcher {

    /** What one change produced: the new text, or the problems, and how long it took. */
    public record Outcome(String text, BedomningException problem, long millis) {
    }

    private final Path rules;
    private final Path data;
    private final Pipeline.Format format;
    private RuleSet current;
    private String fingerprint;

    public Watcher(Path rules, Path data, Pipeline.Format format) {
        this.rules = rules;
        this.data = data;
        this.format = format;
    }

    /** Drafts for the first time (throws like {@code draft} when the rules or data are broken). */
    public String start() {
        fingerprint = fingerprint();
        current = RuleLoader.load(rules);
        return draft();
    }

    /** Null when nothing changed since the last call; otherwise the new draft or the problems. */
    public Outcome poll() {
        String now = fingerprint();
        if (now.equals(fingerprint)) {
            return null;
        }
        fingerprint = now;
        long t = System.nanoTime();
        try {
            RuleSet next = RuleLoader.load(rules, current);
            String text = Pipeline.render(next, Pipeline.run(next, data), format);
            current = next;
            return new Outcome(text, null, (System.nanoTime() - t) / 1_000_000);
        } catch (BedomningException e) {
            return new Outcome(null, e, (System.nanoTime() - t) / 1_000_000);
        }
    }

    private String draft() {
        return Pipeline.render(current, Pipeline.run(current, data), format);
    }

    /** Names, sizes and modification times: cheap enough to poll several times a second. */
    private String fingerprint() {
        StringBuilder sb = new StringBuilder();
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> s = Files.walk(rules)) {
            s.filter(Files::isRegularFile).sorted().forEach(paths::add);
        } catch (IOException e) {
            return "unreadable:" + e.getMessage();
        }
        paths.add(data);
        for (Path p : paths) {
            try {
                sb.append(p).append(':').append(Files.size(p)).append(':')
                        .append(Files.getLastModifiedTime(p).toMillis()).append(';');
            } catch (IOException e) {
                sb.append(p).append(":missing;");
            }
        }
        return sb.toString();
    }
}
