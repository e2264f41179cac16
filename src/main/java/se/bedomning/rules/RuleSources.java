package se.bedomning.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where each rule is written (file:line), so explanations can send a reviewer to the right place. */
public final class RuleSources {

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");

    private final Map<String, String> where;

    private RuleSources(Map<String, String> where) {
        this.where = where;
    }

    public static RuleSources of(Path folder) {
        Map<String, String> where = new HashMap<>();
        for (Path drl : RuleLoader.drlFiles(folder)) {
            try {
                List<String> lines = Files.readAllLines(drl, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = RULE.matcher(lines.get(i));
                    if (m.find()) {
                        where.putIfAbsent(m.group(1), drl + ":" + (i + 1));
                    }
                }
            } catch (IOException e) {
                // validate reports unreadable files; an explanation just lacks the location
            }
        }
        return new RuleSources(where);
    }

    /** {@code rules/trend.drl:42}, or "?" for a rule not found in the folder. */
    public String locate(String rule) {
        return where.getOrDefault(rule, "?");
    }

    public int count() {
        return where.size();
    }

    /** The DRL files that hold at least one rule. */
    public long files() {
        return where.values().stream().map(w -> w.substring(0, w.lastIndexOf(':'))).distinct().count();
    }
}
