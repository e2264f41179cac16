package se.bedomning.testing;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.bedomning.evaluation.Assessment;
import se.bedomning.evaluation.Evaluator;
import se.bedomning.facts.BaseKind;
import se.bedomning.facts.BaseRange;
import se.bedomning.facts.FactSet;
import se.bedomning.facts.Finding;
import se.bedomning.facts.FindingKind;
import se.bedomning.facts.Group;
import se.bedomning.facts.Indicator;
import se.bedomning.facts.Note;
import se.bedomning.facts.NoteKind;
import se.bedomning.facts.Point;
import se.bedomning.facts.Polarity;
import se.bedomning.facts.SeriesData;
import se.bedomning.facts.Sex;
import se.bedomning.facts.Unit;
import se.bedomning.facts.ViolenceType;
import se.bedomning.rules.RuleLoader;
import se.bedomning.rules.RuleSet;

/** Small hand-made fact sets for rule tests, evaluated with the repository's rules/ folder. */
public final class Facts {

    public static final Path RULES = Path.of("rules");
    public static final int REPORT_YEAR = 2024;
    private static RuleSet rules;

    private final List<SeriesData> series = new ArrayList<>();

    public static synchronized RuleSet rules() {
        if (rules == null) {
            rules = RuleLoader.load(RULES);
        }
        return rules;
    }

    public static Facts facts() {
        return new Facts();
    }

    /** Starts a series of a made-up indicator, so no test depends on a catalog id. */
    public SeriesBuilder series(String indicatorId, Unit unit, Polarity polarity) {
        return new SeriesBuilder(this, indicatorId, unit, polarity);
    }

    public FactSet factSet() {
        return new FactSet("test.json", "Testlän", REPORT_YEAR, "Testrapport", List.of(), series);
    }

    public Assessment evaluate() {
        return Evaluator.evaluate(rules(), factSet());
    }

    public Assessment evaluate(RuleSet with) {
        return Evaluator.evaluate(with, factSet());
    }

    /** The stated findings of one kind, as "kind/variant indicator/group[~other]" strings for readable asserts. */
    public static List<String> stated(Assessment a, FindingKind kind) {
        return a.stated().stream().filter(f -> f.getKind() == kind).map(Facts::describe).toList();
    }

    public static List<String> all(Assessment a, FindingKind kind) {
        return a.findings().stream().filter(f -> f.getKind() == kind).map(Facts::describe).toList();
    }

    public static String describe(Finding f) {
        return f.getKind().code() + (f.getVariant().isEmpty() ? "" : "/" + f.getVariant()) + " " + f.getSeries().getKey()
                + (f.getOther() == null ? "" : "~" + f.getOther().getKey());
    }

    /** Fluent builder for one series. */
    public static final class SeriesBuilder {
        private final Facts owner;
        private final String indicatorId;
        private final Unit unit;
        private final Polarity polarity;
        private int goal = 1;
        private BaseKind baseKind;
        private String respondent;
        private String question;
        private String family;
        private Group group = new Group("total", "", null, null);
        private final List<Point> points = new ArrayList<>();
        private final List<Note> notes = new ArrayList<>();
        private BaseRange baseRange;

        SeriesBuilder(Facts owner, String indicatorId, Unit unit, Polarity polarity) {
            this.owner = owner;
            this.indicatorId = indicatorId;
            this.unit = unit;
            this.polarity = polarity;
        }

        public SeriesBuilder goal(int g) {
            goal = g;
            return this;
        }

        public SeriesBuilder baseKind(BaseKind k) {
            baseKind = k;
            return this;
        }

        public SeriesBuilder respondent(String r, String t) {
            respondent = r;
            question = t;
            return this;
        }

        public SeriesBuilder family(String f) {
            family = f;
            return this;
        }

        public SeriesBuilder group(String id, Sex sex, String segment) {
            group = new Group(id, "för " + id, sex, segment);
            return this;
        }

        /** Year, value pairs: {@code values(2019, 25, 2020, 28)}. */
        public SeriesBuilder values(Number... yearValue) {
            for (int i = 0; i < yearValue.length; i += 2) {
                points.add(new Point(yearValue[i].intValue(), new BigDecimal(yearValue[i + 1].toString()), null, null,
                        null, "citat"));
            }
            return this;
        }

        public SeriesBuilder point(int year, String value, String median, String base, String count) {
            points.add(new Point(year, new BigDecimal(value), median == null ? null : new BigDecimal(median),
                    base == null ? null : new BigDecimal(base), count == null ? null : new BigDecimal(count), "citat"));
            return this;
        }

        public SeriesBuilder note(NoteKind kind, Integer year) {
            notes.add(new Note(kind, year, "anteckning", ""));
            return this;
        }

        public SeriesBuilder baseRange(String min, String max) {
            baseRange = new BaseRange(new BigDecimal(min), new BigDecimal(max), "");
            return this;
        }

        public Facts add() {
            Indicator ind = new Indicator(indicatorId, "Namn " + indicatorId, "andelen " + indicatorId, goal,
                    ViolenceType.NARA_RELATIONER, unit, polarity, "Testkälla", baseKind, respondent, question, family);
            owner.series.add(new SeriesData(ind, group, points, notes, baseRange, owner.series.size()));
            return owner;
        }
    }
}
