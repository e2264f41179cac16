package se.bedomning.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.bedomning.facts.FindingKind;
import se.bedomning.problem.Problem;

/**
 * Checks on the words rules share that compile whatever they say: a variant one rule produces and
 * another guards against by name ({@code not Finding(variant == "recovery")}), and the finding kinds a
 * valence rule must judge. A rename on one side only compiles, loads and silently changes the draft.
 */
final class RuleVocabulary {

    /** A finding made by a rule: {@code Finding.of(kcontext, FindingKind.X, "variant", …)} or {@code Finding.pair(…)}. */
    private static final Pattern PRODUCED =
            Pattern.compile("Finding\\.(?:of|pair)\\(\\s*kcontext\\s*,\\s*FindingKind\\.\\w+\\s*,\\s*\"([^\"]*)\"");
    /** A variant named in a condition: {@code variant == "x"}, {@code variant != "x"}, {@code variant [not] in ("x", …)}. */
    private static final Pattern COMPARED = Pattern.compile("\\bvariant\\s*(?:==|!=)\\s*\"([^\"]*)\"");
    private static final Pattern LISTED = Pattern.compile("\\bvariant\\s+(?:not\\s+)?in\\s*\\(([^)]*)\\)");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]*)\"");
    private static final Pattern KIND = Pattern.compile("FindingKind\\.(\\w+)");

    private RuleVocabulary() {
    }

    private record Text(Path file, String text) {
        int line(int offset) {
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            return line;
        }

        int column(int offset) {
            return offset - text.lastIndexOf('\n', offset - 1);
        }
    }

    static List<Problem> check(List<Path> drls) {
        List<Text> texts = new ArrayList<>();
        for (Path drl : drls) {
            try {
                texts.add(new Text(drl, withoutComments(Files.readString(drl, StandardCharsets.UTF_8))));
            } catch (IOException e) {
                // RuleLoader reports an unreadable DRL file already.
            }
        }
        List<Problem> problems = new ArrayList<>(packages(texts));
        problems.addAll(variants(texts));
        problems.addAll(judgedKinds(texts));
        return problems;
    }

    /** Comments blanked out (lengths kept, so lines and columns stay true): a rule in a comment is no rule. */
    static String withoutComments(String drl) {
        StringBuilder sb = new StringBuilder(drl);
        Matcher m = Pattern.compile("//[^\n]*|/\\*.*?\\*/", Pattern.DOTALL).matcher(drl);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                if (sb.charAt(i) != '\n') {
                    sb.setCharAt(i, ' ');
                }
            }
        }
        return sb.toString();
    }

    /** The one package every rule file declares. */
    static final String PACKAGE = "se.bedomning.rules";
    private static final Pattern PACKAGE_LINE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");

    /**
     * Drools 10.2.0 adds the largest package of a build at once and the others rule by rule, which left an
     * accumulate rule that never fired (apache/incubator-kie#7109, fixed after 10.2.0): one package only.
     */
    private static List<Problem> packages(List<Text> texts) {
        List<Problem> problems = new ArrayList<>();
        for (Text t : texts) {
            Matcher m = PACKAGE_LINE.matcher(t.text());
            if (!m.find()) {
                problems.add(Problem.at(t.file().toString(), 1, 1, "", "has no package line; every rule file must"
                        + " start with package " + PACKAGE + " (Drools 10.2.0 builds rules of several packages"
                        + " wrongly, apache/incubator-kie#7109)"));
            } else if (!m.group(1).equals(PACKAGE)) {
                problems.add(Problem.at(t.file().toString(), t.line(m.start(1)), t.column(m.start(1)), "", "package "
                        + m.group(1) + "; every rule file must say package " + PACKAGE + " (Drools 10.2.0 builds rules"
                        + " of several packages wrongly, apache/incubator-kie#7109)"));
            }
        }
        return problems;
    }

    private static List<Problem> variants(List<Text> texts) {
        Set<String> produced = new TreeSet<>();
        for (Text t : texts) {
            Matcher m = PRODUCED.matcher(t.text());
            while (m.find()) {
                produced.add(m.group(1));
            }
        }
        List<Problem> problems = new ArrayList<>();
        for (Text t : texts) {
            Matcher m = COMPARED.matcher(t.text());
            while (m.find()) {
                unknownVariant(t, m.group(1), m.start(1), produced, problems);
            }
            Matcher l = LISTED.matcher(t.text());
            while (l.find()) {
                Matcher q = QUOTED.matcher(l.group(1));
                while (q.find()) {
                    unknownVariant(t, q.group(1), l.start(1) + q.start(1), produced, problems);
                }
            }
        }
        return problems;
    }

    private static void unknownVariant(Text t, String variant, int at, Set<String> produced, List<Problem> problems) {
        if (!produced.contains(variant)) {
            problems.add(Problem.at(t.file().toString(), t.line(at), t.column(at), "", "variant \"" + variant
                    + "\" is produced by no rule; the rules produce " + String.join(", ", produced.stream()
                            .map(v -> "\"" + v + "\"").toList()) + " — was it renamed? use the new name here too"));
        }
    }

    /**
     * Every kind that is good or bad news by its meaning must be listed by a rule that inserts a Judgement:
     * otherwise its findings are silently neutral and never become a concern or an utvecklingsområde.
     */
    private static List<Problem> judgedKinds(List<Text> texts) {
        Set<String> judged = new TreeSet<>();
        Text valence = null;
        for (Text t : texts) {
            List<int[]> rules = new ArrayList<>();
            Matcher r = RULE.matcher(t.text());
            while (r.find()) {
                rules.add(new int[] {r.start()});
            }
            for (int i = 0; i < rules.size(); i++) {
                int end = i + 1 < rules.size() ? rules.get(i + 1)[0] : t.text().length();
                String rule = t.text().substring(rules.get(i)[0], end);
                if (rule.contains("Judgement.of(")) {
                    valence = valence == null ? t : valence;
                    Matcher k = KIND.matcher(rule);
                    while (k.find()) {
                        judged.add(k.group(1));
                    }
                }
            }
        }
        List<Problem> problems = new ArrayList<>();
        String where = valence == null ? "valence.drl" : valence.file().getFileName().toString();
        for (FindingKind k : FindingKind.values()) {
            if (k.judged() && !judged.contains(k.name())) {
                String file = valence == null ? (texts.isEmpty() ? "rules" : texts.get(0).file().getParent().toString())
                        : valence.file().toString();
                problems.add(Problem.at(file, 0, 0, "", "finding kind " + k.code() + " (FindingKind." + k.name()
                        + ") is judged by no rule that inserts a Judgement, so it is never positive or negative and"
                        + " never becomes an utvecklingsområde — list it in a rule of " + where));
            }
        }
        return problems;
    }
}
