package se.bedomning.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.bedomning.evaluation.Assessment;
import se.bedomning.facts.Concern;
import se.bedomning.facts.DevelopmentArea;
import se.bedomning.facts.ActionSource;
import se.bedomning.facts.FactSet;
import se.bedomning.facts.InputNote;
import se.bedomning.facts.Finding;
import se.bedomning.facts.FindingKind;
import se.bedomning.facts.Headline;
import se.bedomning.facts.Selection;
import se.bedomning.facts.Indicator;
import se.bedomning.facts.MissingValue;
import se.bedomning.facts.Note;
import se.bedomning.facts.NoteKind;
import se.bedomning.facts.Point;
import se.bedomning.facts.Series;
import se.bedomning.facts.SeriesData;
import se.bedomning.facts.Suppression;
import se.bedomning.facts.ThemeDefinition;
import se.bedomning.facts.Threshold;
import se.bedomning.facts.Unit;
import se.bedomning.facts.Valence;
import se.bedomning.io.Themes;
import se.bedomning.io.Thresholds;
import se.bedomning.lexicon.Wording;
import se.bedomning.render.sv.SwedishFormat;

/** Turns findings into sentences through the wording templates; the only place text is built. */
public final class DraftBuilder {

    public static final String FRACTION_TOLERANCE = "wording.fractionTolerance";
    public static final String MAX_MEASURES = "development.maxMeasuresNamed";
    public static final String MAX_WORDS = "development.maxWords";
    /** Placeholders that are years: after a bare number they are introduced by a word ("21 år 2023"). */
    private static final Set<String> YEARS = Set.of("from", "to", "firstYear", "when", "prevYear", "minYear", "maxYear", "medianYear",
            "breakYear", "lastDataYear");

    private final Wording wording;
    private final Thresholds thresholds;
    /** The themes' names and action phrases (rules/themes.json): the wording of the utvecklingsområden. */
    private final Themes themes;
    /** How often each template key has been used, so alternatives take turns across the draft. */
    private final Map<String, Integer> uses = new HashMap<>();
    /** Every sentence already in the draft: a draft never says the same sentence twice. */
    private final Set<String> said = new java.util.HashSet<>();
    /** The same for the bedömning layer, which restates findings of the underlag in its own words. */
    private final Set<String> saidInAssessment = new java.util.HashSet<>();
    /** How many bedömning sentences each first word has opened so far, to vary the openings. */
    private final Map<String, Integer> openings = new HashMap<>();
    private String lastOpening = "";
    /** Outweighs any count of openings: a repeated opening is chosen only when every alternative repeats. */
    private static final int REPEAT_PENALTY = 1_000_000;
    /**
     * The underlag template of each (kind, variant, valence) met so far: a region's thousand findings ask
     * the wording for the same few dozen, and each lookup builds its candidate keys anew.
     */
    private final Map<TemplateKey, Map.Entry<String, List<String>>> sentenceTemplates = new HashMap<>();

    private record TemplateKey(FindingKind kind, String variant, Valence valence) {
        // Written out: a record's own equals and hashCode go through method handles that the launcher's C1-only
        // JIT does not inline, which cost as much as the lookup this key saves.
        @Override
        public int hashCode() {
            return (kind.ordinal() * 31 + variant.hashCode()) * 31 + valence.ordinal();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof TemplateKey k && k.kind == kind && k.valence == valence && k.variant.equals(variant);
        }
    }

    /** The bedömning sentence each selected finding became, for the sammanfattning. */
    private final Map<Finding, Draft.Statement> realised = new HashMap<>();

    /** What the region-year's åtgärder are: the handlingsplan's, or the agency's own activities filed under them. */
    private final ActionSource actionSource;

    private DraftBuilder(Wording wording, Thresholds thresholds, Themes themes, ActionSource actionSource) {
        this.wording = wording;
        this.thresholds = thresholds;
        this.themes = themes;
        this.actionSource = actionSource;
    }

    /** The thresholds are those the text itself needs ({@value #FRACTION_TOLERANCE}), not the rules'. */
    public static Draft build(Wording wording, Thresholds thresholds, Themes themes, Assessment a,
            String rulesLabel) {
        return new DraftBuilder(wording, thresholds, themes, a.facts().actionSource()).draft(a, rulesLabel);
    }

    private Draft draft(Assessment a, String rulesLabel) {
        FactSet facts = a.facts();
        Map<String, String> doc = Map.of("region", facts.region(), "year", String.valueOf(facts.year()),
                "report", facts.report(), "rules", rulesLabel);
        List<Draft.Section> sections = new ArrayList<>();
        List<Finding> stated = a.stated();
        Map<Finding, Valence> valences = a.valences();
        Map<Finding, List<Suppression>> unsaidBy = a.suppressionsByFinding();
        List<List<Finding>> statedByGoal = byGoal(stated);
        List<List<Finding>> findingsByGoal = byGoal(a.findings());
        for (int goal = Indicator.FIRST_GOAL; goal <= Indicator.LAST_GOAL; goal++) {
            int g = goal;
            Map<String, String> goalVars = new HashMap<>(doc);
            goalVars.put("goal", String.valueOf(goal));
            goalVars.put("title", wording.goalTitle(goal));
            List<Draft.Sentence> sentences = new ArrayList<>();
            Finding previous = null;
            for (Finding f : statedByGoal.get(g - Indicator.FIRST_GOAL)) {
                Valence v = valences.getOrDefault(f, Valence.NEUTRAL);
                Draft.Sentence sentence = sentence(f, v, previous);
                if (!said.add(sentence.text())) {
                    // The short subject ("Andelen …") made it read like an earlier sentence: name it in full,
                    // with the same alternative of the template (the first try does not count as a use).
                    uses.merge(sentence.template(), -1, Integer::sum);
                    sentence = sentence(f, v, null);
                    said.add(sentence.text());
                }
                sentences.add(sentence);
                previous = f;
            }
            List<Draft.Area> areas = new ArrayList<>();
            // Heaviest first (development.weight.*), at most development.maxPerGoal.
            for (DevelopmentArea d : a.developmentAreas(g)) {
                areas.add(area(d));
            }
            List<Draft.Unsaid> unsaid = new ArrayList<>();
            for (Finding f : findingsByGoal.get(g - Indicator.FIRST_GOAL)) {
                for (Suppression s : unsaidBy.getOrDefault(f, List.of())) {
                    unsaid.add(new Draft.Unsaid(f.id(), f.getKind().code(), f.getSeries().getIndicatorId(),
                            f.getSeries().getGroupId(), f.getRule(), s.getRule(), s.getBecause().id()));
                }
            }
            List<Draft.Missing> missing = new ArrayList<>();
            for (SeriesData d : facts.series()) {
                if (d.indicator().goal() == g) {
                    for (MissingValue m : d.missing()) {
                        missing.add(new Draft.Missing(d.indicator().id(), d.group().id(), m.year(), m.reason().code(),
                                m.quote()));
                    }
                }
            }
            ActionParagraphs plan = new ActionParagraphs(wording, uses, actionSource);
            String empty = sentences.isEmpty() ? emptySection(facts, g) : null;
            List<Draft.Statement> assessment = new ArrayList<>();
            Finding prev = null;
            for (List<Selection> group : a.plan().sentences(g)) {
                Selection sel = group.get(0);
                Valence v = valences.getOrDefault(sel.getFinding(), Valence.NEUTRAL);
                String aggregationRule = a.plan().aggregations().stream()
                        .filter(x -> x.getFirst().equals(sel.getFinding()) || x.getSecond().equals(sel.getFinding()))
                        .map(se.bedomning.facts.Aggregation::getRule).findFirst().orElse(sel.getRule());
                Draft.Statement together = togetherStatement(group, v, prev, aggregationRule, a.plan());
                if (together != null) {
                    assessment.add(together);
                    group.forEach(x -> realised.put(x.getFinding(), together));
                    prev = sel.getFinding();
                    continue;
                }
                // A chain no single template can say: the findings are said one by one, except that those on
                // one indicator with the same values (joined by a same-values rule) are still said once.
                Set<Finding> done = new java.util.HashSet<>();
                for (Selection x : group) {
                    if (done.contains(x.getFinding())) {
                        continue;
                    }
                    List<Selection> same = group.stream().filter(y -> !done.contains(y.getFinding())
                            && y.getSeries().getIndicatorId().equals(x.getSeries().getIndicatorId())
                            && y.getFinding().getKind() == x.getFinding().getKind()
                            && y.getFinding().getVariant().equals(x.getFinding().getVariant())
                            && y.getFinding().sameValuesAs(x.getFinding())).toList();
                    Set<Finding> sameFindings = new java.util.HashSet<>();
                    same.forEach(y -> sameFindings.add(y.getFinding()));
                    String sameRule = a.plan().aggregations().stream().filter(y -> sameFindings.contains(y.getFirst())
                            && sameFindings.contains(y.getSecond())).map(se.bedomning.facts.Aggregation::getRule)
                            .findFirst().orElse(aggregationRule);
                    Draft.Statement st = same.size() > 1
                            ? collapsedStatement(same, valences.getOrDefault(x.getFinding(), Valence.NEUTRAL), prev,
                                    sameRule)
                            : statement("a.", x, valences.getOrDefault(x.getFinding(), Valence.NEUTRAL), prev, x.getRule());
                    assessment.add(st);
                    for (Selection y : same.size() > 1 ? same : List.of(x)) {
                        realised.put(y.getFinding(), st);
                        done.add(y.getFinding());
                    }
                    prev = x.getFinding();
                }
            }
            // What the rules said with a statement (an Addition) becomes a clause of it; the sammanfattning keeps
            // the statement as it was (realised above), since it names only the heaviest finding of the Mål.
            Map<String, Draft.Statement> before = new HashMap<>();
            Map<String, Integer> lastRank = new HashMap<>();
            for (List<se.bedomning.facts.Addition> same : clauses(a.plan().additions(g))) {
                se.bedomning.facts.Addition d = same.get(0);
                for (int i = 0; i < assessment.size(); i++) {
                    Draft.Statement st = assessment.get(i);
                    if (st.findings().stream().anyMatch(x -> x.id().equals(d.getStatement().id()))) {
                        // Each clause is worded against the statement as the selection rules made it. What is
                        // said of the statement's own series follows it after a semicolon; the indicator's other
                        // groups start a sentence (their clauses joined by semicolons), another indicator one each.
                        Draft.Statement original = before.computeIfAbsent(st.id(), k -> st);
                        int rank = clauseRank(d);
                        boolean newSentence = rank == 2 || (rank == 1 && lastRank.getOrDefault(st.id(), 0) != 1);
                        lastRank.put(st.id(), rank);
                        assessment.set(i, withAddition(st, original, same, valences, newSentence));
                        break;
                    }
                }
            }
            for (se.bedomning.facts.Derivation d : a.plan().derivations(g)) {
                int at = assessment.size();
                for (int i = 0; i < assessment.size(); i++) {
                    if (assessment.get(i).findings().stream().anyMatch(x -> x.id().equals(d.getFirst().id())
                            || x.id().equals(d.getSecond().id()) || x.indicator().equals(d.getFirst().getSeries()
                                    .getIndicatorId()))) {
                        at = i + 1;
                    }
                }
                assessment.add(at, derivedStatement(d, valences, null));
            }
            sections.add(new Draft.Section(goal, wording.goalTitle(goal), fill(wording.document("goalHeading"), goalVars),
                    assessment, sentences, areas, unsaid, missing, empty, plan.sentences(a.actions(), g),
                    ActionParagraphs.underlag(facts.actions(), g), ActionParagraphs.unsaid(a.actions(), g)));
        }
        // Per Mål: the heaviest indicator finding, then the classification of its åtgärder that the selection
        // rules put beside it.
        List<Draft.Statement> summary = new ArrayList<>();
        ActionParagraphs plan = new ActionParagraphs(wording, uses, actionSource);
        for (int g = Indicator.FIRST_GOAL; g <= Indicator.LAST_GOAL; g++) {
            for (Headline h : a.plan().headlines()) {
                Draft.Statement st = realised.get(h.getFinding());
                if (st != null && h.getFinding().getGoal() == g) {
                    summary.add(new Draft.Statement("s." + h.getFinding().id(), st.text(), h.getRule(), st.because(),
                            st.template(), st.findings()));
                }
            }
            int goal = g;
            // A headline the rules said together with other Mål's stands once, where the first of those Mål stands.
            a.actions().headlineOf(g).ifPresent(h -> a.actions().groupOf(h).ifPresentOrElse(
                    grp -> {
                        if (grp.getGoal() == goal) {
                            summary.add(plan.headlineGroup(grp, a.actions(), wording::goalTitle));
                        }
                    },
                    () -> summary.add(plan.headline(h, a.actions(), wording.goalTitle(goal)))));
        }
        List<String> notes = new ArrayList<>();
        for (InputNote n : facts.inputNotes()) {
            notes.add(fill(wording.document(n.key()), n.values()));
        }
        // The utvecklingsområden the rules found heaviest in the region-year, as their Mål states them (only one
        // the Mål states: development.maxPerGoal may leave an area out), naming the Mål.
        List<Draft.Area> summaryAreas = new ArrayList<>();
        for (se.bedomning.facts.SummaryArea sa : a.plan().summaryAreas()) {
            DevelopmentArea d = sa.getArea();
            if (!a.developmentAreas(d.getGoal()).contains(d)) {
                continue;
            }
            Draft.Area inGoal = area(d);
            Map<String, String> vars = new HashMap<>(doc);
            vars.put("area", se.bedomning.render.sv.SwedishFormat.withoutFinalPeriod(inGoal.text()));
            vars.put("goal", String.valueOf(d.getGoal()));
            vars.put("title", wording.goalTitle(d.getGoal()));
            summaryAreas.add(new Draft.Area("s." + inGoal.id(), fill(wording.document("summaryArea"), vars),
                    inGoal.kind(), inGoal.theme(), sa.getRule(), inGoal.basis(), inGoal.indicators(), inGoal.template()));
        }
        return new Draft(facts.region(), facts.year(), facts.report(), facts.file(), rulesLabel,
                fill(wording.document("title"), doc), fill(wording.document("intro"), doc), notes,
                new Draft.Summary(summary, summaryAreas), sections, actionSource);
    }

    /**
     * The findings of each goal (index 0 for {@link Indicator#FIRST_GOAL}), in their order: sorted out in one
     * pass, where each of the eight sections used to go through all of a region's findings twice.
     */
    private static List<List<Finding>> byGoal(List<Finding> findings) {
        List<List<Finding>> out = new ArrayList<>();
        for (int g = Indicator.FIRST_GOAL; g <= Indicator.LAST_GOAL; g++) {
            out.add(new ArrayList<>());
        }
        for (Finding f : findings) {
            int g = f.getGoal();
            if (g >= Indicator.FIRST_GOAL && g <= Indicator.LAST_GOAL) {
                out.get(g - Indicator.FIRST_GOAL).add(f);
            }
        }
        return out;
    }

    /**
     * The text of a goal without a stated finding: a goal that has data says which values it has and that
     * none of them reaches a conclusion; only a goal without any value says there are none.
     */
    private String emptySection(FactSet facts, int goal) {
        List<String> values = new ArrayList<>();
        for (SeriesData d : facts.series()) {
            if (d.indicator().goal() == goal && !d.points().isEmpty()) {
                Point last = d.points().get(d.points().size() - 1);
                String subject = d.group().label().isBlank() ? d.indicator().subject()
                        : d.indicator().subject() + " " + d.group().label();
                String value = SwedishFormat.value(d.indicator().unit(), last);
                values.add(fillYears("{subject} {value} {to}", name -> switch (name) {
                    case "subject" -> subject;
                    case "value" -> value;
                    default -> String.valueOf(last.year());
                }));
            }
        }
        if (values.isEmpty()) {
            return wording.document("noFindings");
        }
        return finish(fill(wording.document("noConclusions"), Map.of("values", SwedishFormat.list(values))));
    }

    /**
     * Parallel findings (an Aggregation chain decided by the rules) in one sentence: the indicator and the
     * years once, then each group with its values, from the wording's "kind.item" template.
     */
    private Draft.Statement groupedStatement(List<Selection> group, Valence v, Finding previous,
            Map.Entry<String, List<String>> t, String rule) {
        Finding first = group.get(0).getFinding();
        String itemTemplate = wording.groupedItem(first.getKind(), first.getVariant());
        List<String> items = new ArrayList<>();
        List<Draft.Stated> stated = new ArrayList<>();
        Finding before = null;
        for (Selection sel : group) {
            Finding f = sel.getFinding();
            // An item right after one on the same indicator names it by its head noun ("medelvärdet på gymnasiet").
            Finding itemBefore = before;
            String raw = fillYears(itemTemplate, name -> variable(name, f, itemBefore)).strip();
            before = f;
            String item = finish(raw);
            // finish() starts a sentence with a capital; an item inside a sentence keeps the case it had.
            items.add(!raw.isEmpty() && Character.isLowerCase(raw.charAt(0))
                    ? Character.toLowerCase(item.charAt(0)) + item.substring(1) : item);
            Series s = f.getSeries();
            List<Integer> years = new ArrayList<>();
            List<Draft.Value> values = new ArrayList<>();
            addValues(s, f, years, values);
            stated.add(new Draft.Stated(f.id(), f.getKind().code(), f.getVariant(), v.code(), s.getIndicatorId(),
                    s.getGroupId(), distinctSorted(years), values));
        }
        String list = SwedishFormat.list(items);
        String text = varied(t.getKey(), t.getValue(), name -> name.equals("items") ? list : variable(name, first, previous));
        saidInAssessment.add(text);
        Selection sel = group.get(0);
        return new Draft.Statement("a." + first.id(), text, rule,
                sel.getMerit().getWeightName() + "=" + sel.getWeight().toPlainString() + " '" + sel.getMerit().getRule()
                        + "'", t.getKey(), stated);
    }

    /**
     * A statement with findings the rules said with it (Additions of one clause), from the wording's
     * "kind[.variant].clause" template: after a semicolon or as a sentence of its own ({@code newSentence}),
     * naming the indicator by its head noun (and its group when that differs) when it is the statement's, in
     * full otherwise. {when} is left out when the statement has just given that year; {period} stays as the
     * finding gives it ("mellan 2022 och 2023").
     */
    private Draft.Statement withAddition(Draft.Statement st, Draft.Statement original,
            List<se.bedomning.facts.Addition> same, Map<Finding, Valence> valences, boolean newSentence) {
        se.bedomning.facts.Addition d = same.get(0);
        Finding f = d.getAdded();
        Finding verdict = d.getStatement();
        String key = wording.clauseKey(f.getKind(), f.getVariant());
        boolean sameYear = f.getToYear() == verdict.getToYear();
        // In a statement on several indicators the clause names its own in full; in one on several groups of the
        // indicator, by its head noun and its group; otherwise as the next sentence on the indicator would.
        long indicators = original.findings().stream().map(Draft.Stated::indicator).distinct().count();
        boolean ownIndicator = f.getSeries().getIndicatorId().equals(verdict.getSeries().getIndicatorId());
        String subject = same.size() > 1 ? head(f.getSeries().getIndicator().subject()) + " " + SwedishFormat.list(
                same.stream().map(x -> x.getAdded().getSeries().getGroup().label()).toList())
                : indicators > 1 || !ownIndicator ? subjectFor(f, null)
                // The whole population (no group label) beside a statement on a group is named in full, never by
                // a bare head noun that would read as the statement's group.
                : f.getSeries() != verdict.getSeries() && f.getSeries().getGroup().label().isBlank() ? subjectFor(f, null)
                : original.findings().size() > 1
                        ? withGroup(head(f.getSeries().getIndicator().subject()), f.getSeries())
                        : subjectFor(f, verdict);
        Finding previous = indicators > 1 || !ownIndicator ? null : verdict;
        java.util.function.Function<String, String> vars = name -> switch (name) {
            case "subject" -> subject;
            case "indicator" -> indicatorFor(f, previous);
            case "when" -> sameYear ? "" : variable(name, f, previous);
            default -> variable(name, f, previous);
        };
        String raw = fillYears(pick("assessment." + key, wording.assessmentTemplate(key)), vars).strip();
        String clause = finish(raw);
        // A clause after a semicolon, or a sentence of its own in the same statement (so one sentence never runs
        // through two indicators, nor through every group of one).
        String text = !newSentence ? SwedishFormat.withoutFinalPeriod(st.text()) + "; "
                + Character.toLowerCase(clause.charAt(0)) + SwedishFormat.withoutFinalPeriod(clause.substring(1)) + "."
                : SwedishFormat.withoutFinalPeriod(st.text()) + ". " + SwedishFormat.withoutFinalPeriod(clause) + ".";
        saidInAssessment.add(text);
        List<Draft.Stated> stated = new ArrayList<>(st.findings());
        same.forEach(x -> stated.add(stated(x.getAdded(), valences.getOrDefault(x.getAdded(), Valence.NEUTRAL))));
        return new Draft.Statement(st.id(), text, st.rule(), st.because(), st.template(), stated);
    }

    /**
     * The additions of a goal as clauses: additions to one statement of the same kind and variant on groups of one
     * indicator, whose clause names nothing but its subject ("ligger på en låg nivå"), are one clause naming the
     * groups together ("andelen för hbtq-personer och för män ligger på en låg nivå"); the others one each.
     */
    private List<List<se.bedomning.facts.Addition>> clauses(List<se.bedomning.facts.Addition> additions) {
        List<List<se.bedomning.facts.Addition>> out = new ArrayList<>();
        for (se.bedomning.facts.Addition d : additions) {
            Finding f = d.getAdded();
            List<se.bedomning.facts.Addition> joined = null;
            if (f.getOther() == null
                    && onlySubject(wording.assessmentTemplate(wording.clauseKey(f.getKind(), f.getVariant())))) {
                for (List<se.bedomning.facts.Addition> c : out) {
                    Finding g = c.get(0).getAdded();
                    if (c.get(0).getStatement().equals(d.getStatement()) && g.getOther() == null && g.getKind() == f.getKind()
                            && g.getVariant().equals(f.getVariant())
                            && g.getSeries().getIndicatorId().equals(f.getSeries().getIndicatorId())
                            && !g.getSeries().getGroup().label().isBlank() && !f.getSeries().getGroup().label().isBlank()) {
                        joined = c;
                    }
                }
            }
            if (joined != null) {
                joined.add(d);
            } else {
                out.add(new ArrayList<>(List.of(d)));
            }
        }
        // Per statement: first what is said of the series the statement names (the lower group of a gap), then the
        // indicator's other groups, then other indicators; otherwise in the plan's order (a stable sort).
        out.sort(Comparator.comparingInt(c -> clauseRank(c.get(0))));
        return out;
    }

    private static int clauseRank(se.bedomning.facts.Addition d) {
        Series s = d.getAdded().getSeries();
        Finding v = d.getStatement();
        if (!s.getIndicatorId().equals(v.getSeries().getIndicatorId())) {
            return 2;
        }
        return s == v.getSeries() || s == v.getOther() ? 0 : 1;
    }

    private static boolean onlySubject(List<String> templates) {
        return templates.stream().allMatch(t -> t.replace("{subject}", "").indexOf('{') < 0);
    }

    /** The bedömning sentence for a selected finding: its verdict-first template, the same traced data. */
    private Draft.Statement statement(String prefix, Selection sel, Valence v, Finding previous, String rule) {
        Finding f = sel.getFinding();
        Map.Entry<String, List<String>> t = wording.assessmentSentence(f.getKind(), f.getVariant(), v);
        String text = varied(t.getKey(), t.getValue(), name -> variable(name, f, previous));
        if (!saidInAssessment.add(text)) {
            uses.merge(t.getKey(), -1, Integer::sum);
            openings.merge(opening(text), -1, Integer::sum);
            text = varied(t.getKey(), t.getValue(), name -> variable(name, f, null));
            saidInAssessment.add(text);
        }
        return new Draft.Statement(prefix + f.id(), text, rule, sel.getMerit().getWeightName() + "="
                + sel.getWeight().toPlainString() + " '" + sel.getMerit().getRule() + "'", t.getKey(),
                List.of(stated(f, v)));
    }

    /** The catalog dimensions along which findings on different indicators are said with the members template. */
    private static final Set<String> MEMBER_DIMENSIONS = Set.of("family", "provision", "dimensions");

    /**
     * The one statement a group of selections is said in, or null when no template says them together: the
     * same numbers for every group (the groups named together), findings differing in one dimension (a members
     * template), or groups of one indicator (a grouped template); findings on different indicators without a
     * members template are then said one by one by the caller.
     */
    private Draft.Statement togetherStatement(List<Selection> group, Valence v, Finding prev, String rule,
            se.bedomning.evaluation.Plan plan) {
        if (group.size() < 2) {
            return null;
        }
        Selection sel = group.get(0);
        if (group.stream().allMatch(x -> x.getSeries().getIndicatorId().equals(sel.getSeries().getIndicatorId())
                && x.getFinding().sameValuesAs(sel.getFinding()))) {
            return collapsedStatement(group, v, prev, rule);
        }
        if (oneDimension(group, plan)) {
            Map.Entry<String, List<String>> members = wording.membersSentence(sel.getFinding().getKind(),
                    sel.getFinding().getVariant(), v);
            if (members != null) {
                return membersStatement(group, v, prev, members, rule);
            }
        }
        if (groupTemplateFits(group, plan)) {
            Map.Entry<String, List<String>> grouped = wording.groupedSentence(sel.getFinding().getKind(),
                    sel.getFinding().getVariant(), v);
            if (grouped != null) {
                return groupedStatement(group, v, prev, grouped, rule);
            }
        }
        return null;
    }

    /**
     * Whether a group's findings are of one kind on different indicators, joined by the rules only along a
     * catalog dimension (a family, the provision), so their subjects differ in the words that dimension names.
     */
    private static boolean oneDimension(List<Selection> group, se.bedomning.evaluation.Plan plan) {
        Finding first = group.get(0).getFinding();
        Set<Finding> members = new java.util.HashSet<>();
        group.forEach(x -> members.add(x.getFinding()));
        boolean distinct = group.stream().map(Selection::getSeries).map(Series::getIndicatorId).distinct().count()
                == group.size() && group.stream().allMatch(x -> x.getFinding().getKind() == first.getKind());
        List<String> dims = plan.aggregations().stream()
                .filter(x -> members.contains(x.getFirst()) || members.contains(x.getSecond()))
                .map(se.bedomning.facts.Aggregation::getDimension).toList();
        // The same caveat about indicators of one family may be joined by both caveat rules.
        String family = first.getSeries().getFamily();
        boolean oneFamily = family != null && group.stream().allMatch(x -> family.equals(x.getSeries().getFamily()));
        return distinct && dims.stream().allMatch(d -> MEMBER_DIMENSIONS.contains(d) || (oneFamily && d.equals("indicator")));
    }

    /**
     * Whether a group template can say the group: its items name groups of one indicator, or (joined by the
     * caveat and respondent rules) each finding's own subject. A chain that mixes an indicator's groups with
     * another dimension is said one finding at a time, never with a group label standing for another indicator.
     */
    private static boolean groupTemplateFits(List<Selection> group, se.bedomning.evaluation.Plan plan) {
        if (group.stream().map(x -> x.getSeries().getIndicatorId()).distinct().count() == 1) {
            return true;
        }
        Set<Finding> members = new java.util.HashSet<>();
        group.forEach(x -> members.add(x.getFinding()));
        return plan.aggregations().stream()
                .filter(x -> members.contains(x.getFirst()) || members.contains(x.getSecond()))
                .allMatch(x -> x.getDimension().equals("indicator") || x.getDimension().equals("respondent"));
    }

    /** What the subjects of findings on different indicators share (said once) and what sets each apart. */
    private record Frame(String prefix, String suffix, List<String> members) {
    }

    private static Frame frame(List<Finding> findings) {
        List<String[]> words = findings.stream().map(f -> f.getSeries().getIndicator().subject().split(" ")).toList();
        int shortest = words.stream().mapToInt(w -> w.length).min().orElse(0);
        int pre = 0;
        while (pre < shortest - 1 && sameWordAt(words, pre, false)) {
            pre++;
        }
        // Swedish repeats a preposition before each member ("i egen regi respektive i samverkan"), so a shared
        // preposition at the end of the shared part goes with the members rather than being said once.
        if (pre > 0 && SwedishFormat.isPreposition(words.get(0)[pre - 1])) {
            pre--;
        }
        int suf = 0;
        while (pre + suf < shortest - 1 && sameWordAt(words, suf, true)) {
            suf++;
        }
        String[] w0 = words.get(0);
        String label = findings.get(0).getSeries().getGroup().label();
        String suffix = String.join(" ", java.util.Arrays.copyOfRange(w0, w0.length - suf, w0.length))
                + (label.isBlank() ? "" : " " + label);
        List<String> members = new ArrayList<>();
        for (String[] w : words) {
            members.add(String.join(" ", java.util.Arrays.copyOfRange(w, pre, w.length - suf)));
        }
        return new Frame(String.join(" ", java.util.Arrays.copyOfRange(w0, 0, pre)), suffix, members);
    }

    /**
     * "65 respektive 81 procent": each finding's value in its last (or first) year, the unit word said once at
     * the end.
     */
    private String respectiveValues(List<Finding> findings, boolean fromYear) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            Point p = f.getSeries().pointIn(fromYear ? f.getFromYear() : f.getToYear());
            values.add(p == null ? "" : i == findings.size() - 1 ? SwedishFormat.value(f.getUnit(), p)
                    : SwedishFormat.cell(f.getUnit(), p));
        }
        return respectively(values);
    }

    /** "A respektive B", "A, B respektive C". */
    private String respectively(List<String> items) {
        if (items.size() < 2) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + wording.document("respectively") + " "
                + items.get(items.size() - 1);
    }

    /** The variables every members template may use, beside the first finding's own. */
    private java.util.function.Function<String, String> membersVars(List<Finding> findings, Frame fr, String items,
            Finding previous) {
        Finding first = findings.get(0);
        String respective = respectively(fr.members());
        String values = respectiveValues(findings, false);
        String fromValues = respectiveValues(findings, true);
        return name -> switch (name) {
            case "fromValues" -> fromValues;
            case "items" -> items;
            case "prefix" -> fr.prefix();
            case "suffix" -> fr.suffix();
            case "members" -> respective;
            case "values" -> values;
            default -> variable(name, first, previous);
        };
    }

    /**
     * A conclusion the rules derived from two findings (a Derivation), realised from the wording template
     * "kind.DERIVATION.derived" of its first finding's kind, with the members variables of both findings.
     */
    private Draft.Statement derivedStatement(se.bedomning.facts.Derivation d, Map<Finding, Valence> valences,
            Finding previous) {
        List<Finding> both = List.of(d.getFirst(), d.getSecond());
        String key = d.getFirst().getKind().code() + "." + d.getKind() + ".derived";
        List<String> alternatives = wording.assessmentTemplate(key);
        Frame fr = frame(both);
        String text = varied("assessment." + key, alternatives, membersVars(both, fr, "", previous));
        saidInAssessment.add(text);
        List<Draft.Stated> stated = new ArrayList<>();
        for (Finding f : both) {
            stated.add(stated(f, valences.getOrDefault(f, Valence.NEUTRAL)));
        }
        return new Draft.Statement("a.derived." + d.getKind() + "." + d.getFirst().id(), text, d.getRule(),
                "derived '" + d.getRule() + "'", "assessment." + key, stated);
    }

    /**
     * Findings on several indicators of one family in one sentence: the words their subjects share are said
     * once ({prefix} … {suffix}), each indicator by the words that set it apart, with its value
     * ("andelen handlagda brott av könsstympning (0 procent) och koppleribrott (11 procent) som lett till …").
     */
    private Draft.Statement membersStatement(List<Selection> group, Valence v, Finding previous,
            Map.Entry<String, List<String>> t, String rule) {
        Finding first = group.get(0).getFinding();
        List<Finding> findings = group.stream().map(Selection::getFinding).toList();
        Frame fr = frame(findings);
        String itemTemplate = wording.memberItem(first.getKind());
        List<String> items = new ArrayList<>();
        List<Draft.Stated> stated = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            Finding f = findings.get(i);
            String member = fr.members().get(i);
            items.add(fillYears(itemTemplate, name -> name.equals("member") ? member : variable(name, f, null)).strip());
            stated.add(stated(f, v));
        }
        String text = varied(t.getKey(), t.getValue(), membersVars(findings, fr, SwedishFormat.list(items), previous));
        saidInAssessment.add(text);
        Selection sel = group.get(0);
        return new Draft.Statement("a." + first.id(), text, rule, sel.getMerit().getWeightName() + "="
                + sel.getWeight().toPlainString() + " '" + sel.getMerit().getRule() + "'", t.getKey(), stated);
    }

    /** Whether every subject has the same word at index i, counted from the start or from the end. */
    private static boolean sameWordAt(List<String[]> words, int i, boolean fromEnd) {
        String[] w0 = words.get(0);
        String w = w0[fromEnd ? w0.length - 1 - i : i];
        return words.stream().allMatch(x -> x[fromEnd ? x.length - 1 - i : i].equals(w));
    }

    /**
     * Same numbers for several groups, said once: the first finding's bedömning template with the groups
     * named together ("för både kvinnor och män"); every finding stays listed in the statement's trace.
     */
    private Draft.Statement collapsedStatement(List<Selection> group, Valence v, Finding previous, String rule) {
        Selection sel = group.get(0);
        Finding f = sel.getFinding();
        String joint = jointGroups(group);
        Map.Entry<String, List<String>> t = wording.assessmentSentence(f.getKind(), f.getVariant(), v);
        java.util.function.Function<String, String> vars = name -> switch (name) {
            case "subject" -> indicatorFor(f, previous) + " " + joint;
            case "Subject" -> SwedishFormat.capitalize(indicatorFor(f, previous) + " " + joint);
            case "group" -> joint;
            default -> variable(name, f, previous);
        };
        String text = varied(t.getKey(), t.getValue(), vars);
        saidInAssessment.add(text);
        List<Draft.Stated> stated = new ArrayList<>();
        for (Selection x : group) {
            stated.add(stated(x.getFinding(), v));
        }
        return new Draft.Statement("a." + f.id(), text, rule, sel.getMerit().getWeightName() + "="
                + sel.getWeight().toPlainString() + " '" + sel.getMerit().getRule() + "'", t.getKey(), stated);
    }

    /**
     * The groups of a collapsed statement as one phrase: the whole population first (document.wholeGroup),
     * a shared preposition said once ("för kvinnor", "för män" → "för både kvinnor och män").
     */
    private String jointGroups(List<Selection> group) {
        List<String> labels = new ArrayList<>();
        for (Selection x : group) {
            String label = x.getSeries().getGroup().label();
            if (label.isBlank()) {
                labels.add(0, wording.document("wholeGroup"));
            } else {
                labels.add(label);
            }
        }
        String first = head(labels.get(0));
        boolean shared = labels.stream().allMatch(l -> l.contains(" ") && head(l).equals(first));
        List<String> rest = shared ? labels.stream().map(l -> l.substring(first.length() + 1)).toList() : labels;
        String list = SwedishFormat.list(rest);
        String both = rest.size() == 2 ? fill(wording.document("bothGroups"), Map.of("values", list)) : list;
        return shared ? first + " " + both : both;
    }

    private Draft.Stated stated(Finding f, Valence v) {
        Series s = f.getSeries();
        List<Integer> years = new ArrayList<>();
        List<Draft.Value> values = new ArrayList<>();
        addValues(s, f, years, values);
        if (f.getOther() != null) {
            addValues(f.getOther(), f, years, values);
        }
        return new Draft.Stated(f.id(), f.getKind().code(), f.getVariant(), v.code(), s.getIndicatorId(),
                s.getGroupId(), distinctSorted(years), values);
    }

    /**
     * A bedömning sentence from one of a template's alternatives: they take turns as in the underlag, but
     * the one whose first word has opened the fewest bedömning sentences so far wins (first in turn on a
     * tie), so that no opening ("Andelen …") dominates the text. Deterministic: it depends only on the
     * sentences before it.
     */
    private String varied(String key, List<String> alternatives, java.util.function.Function<String, String> vars) {
        int n = uses.merge(key, 1, Integer::sum) - 1;
        String best = null;
        int bestCount = Integer.MAX_VALUE;
        for (int i = 0; i < alternatives.size(); i++) {
            String text = finish(fillYears(alternatives.get((n + i) % alternatives.size()), vars));
            // Never the same opening twice in a row when another alternative avoids it.
            int c = openings.getOrDefault(opening(text), 0) + (opening(text).equals(lastOpening) ? REPEAT_PENALTY : 0);
            if (c < bestCount) {
                best = text;
                bestCount = c;
            }
        }
        openings.merge(opening(best), 1, Integer::sum);
        lastOpening = opening(best);
        return best;
    }

    /** The first word of a sentence, without punctuation. */
    static String opening(String text) {
        String h = head(text);
        int end = h.length();
        while (end > 0 && !Character.isLetterOrDigit(h.charAt(end - 1))) {
            end--;
        }
        return h.substring(0, end);
    }

    private String pick(String key, List<String> alternatives) {
        int n = uses.merge(key, 1, Integer::sum) - 1;
        return alternatives.get(n % alternatives.size());
    }

    private Draft.Sentence sentence(Finding f, Valence valence, Finding previous) {
        Map.Entry<String, List<String>> t = sentenceTemplates.computeIfAbsent(
                new TemplateKey(f.getKind(), f.getVariant(), valence),
                k -> wording.sentence(k.kind(), k.variant(), k.valence()));
        String text = finish(fillYears(pick(t.getKey(), t.getValue()), name -> variable(name, f, previous)));
        Series s = f.getSeries();
        Series o = f.getOther();
        List<Integer> years = new ArrayList<>();
        List<Draft.Value> values = new ArrayList<>();
        addValues(s, f, years, values);
        if (o != null) {
            addValues(o, f, years, values);
        }
        List<Draft.ThresholdUse> thresholds = new ArrayList<>(f.getThresholds().size());
        for (Threshold th : f.getThresholds()) {
            thresholds.add(new Draft.ThresholdUse(th.getName(), th.getUnit() == null ? null : th.getUnit().code(),
                    th.getBaseKind() == null ? null : th.getBaseKind().code(), th.getDecimal()));
        }
        return new Draft.Sentence(f.id(), text, f.getKind().code(), f.getVariant(), valence.code(),
                s.getIndicatorId(), s.getGroupId(), o == null ? null : o.getIndicatorId(),
                o == null ? null : o.getGroupId(), distinctSorted(years), values, f.getRule(),
                thresholds, s.getIndicator().source(), t.getKey());
    }

    /**
     * The years a statement speaks of, in order and each once. They are gathered from points in year order, so
     * only a finding on two series (whose years repeat) needs sorting; that test spares a stream per sentence.
     */
    private static List<Integer> distinctSorted(List<Integer> years) {
        for (int i = 1; i < years.size(); i++) {
            if (years.get(i) <= years.get(i - 1)) {
                return years.stream().distinct().sorted().toList();
            }
        }
        return years;
    }

    /** The data points a finding speaks of: its span, plus the low or peak it starts from. */
    private static void addValues(Series s, Finding f, List<Integer> years, List<Draft.Value> values) {
        List<Point> points = s.getData().points();
        for (Point p : points) {
            boolean inSpan = p.year() >= f.getFromYear() && p.year() <= f.getToYear();
            if (inSpan) {
                years.add(p.year());
                values.add(new Draft.Value(s.getIndicatorId(), s.getGroupId(), p.year(), p.value(), p.median(),
                        p.quote()));
            }
        }
    }

    /**
     * An utvecklingsområde as one bullet: its theme's action phrase, naming the theme and, heaviest first,
     * at most development.maxMeasuresNamed of the measures it rests on (an indicator's subject, with the
     * groups when it rests only on some; or an åtgärd), only while the bullet stays within
     * development.maxWords words. Every concern stays in its basis (JSON) and in the underlag.
     */
    private Draft.Area area(DevelopmentArea d) {
        ThemeDefinition theme = themes.get(d.getTheme());
        if (theme == null) {
            throw new IllegalStateException("theme " + d.getTheme() + " is not in " + themes.file());
        }
        Map<String, Set<String>> groupsOf = new java.util.LinkedHashMap<>();
        Set<String> indicators = new LinkedHashSet<>();
        for (Finding f : d.getBasis()) {
            indicators.add(f.getSeries().getIndicatorId());
        }
        // Measures heaviest first: by the summed weight of their concerns, then in the order of their
        // heaviest concern; an åtgärd is named by its id.
        Map<String, Integer> weightOf = new java.util.LinkedHashMap<>();
        for (Concern c : d.getConcerns()) {
            String key;
            if (c.getFinding() != null) {
                Finding f = c.getFinding();
                key = f.getSeries().getIndicator().subject();
                // A finding between two groups speaks of the indicator as a whole; so does one on the whole
                // population (blank label), which the empty string marks.
                groupsOf.computeIfAbsent(key, k -> new LinkedHashSet<>())
                        .add(f.getOther() != null ? "" : f.getSeries().getGroup().label());
            } else {
                key = ACTION_MEASURE + c.getAction().getActionId();
            }
            weightOf.merge(key, c.getWeight(), Integer::sum);
        }
        List<String> order = new ArrayList<>(weightOf.keySet());
        order.sort(java.util.Comparator.comparingInt((String k) -> -weightOf.get(k)));
        List<String> measures = new ArrayList<>();
        for (String key : order) {
            Set<String> groups = groupsOf.get(key);
            measures.add(groups == null || groups.contains("") ? key
                    : key + " " + SwedishFormat.list(List.copyOf(groups)));
        }
        int maxMeasures = thresholds.require(MAX_MEASURES).getDecimal().intValueExact();
        int maxWords = thresholds.require(MAX_WORDS).getDecimal().intValueExact();
        List<String> named = new ArrayList<>(List.of(measures.get(0)));
        String text = areaText(theme, named);
        for (String m : measures.subList(1, measures.size())) {
            if (named.size() >= maxMeasures) {
                break;
            }
            List<String> more = new ArrayList<>(named);
            more.add(m);
            String longer = areaText(theme, more);
            if (words(longer) > maxWords) {
                continue;
            }
            named = more;
            text = longer;
        }
        // The first measure is named even when it alone makes the bullet long: a theme without any
        // measure cannot be checked by the reader. Shorten it to the theme alone when that is still too long.
        if (words(text) > maxWords) {
            text = finish(fill(theme.getAction().replace(" ({measures})", "").replace("{measures}", ""),
                    Map.of("theme", theme.nameFor(actionSource))));
        }
        List<String> basis = new ArrayList<>(d.getBasis().stream().map(Finding::id).toList());
        basis.addAll(d.getActions().stream().map(se.bedomning.facts.ActionFinding::id).toList());
        return new Draft.Area(d.id(), text, FindingKind.DEVELOPMENT_AREA.code(), d.getTheme(), d.getRule(), basis,
                List.copyOf(indicators), "themes." + d.getTheme());
    }

    /** The åtgärder named among the measures read as one, "åtgärderna 2.2 och 2.5", where the first stood. */
    private String areaText(ThemeDefinition theme, List<String> named) {
        List<String> ids = named.stream().filter(m -> m.startsWith(ACTION_MEASURE))
                .map(m -> m.substring(ACTION_MEASURE.length())).toList();
        List<String> parts = new ArrayList<>();
        for (String m : named) {
            if (!m.startsWith(ACTION_MEASURE)) {
                parts.add(m);
            } else if (m.equals(ACTION_MEASURE + ids.get(0))) {
                parts.add(wording.actionsNamed(ids.size(), SwedishFormat.list(ids), actionSource));
            }
        }
        return finish(fill(theme.getAction(), Map.of("theme", theme.nameFor(actionSource), "measures", SwedishFormat.list(parts))));
    }

    private static final String ACTION_MEASURE = "åtgärd ";

    /**
     * The words of a bullet: runs of characters between whitespace. Counted by hand, not with split("\\s+"),
     * which compiles its pattern on every call and ran several times per bullet; the two agree on the tidied
     * text finish() makes (single spaces, none at either end).
     */
    static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /**
     * The value of one placeholder for a finding, computed only when a template asks for it (a draft of
     * a whole country formats millions of numbers otherwise); placeholders that do not apply are empty.
     */
    private String variable(String name, Finding f, Finding previous) {
        Series s = f.getSeries();
        Unit u = s.getUnit();
        Series o = f.getOther();
        return switch (name) {
            case "subject" -> subjectFor(f, previous);
            case "Subject" -> SwedishFormat.capitalize(subjectFor(f, previous));
            case "indicator" -> indicatorFor(f, previous);
            case "Indicator" -> SwedishFormat.capitalize(indicatorFor(f, previous));
            case "group" -> s.getGroup().label();
            case "source" -> s.getIndicator().source();
            case "family" -> s.getFamily() == null ? "" : s.getFamily();
            case "familySize" -> s.getFamilySize() == 0 ? "" : SwedishFormat.count(s.getFamilySize());
            case "population" -> s.getIndicator().population() != null ? s.getIndicator().population()
                    : wording.document("population");
            case "from" -> String.valueOf(f.getFromYear());
            case "to" -> String.valueOf(f.getToYear());
            case "firstYear" -> String.valueOf(s.getFirstYear());
            case "fromValue" -> value(u, s.pointIn(f.getFromYear()));
            // The first of two values in the same unit, without the unit word: "från 56 till 70 procent".
            case "fromNumber" -> s.pointIn(f.getFromYear()) == null ? ""
                    : SwedishFormat.cell(u, s.pointIn(f.getFromYear()));
            // The year of the value said, left out when it is the report's own year: a value of an earlier
            // year keeps its year, so stale data never reads as the present.
            case "when" -> f.getToYear() == s.getReportYear() ? "" : String.valueOf(f.getToYear());
            case "period" -> fill(wording.document(f.getToYear() == s.getReportYear() ? "sincePeriod" : "betweenPeriod"),
                    Map.of("from", String.valueOf(f.getFromYear()), "to", String.valueOf(f.getToYear())));
            case "toValue" -> value(u, s.pointIn(f.getToYear()));
            case "change" -> change(f);
            case "prevYear" -> s.getPreviousYear() == 0 ? "" : String.valueOf(s.getPreviousYear());
            case "prevValue" -> value(u, s.pointIn(s.getPreviousYear()));
            case "min" -> bound(u, s.pointIn(s.getMinYear()), s.decimals().min(), false);
            case "minYear" -> String.valueOf(s.getMinYear());
            case "max" -> bound(u, s.pointIn(s.getMaxYear()), s.decimals().max(), true);
            case "maxYear" -> String.valueOf(s.getMaxYear());
            case "median" -> value(u, s.decimals().median());
            case "medianYear" -> String.valueOf(s.getMedianYear());
            case "value" -> value(u, s.decimals().valueAtMedianYear() != null ? s.decimals().valueAtMedianYear() : s.decimals().last());
            case "diff" -> s.decimals().medianDiff() == null ? "" : SwedishFormat.change(u, s.decimals().medianDiff());
            case "missing" -> u != Unit.PERCENT || s.decimals().last() == null ? "" : missing(s);
            case "covered" -> u != Unit.PERCENT ? "" : value(u, s.pointIn(s.getLastYear()));
            case "otherSubject" -> o == null ? "" : subject(o);
            case "otherGroup" -> o == null ? "" : o.getGroup().label();
            case "otherValue" -> o == null ? "" : value(o.getUnit(), o.pointIn(o.getLastYear()));
            case "gap" -> o == null || s.decimals().gapTo(o.decimals()) == null ? "" : about(s.pointIn(s.getLastYear()),
                    o.pointIn(o.getLastYear())) + SwedishFormat.change(u, s.decimals().gapTo(o.decimals()));
            case "breakYear" -> s.getBreakYear() == 0 ? "" : String.valueOf(s.getBreakYear());
            case "lastDataYear" -> String.valueOf(s.getLastDataYear());
            case "note" -> noteFor(f, s) == null ? "" : noteFor(f, s).text();
            case "baseMin" -> s.decimals().minBase() == null ? "" : SwedishFormat.number(s.decimals().minBase());
            case "baseMax" -> s.decimals().maxBase() == null ? "" : SwedishFormat.number(s.decimals().maxBase());
            default -> "";
        };
    }

    /**
     * Right after a sentence on the same indicator, its head noun ("andelen") is enough: the reports
     * never repeat a twenty-word subject in consecutive sentences.
     */
    private static boolean sameIndicator(Finding f, Finding previous) {
        return previous != null && previous.getSeries().getIndicatorId().equals(f.getSeries().getIndicatorId());
    }

    private static String indicatorFor(Finding f, Finding previous) {
        String subject = f.getSeries().getIndicator().subject();
        return sameIndicator(f, previous) ? head(subject) : subject;
    }

    private static String subjectFor(Finding f, Finding previous) {
        String indicator = indicatorFor(f, previous);
        return sameIndicator(f, previous) && previous.getSeries() == f.getSeries() ? indicator
                : withGroup(indicator, f.getSeries());
    }

    /**
     * A relative change from 0 has no meaningful size in procent; the values say it all. Neither has a
     * change from or to a range ("94–95 procent"); one from or to an approximate value is "cirka".
     */
    private static String change(Finding f) {
        Series s = f.getSeries();
        Unit u = s.getUnit();
        Point from = s.pointIn(f.getFromYear());
        Point to = s.pointIn(f.getToYear());
        if (from == null || to == null || from.isRange() || to.isRange()
                || (!u.judgedAbsolute() && from.value().signum() == 0)) {
            return "";
        }
        return about(from, to) + SwedishFormat.change(u, u.change(from.value(), to.value()));
    }

    /** "cirka " when a number is computed from a value the source gives only approximately or as a range. */
    private static String about(Point a, Point b) {
        return (a != null && !a.isExact()) || (b != null && !b.isExact()) ? "cirka " : "";
    }

    /** The share that lacks something, said as the source's precision allows ("5–6 procent", "cirka hälften"). */
    private String missing(Series s) {
        Point last = s.pointIn(s.getLastYear());
        BigDecimal hundred = BigDecimal.valueOf(100);
        if (last != null && last.isRange()) {
            return SwedishFormat.value(Unit.PERCENT, Point.range(last.year(), hundred.subtract(last.high()),
                    hundred.subtract(last.low()), null, null, null, "", last.approximate()));
        }
        return about(last, null) + SwedishFormat.fraction(s.decimals().shortfall(),
                thresholds.require(FRACTION_TOLERANCE).getDecimal());
    }

    private static String value(Unit u, Point p) {
        return p == null ? "" : SwedishFormat.value(u, p);
    }

    private static String value(Unit u, BigDecimal v) {
        return v == null ? "" : SwedishFormat.value(u, v);
    }

    /** The lowest or highest value of a series; of a range, its own lowest or highest end. */
    private static String bound(Unit u, Point p, BigDecimal v, boolean upper) {
        if (p == null) {
            return value(u, v);
        }
        BigDecimal b = p.isRange() ? (upper ? p.high() : p.low()) : p.value();
        return (p.approximate() ? "cirka " : "") + SwedishFormat.value(u, b);
    }

    private static Note noteFor(Finding f, Series s) {
        return switch (f.getVariant()) {
            case "series_break" -> s.note(NoteKind.SERIES_BREAK);
            case "discontinued" -> s.note(NoteKind.DISCONTINUED);
            case "correction" -> s.note(NoteKind.CORRECTION);
            case "source_note" -> s.note(NoteKind.CAVEAT);
            case "diagram_only", "no_figures" -> s.note(NoteKind.ofVariant(f.getVariant()));
            default -> null;
        };
    }

    private static String subject(Series s) {
        return withGroup(s.getIndicator().subject(), s);
    }

    private static String withGroup(String subject, Series s) {
        String label = s.getGroup().label();
        return label.isBlank() ? subject : subject + " " + label;
    }

    /** The head noun of a definite subject phrase: "andelen kommuner som …" → "andelen". */
    static String head(String subject) {
        int space = subject.indexOf(' ');
        return space < 0 ? subject : subject.substring(0, space);
    }

    /**
     * Like {@link #fill}, but a year that would directly follow a bare number ("från 21 2023") is introduced
     * by document.yearAfterNumber ("från 21 år 2023"), so numbers never run into years whatever the template.
     */
    private String fillYears(String template, java.util.function.Function<String, String> vars) {
        return fill(template, vars, wording.document("yearAfterNumber"));
    }

    /** "… 21 " or "… 5,8 " — a number and a space, not "procent " or "(6,9) ". */
    private static boolean endsWithBareNumber(CharSequence sb) {
        int n = sb.length();
        return n >= 2 && sb.charAt(n - 1) == ' ' && Character.isDigit(sb.charAt(n - 2));
    }

    public static String fill(String template, Map<String, String> vars) {
        return fill(template, name -> vars.getOrDefault(name, ""));
    }

    static String fill(String template, java.util.function.Function<String, String> vars) {
        return fill(template, vars, null);
    }

    /** Fills the template; with {@code yearAfterNumber}, a year placeholder after a bare number gets that word. */
    private static String fill(String template, java.util.function.Function<String, String> vars,
            String yearAfterNumber) {
        Template t = Template.of(template);
        String[] names = t.names();
        String[] literals = t.literals();
        StringBuilder sb = new StringBuilder(template.length() + 64);
        for (int k = 0; k < names.length; k++) {
            String value = vars.apply(names[k]);
            sb.append(literals[k]);
            if (yearAfterNumber != null && !value.isEmpty() && endsWithBareNumber(sb) && YEARS.contains(names[k])) {
                sb.append(yearAfterNumber).append(' ');
            }
            sb.append(value);
        }
        sb.append(literals[names.length]);
        return sb.toString();
    }

    /**
     * Tidies what empty placeholders leave behind — "()", doubled spaces, a space before a comma, a colon,
     * a semicolon or a full stop, ".." — and starts the sentence with a capital. A hand-written pass: regular
     * expressions here cost more than the rules when a whole country is drafted.
     */
    static String finish(String text) {
        // Tidied in place in one char array, in one pass that writes at most one character per character read
        // (so the write index n never passes the read index i, and out[i + 1] is still the text's own): the text
        // is copied out once and in once, where replace, strip and capitalize each made a copy of their own.
        // Every underlag and bedömning sentence of a national batch goes through here.
        char[] out = text.toCharArray();
        int n = 0;
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            // "()" goes first, as replace("()", "") did before the rest: left to right, so "(())" keeps "()".
            if (c == '(' && i + 1 < out.length && out[i + 1] == ')') {
                i++;
                continue;
            }
            if (isWhitespace(c)) {
                // Every run of whitespace becomes one space, and none opens the sentence.
                if (n > 0 && out[n - 1] != ' ') {
                    out[n++] = ' ';
                }
                continue;
            }
            if ((c == ',' || c == '.' || c == ':' || c == ';') && n > 0 && out[n - 1] == ' ') {
                n--;
            }
            if (c == '.' && n > 0 && out[n - 1] == '.') {
                continue;
            }
            out[n++] = c;
        }
        // The runs above leave at most one space at the end, the only whitespace strip() would remove.
        if (n > 0 && out[n - 1] == ' ') {
            n--;
        }
        if (n > 0 && !Character.isSurrogate(out[0])) {
            int upper = Character.toUpperCase((int) out[0]);
            if (Character.isBmpCodePoint(upper)) {
                out[0] = (char) upper;
                return new String(out, 0, n);
            }
        }
        return SwedishFormat.capitalize(new String(out, 0, n));
    }

    /**
     * {@link Character#isWhitespace(char)} written out: the launcher's C1-only JIT does not inline the JDK's
     * property-table lookup, and it ran for every character of every sentence. Below U+1680 the only
     * whitespace is ASCII (tab to carriage return, the separators U+001C to U+001F, space); above it, a
     * handful of Unicode spaces (not the no-break ones, U+2007 among them), and never the dash "–" that ranges
     * and year spans print. SentenceTidyingTest holds this to the JDK for every character.
     */
    static boolean isWhitespace(char c) {
        if (c < '\u1680') {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
        }
        return c == '\u1680' || (c >= '\u2000' && c <= '\u200A' && c != '\u2007') || c == '\u2028' || c == '\u2029'
                || c == '\u205F' || c == '\u3000';
    }
}
