package se.bedomning.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import se.bedomning.evaluation.Assessment;

/**
 * The rules' findings against the plain-Java baseline's, line for line ({@link Assessment#findingLines()}):
 * only the classification layer is compared, since only it is mirrored.
 */
final class Comparison {

    /** Differences printed per region before the rest are counted: enough to see what the rule edit did. */
    static final int SHOWN_DIFFERENCES = 5;

    private Comparison() {
    }

    /** Null when both found the same; otherwise a paragraph naming the region and the first differing lines. */
    static String differences(String region, Assessment rules, Assessment baseline) {
        List<String> byRules = rules.findingLines();
        List<String> byJava = baseline.findingLines();
        if (byRules.equals(byJava)) {
            return null;
        }
        List<String> onlyRules = new ArrayList<>(byRules);
        onlyRules.removeAll(new HashSet<>(byJava));
        List<String> onlyJava = new ArrayList<>(byJava);
        onlyJava.removeAll(new HashSet<>(byRules));
        return region + ": the rules and the plain-Java baseline disagree (" + onlyRules.size()
                + " lines only from the rules, " + onlyJava.size() + " only from the baseline"
                + (onlyRules.isEmpty() && onlyJava.isEmpty() ? "; same lines in another order" : "") + ")"
                + shown("only the rules: ", onlyRules) + shown("only the baseline: ", onlyJava);
    }

    private static String shown(String label, List<String> lines) {
        if (lines.isEmpty()) {
            return "";
        }
        String more = lines.size() > SHOWN_DIFFERENCES ? "\n    … and " + (lines.size() - SHOWN_DIFFERENCES) + " more" : "";
        return "\n  " + label + "\n    " + String.join("\n    ", lines.subList(0, Math.min(SHOWN_DIFFERENCES, lines.size())))
                + more;
    }
}
