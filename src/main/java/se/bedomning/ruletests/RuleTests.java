package se.bedomning.ruletests;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import se.bedomning.evaluation.Assessment;
import se.bedomning.evaluation.Evaluator;
import se.bedomning.facts.FactSet;
import se.bedomning.facts.Finding;
import se.bedomning.io.Fields;
import se.bedomning.io.FactFileReader;
import se.bedomning.io.JsonFiles;
import se.bedomning.io.Node;
import se.bedomning.io.Thresholds;
import se.bedomning.problem.BedomningException;
import se.bedomning.problem.ExitCode;
import se.bedomning.problem.Problem;
import se.bedomning.render.Draft;
import se.bedomning.render.DraftBuilder;
import se.bedomning.rules.RuleSet;

/**
 * Rule tests written as data in {@code rules/tests/*.json}, so reviewers can pin a behaviour without
 * Java: each case gives facts (and optional threshold overrides) and the findings or sentence texts it
 * expects, or must not produce.
 */
public final class RuleTests {

    public static final String FOLDER = "tests";
    private static final Set<String> CASE_FIELDS = Set.of("name", "description", "thresholds", "facts", "expect",
            "expectNot", "expectUnsaid", "expectSentences", "expectNoSentences");

    /** One case, read and validated. */
    public record Case(String file, int line, String name, Map<String, BigDecimal> thresholds, Node facts,
            List<String> expect, List<String> expectNot, List<String> expectUnsaid, List<String> expectSentences,
            List<String> expectNoSentences) {
    }

    /** The outcome of one case: empty {@code failures} means it passed. */
    public record Result(Case testCase, List<String> failures) {
        public boolean passed() {
            return failures.isEmpty();
        }
    }

    private RuleTests() {
    }

    public static List<Case> read(Path rulesFolder) {
        Path dir = rulesFolder.resolve(FOLDER);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new BedomningException(ExitCode.BAD_RULES, "The rule tests cannot be read.",
                    List.of(Problem.at(dir.toString(), 0, 0, "", e.getMessage())));
        }
        List<Problem> problems = new ArrayList<>();
        List<Case> cases = new ArrayList<>();
        for (Path file : files) {
            Node root = JsonFiles.read(file, file.toString(), ExitCode.BAD_RULES);
            Fields f = new Fields(file.toString(), problems);
            if (!f.isObject(root, "(top level)")) {
                continue;
            }
            f.onlyKnown(root, "", Set.of("description", "cases"));
            for (Fields.Item item : f.objects(root, "", "cases", true)) {
                String p = item.path();
                Node c = item.node();
                f.onlyKnown(c, p, CASE_FIELDS);
                String name = f.text(c, p, "name");
                Node facts = c.fields().get("facts");
                if (facts == null || !facts.isObject()) {
                    f.problem(c, p + ".facts", "is missing; expected a fact document {\"series\": [...], ...}");
                    continue;
                }
                Map<String, BigDecimal> overrides = new LinkedHashMap<>();
                Node t = c.fields().get("thresholds");
                if (t != null && f.isObject(t, p + ".thresholds")) {
                    for (Map.Entry<String, Node> e : t.fields().entrySet()) {
                        if (e.getValue().isNumber()) {
                            overrides.put(e.getKey(), (BigDecimal) e.getValue().value());
                        } else {
                            f.problem(e.getValue(), p + ".thresholds." + e.getKey(), "is " + e.getValue().describe()
                                    + "; expected a number");
                        }
                    }
                }
                cases.add(new Case(file.toString(), c.line(), name, overrides, withDefaults(facts),
                        texts(f, c, p, "expect"), texts(f, c, p, "expectNot"), texts(f, c, p, "expectUnsaid"),
                        texts(f, c, p, "expectSentences"), texts(f, c, p, "expectNoSentences")));
            }
        }
        if (!problems.isEmpty()) {
            throw BedomningException.badRules("The rule tests have problems.", problems);
        }
        return cases;
    }

    private static List<String> texts(Fields f, Node c, String p, String name) {
        List<String> out = new ArrayList<>();
        for (Node n : f.list(c, p, name, false)) {
            if (n.isText()) {
                out.add((String) n.value());
            } else {
                f.problem(n, p + "." + name, "is " + n.describe() + "; expected a text");
            }
        }
        return out;
    }

    /** A case need not repeat the fact file's header fields. */
    private static Node withDefaults(Node facts) {
        Map<String, Node> fields = new LinkedHashMap<>();
        fields.put("format", new Node(FactFileReader.FORMAT, facts.line(), facts.column()));
        fields.put("region", new Node("Testlän", facts.line(), facts.column()));
        fields.put("year", new Node(BigDecimal.valueOf(2024), facts.line(), facts.column()));
        fields.put("report", new Node("Regeltest", facts.line(), facts.column()));
        fields.putAll(facts.fields());
        return new Node(fields, facts.line(), facts.column());
    }

    public static Result run(RuleSet rules, Case c) {
        List<String> failures = new ArrayList<>();
        RuleSet set = rules;
        Thresholds thresholds = rules.thresholds();
        for (Map.Entry<String, BigDecimal> o : c.thresholds().entrySet()) {
            if (thresholds.all().stream().noneMatch(t -> t.key().equals(o.getKey()))) {
                failures.add("threshold override \"" + o.getKey() + "\" matches no threshold; keys look like"
                        + " trend.minChange[percent]");
                return new Result(c, failures);
            }
            thresholds = thresholds.with(o.getKey(), o.getValue());
        }
        if (thresholds != rules.thresholds()) {
            set = rules.withThresholds(thresholds);
        }
        FactSet facts = FactFileReader.read(c.facts(), c.file() + " case \"" + c.name() + "\"", set.catalog());
        Assessment a = Evaluator.evaluate(set, facts);
        Draft draft = DraftBuilder.build(set.wording(), set.thresholds(), set.themes(), a, "rules");
        List<String> stated = a.stated().stream().map(RuleTests::describe).toList();
        List<String> unsaid = new ArrayList<>(a.findings().stream().filter(f -> !a.suppressionsOf(f).isEmpty())
                .map(RuleTests::describe).toList());
        List<String> areas = a.developmentAreas().stream().map(d -> "development_area/" + d.getTheme() + " m"
                + d.getGoal()).toList();
        List<String> all = new ArrayList<>(stated);
        all.addAll(areas);
        // What the selection rules put in the bedömning: "assessment kind/variant indicator/group".
        for (int g = se.bedomning.facts.Indicator.FIRST_GOAL; g <= se.bedomning.facts.Indicator.LAST_GOAL; g++) {
            a.plan().assessment(g).forEach(x -> all.add("assessment " + describe(x.getFinding())));
            // Derived conclusions: "derived KIND first + second".
            a.plan().derivations(g).forEach(d -> all.add("derived " + d.getKind() + " " + describe(d.getFirst())
                    + " + " + describe(d.getSecond())));
            // Findings said as a clause of a statement: "addition kind/variant indicator/group".
            a.plan().additions(g).forEach(d -> all.add("addition " + describe(d.getAdded())));
        }
        a.plan().headlines().forEach(h -> all.add("summary " + describe(h.getFinding())));
        // Åtgärder: "kind[/variant] atgard/2.2"; the areas resting on them are among the development areas above.
        a.actions().findings().forEach(f -> all.add(f.getKind().code()
                + (f.getVariant().isEmpty() ? "" : "/" + f.getVariant()) + " atgard/" + f.getActionId()));
        // The selection rules' use of them: "candidate kind[/variant] mN" for each classification they weigh,
        // "summary kind[/variant] mN" for the one that heads the sammanfattning.
        a.actions().merits().forEach(m -> all.add("candidate " + m.getKind().code()
                + (m.getVariant().isEmpty() ? "" : "/" + m.getVariant()) + " m" + m.getGoal()));
        a.actions().headlines().forEach(h -> all.add("summary " + h.getMerit().getKind().code()
                + (h.getMerit().getVariant().isEmpty() ? "" : "/" + h.getMerit().getVariant()) + " m" + h.getGoal()));
        // "summary together kind[/variant] m2,m4" for a classification the rules say once for several Mål.
        a.actions().groups().forEach(g -> all.add("summary together " + g.getHeadlines().get(0).getKind().code()
                + (g.getHeadlines().get(0).getVariant().isEmpty() ? "" : "/" + g.getHeadlines().get(0).getVariant())
                + " " + g.getHeadlines().stream().map(h -> "m" + h.getGoal())
                        .collect(java.util.stream.Collectors.joining(","))));
        // The handlingsplan paragraph's sentences after its count: "paragraph kind[/variant] atgard/7.1,7.8 mN".
        a.actions().statements().forEach(st -> all.add("paragraph " + st.getKind().code()
                + (st.getVariant().isEmpty() ? "" : "/" + st.getVariant()) + " atgard/"
                + st.getFindings().stream().map(se.bedomning.facts.ActionFinding::getActionId)
                        .collect(java.util.stream.Collectors.joining(",")) + " m" + st.getGoal()));
        // Åtgärd findings the selection rules leave to the underlag count as unsaid: "kind[/variant] atgard/1.4".
        a.actions().unsaid().forEach(u -> unsaid.add(u.getFinding().getKind().code()
                + (u.getFinding().getVariant().isEmpty() ? "" : "/" + u.getFinding().getVariant()) + " atgard/"
                + u.getFinding().getActionId()));
        // Every layer's text: the sammanfattning, the bedömning, the handlingsplan paragraph, the underlag and the
        // utvecklingsområden.
        List<String> sentences = Stream.concat(Stream.concat(draft.summary().assessment().stream().map(Draft.Statement::text),
                draft.summary().developmentAreas().stream().map(Draft.Area::text)),
                draft.sections().stream().flatMap(s -> Stream.of(
                s.assessment().stream().map(Draft.Statement::text), s.sentences().stream().map(Draft.Sentence::text),
                s.developmentAreas().stream().map(Draft.Area::text),
                s.handlingsplan().stream().map(Draft.ActionSentence::text)).flatMap(x -> x))).toList();
        for (String e : c.expect()) {
            if (!all.contains(e)) {
                failures.add("expected finding \"" + e + "\"; got " + all);
            }
        }
        for (String e : c.expectNot()) {
            if (all.contains(e)) {
                failures.add("finding \"" + e + "\" must not be stated, but it is");
            }
        }
        for (String e : c.expectUnsaid()) {
            if (!unsaid.contains(e)) {
                failures.add("expected \"" + e + "\" to be derived but left unsaid; unsaid: " + unsaid);
            }
        }
        for (String e : c.expectSentences()) {
            if (sentences.stream().noneMatch(s -> s.contains(e))) {
                failures.add("no sentence contains \"" + e + "\"; sentences: " + sentences);
            }
        }
        for (String e : c.expectNoSentences()) {
            sentences.stream().filter(s -> s.contains(e)).findFirst()
                    .ifPresent(s -> failures.add("a sentence contains \"" + e + "\": " + s));
        }
        return new Result(c, failures);
    }

    /** "kind/variant indicator/group[~other]" — the notation cases use. */
    public static String describe(Finding f) {
        return f.getKind().code() + (f.getVariant().isEmpty() ? "" : "/" + f.getVariant()) + " "
                + f.getSeries().getKey() + (f.getOther() == null ? "" : "~" + f.getOther().getKey());
    }
}
