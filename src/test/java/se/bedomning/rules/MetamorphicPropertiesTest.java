package se.bedomning.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import se.bedomning.evaluation.Assessment;
import se.bedomning.evaluation.Evaluator;
import se.bedomning.facts.BaseKind;
import se.bedomning.facts.DevelopmentArea;
import se.bedomning.facts.Action;
import se.bedomning.facts.ActionOutput;
import se.bedomning.facts.FactSet;
import se.bedomning.facts.Reach;
import se.bedomning.facts.Finding;
import se.bedomning.facts.FindingKind;
import se.bedomning.facts.Group;
import se.bedomning.facts.Indicator;
import se.bedomning.facts.MissingValue;
import se.bedomning.facts.Note;
import se.bedomning.facts.Point;
import se.bedomning.facts.Polarity;
import se.bedomning.facts.SeriesData;
import se.bedomning.facts.Unit;
import se.bedomning.facts.Valence;
import se.bedomning.facts.ViolenceType;
import se.bedomning.io.FactFileReader;
import se.bedomning.render.Draft;
import se.bedomning.render.DraftBuilder;
import se.bedomning.testing.Facts;

/**
 * Metamorphic relations (issue 11): transform the facts in a way whose effect on the conclusions is known,
 * and check that the rules follow. Generated series exercise the trend, level and coverage rules on data
 * no fixture has; the three fixture years check the whole draft (renaming, shifted years, noise).
 */
class MetamorphicPropertiesTest {

    private static final List<String> FIXTURE_YEARS = List.of("2024", "2023", "2018");
    private static final int REPORT_YEAR = 2024;

    // ---- generated series ----------------------------------------------------------------------

    /** One generated series: unit, polarity, base kind and 2–6 consecutive yearly values ending in the report year. */
    record Gen(Unit unit, Polarity polarity, BaseKind baseKind, List<BigDecimal> values) {
    }

    private static Arbitrary<BigDecimal> value(Unit unit) {
        return switch (unit) {
            case PERCENT -> Arbitraries.integers().between(0, 100).map(BigDecimal::valueOf);
            case MEAN_0_10 -> Arbitraries.integers().between(0, 100).map(i -> BigDecimal.valueOf(i, 1));
            default -> Arbitraries.integers().between(0, 900).map(BigDecimal::valueOf);
        };
    }

    @Provide
    Arbitrary<List<Gen>> seriesSets() {
        Arbitrary<Gen> one = Arbitraries.of(Unit.PERCENT, Unit.MEAN_0_10, Unit.COUNT, Unit.RATE_PER_100K)
                .flatMap(u -> Combinators.combine(Arbitraries.of(Polarity.RISE_GOOD, Polarity.RISE_BAD),
                        u == Unit.PERCENT ? Arbitraries.of(BaseKind.MUNICIPALITIES, BaseKind.CASES, BaseKind.PERSONS)
                                : Arbitraries.just(u == Unit.MEAN_0_10 ? BaseKind.RESPONDENTS : null),
                        value(u).list().ofMinSize(2).ofMaxSize(6))
                        .as((p, b, v) -> new Gen(u, p, b, v)));
        return one.list().ofMinSize(1).ofMaxSize(4);
    }

    /** Absolute units only: a mirrored relative change is not the negated change (100 → 110 is +10 %, back −9,1 %). */
    @Provide
    Arbitrary<List<Gen>> absoluteSeriesSets() {
        return seriesSets().map(l -> l.stream().filter(g -> g.unit().judgedAbsolute()).toList())
                .filter(l -> !l.isEmpty());
    }

    private static FactSet factSet(List<Gen> gens) {
        List<SeriesData> out = new ArrayList<>();
        for (int i = 0; i < gens.size(); i++) {
            Gen g = gens.get(i);
            Indicator ind = new Indicator("g" + i, "Namn g" + i, "andelen g" + i, 1 + i % 8, ViolenceType.NARA_RELATIONER,
                    g.unit(), g.polarity(), "Testkälla", g.baseKind(), null, null, null);
            List<Point> points = new ArrayList<>();
            int first = REPORT_YEAR - g.values().size() + 1;
            for (int k = 0; k < g.values().size(); k++) {
                points.add(new Point(first + k, g.values().get(k), null, null, null, "citat"));
            }
            out.add(new SeriesData(ind, new Group("total", "", null, null), points, List.of(), null, i));
        }
        return new FactSet("gen.json", "Testlän", REPORT_YEAR, "Testrapport", List.of(), out);
    }

    private static Assessment evaluate(FactSet f) {
        return Evaluator.evaluate(Facts.rules(), f);
    }

    private static Set<String> stated(Assessment a, Function<Finding, Boolean> which) {
        Set<String> out = new TreeSet<>();
        for (Finding f : a.stated()) {
            if (which.apply(f)) {
                out.add(Facts.describe(f));
            }
        }
        return out;
    }

    private static String flip(String described) {
        return described.replace("trend_up/", "TMP/").replace("trend_down/", "trend_up/").replace("TMP/", "trend_down/");
    }

    @Property(tries = 300)
    void mirroringASeriesInTimeFlipsItsDirections(@ForAll("absoluteSeriesSets") List<Gen> gens) {
        List<Gen> mirrored = gens.stream().map(g -> new Gen(g.unit(), g.polarity(), g.baseKind(),
                reversed(g.values()))).toList();
        Assessment a = evaluate(factSet(gens));
        Assessment m = evaluate(factSet(mirrored));
        // Every step reversed: a steady rise becomes a steady fall and back.
        Set<String> steady = stated(a, f -> f.getVariant().equals("steady"));
        Set<String> mirroredSteady = stated(m, f -> f.getVariant().equals("steady"));
        assertEquals(steady.stream().map(MetamorphicPropertiesTest::flip).collect(TreeSet::new, Set::add, Set::addAll),
                mirroredSteady);
        // A change from the first to the last year is said in the other direction.
        for (Finding f : a.stated()) {
            boolean whole = f.getFromYear() == f.getSeries().getFirstYear() && f.getToYear() == f.getSeries().getLastYear();
            if (whole && (f.getKind() == FindingKind.TREND_UP || f.getKind() == FindingKind.TREND_DOWN)) {
                FindingKind other = f.getKind() == FindingKind.TREND_UP ? FindingKind.TREND_DOWN : FindingKind.TREND_UP;
                String key = f.getSeries().getKey();
                assertTrue(m.stated().stream().anyMatch(g -> g.getKind() == other && g.getSeries().getKey().equals(key)),
                        Facts.describe(f) + " has no mirror in " + stated(m, g -> true));
            }
        }
    }

    private static <T> List<T> reversed(List<T> l) {
        List<T> r = new ArrayList<>(l);
        java.util.Collections.reverse(r);
        return r;
    }

    @Property(tries = 200)
    void aConstantSeriesHasNoTrendAndIsSaidToBeUnchanged(@ForAll("seriesSets") List<Gen> gens) {
        List<Gen> constant = gens.stream().map(g -> new Gen(g.unit(), g.polarity(), g.baseKind(),
                g.values().stream().map(v -> g.values().get(0)).toList())).toList();
        Assessment a = evaluate(factSet(constant));
        assertEquals(Set.of(), stated(a, f -> f.getKind() == FindingKind.TREND_UP || f.getKind() == FindingKind.TREND_DOWN
                || f.getKind() == FindingKind.RECORD_HIGH || f.getKind() == FindingKind.RECORD_LOW));
        for (SeriesData d : factSet(constant).series()) {
            String key = d.key();
            assertTrue(a.stated().stream().anyMatch(f -> f.getSeries().getKey().equals(key)
                    && (f.getKind() == FindingKind.UNCHANGED && f.getVariant().equals("same")
                            || f.getKind() == FindingKind.STABLE && f.getVariant().equals("constant"))),
                    key + " is not said to be unchanged: " + stated(a, f -> true));
        }
        for (String text : text(a)) {
            assertFalse(Pattern.compile("mellan (\\S+ (procent )?)och \\1").matcher(text + " ").find(), text);
        }
    }

    @Property(tries = 200)
    void sharesOfMunicipalitiesThatAllHaveItShowNoCoverageGap(@ForAll("seriesSets") List<Gen> gens) {
        List<Gen> full = gens.stream().map(g -> new Gen(Unit.PERCENT, Polarity.RISE_GOOD, BaseKind.MUNICIPALITIES,
                g.values().stream().map(v -> BigDecimal.valueOf(100)).toList())).toList();
        Assessment a = evaluate(factSet(full));
        assertEquals(Set.of(), stated(a, f -> f.getKind() == FindingKind.COVERAGE_GAP
                || f.getKind() == FindingKind.LOW_LEVEL));
        assertTrue(a.developmentAreas().stream().noneMatch(d -> d.getTheme().equals("coverage")));
    }

    @Property(tries = 200)
    void countsTimesTenKeepEveryDirection(@ForAll("seriesSets") List<Gen> gens) {
        List<Gen> counts = gens.stream().filter(g -> !g.unit().judgedAbsolute()).toList();
        if (counts.isEmpty()) {
            return;
        }
        List<Gen> tenfold = counts.stream().map(g -> new Gen(g.unit(), g.polarity(), g.baseKind(),
                g.values().stream().map(v -> v.multiply(BigDecimal.TEN)).toList())).toList();
        Function<Finding, Boolean> changes = f -> f.getKind() == FindingKind.TREND_UP || f.getKind() == FindingKind.TREND_DOWN
                || f.getKind() == FindingKind.STABLE || f.getKind() == FindingKind.UNCHANGED
                || f.getKind() == FindingKind.RECORD_HIGH || f.getKind() == FindingKind.RECORD_LOW;
        assertEquals(stated(evaluate(factSet(counts)), changes), stated(evaluate(factSet(tenfold)), changes));
    }

    private static Polarity swap(Polarity p) {
        return switch (p) {
            case RISE_GOOD -> Polarity.RISE_BAD;
            case RISE_BAD -> Polarity.RISE_GOOD;
            case NEUTRAL -> Polarity.NEUTRAL;
        };
    }

    private static FactSet swapPolarity(FactSet f) {
        return mapSeries(f, d -> new SeriesData(withPolarity(d.indicator(), swap(d.indicator().polarity())), d.group(),
                d.points(), d.missing(), d.notes(), d.baseRange(), d.position()));
    }

    private static Indicator withPolarity(Indicator i, Polarity p) {
        return new Indicator(i.id(), i.name(), i.subject(), i.goal(), i.violenceType(), i.unit(), p, i.source(),
                i.baseKind(), i.respondent(), i.question(), i.family(), i.population(), i.distribution(), i.dimensions());
    }

    /** The kinds whose valence comes from the direction and the polarity alone (valence.drl). */
    private static final Set<FindingKind> DIRECTIONAL = Set.of(FindingKind.TREND_UP, FindingKind.TREND_DOWN,
            FindingKind.RECORD_HIGH, FindingKind.RECORD_LOW, FindingKind.ABOVE_NATIONAL_MEDIAN,
            FindingKind.BELOW_NATIONAL_MEDIAN, FindingKind.LOW_LEVEL, FindingKind.HIGH_LEVEL);

    private static Map<String, Valence> directionalValences(Assessment a) {
        Map<String, Valence> out = new HashMap<>();
        for (Finding f : a.stated()) {
            if (DIRECTIONAL.contains(f.getKind())) {
                out.put(Facts.describe(f), a.valenceOf(f));
            }
        }
        return out;
    }

    @Property(tries = 200)
    void swappingThePolarityFlipsTheValence(@ForAll("seriesSets") List<Gen> gens) {
        check(swappingThePolarityFlipsTheValence(factSet(gens)));
    }

    @Property(tries = 3)
    void swappingThePolarityFlipsTheValenceInEveryFixture(@ForAll @IntRange(min = 0, max = 2) int year) {
        check(swappingThePolarityFlipsTheValence(fixture(FIXTURE_YEARS.get(year))));
    }

    private static void check(List<String> problems) {
        assertEquals(List.of(), problems);
    }

    private static List<String> swappingThePolarityFlipsTheValence(FactSet f) {
        Map<String, Valence> before = directionalValences(evaluate(f));
        Map<String, Valence> after = directionalValences(evaluate(swapPolarity(f)));
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Valence> e : before.entrySet()) {
            Valence v = after.get(e.getKey());
            Valence expected = switch (e.getValue()) {
                case POSITIVE -> Valence.NEGATIVE;
                case NEGATIVE -> Valence.POSITIVE;
                case NEUTRAL -> Valence.NEUTRAL;
            };
            if (v != null && v != expected) {
                problems.add(e.getKey() + ": " + e.getValue() + " then " + v);
            }
        }
        return problems;
    }

    /**
     * What each concern kind claims about the finding it files, and so what the themes that take it claim
     * (rules/themes.json): "Höja nivån …" rests on low levels, "Vända … utveckling" on trends gone the wrong
     * way, and so on.
     */
    private static boolean matches(String kind, Finding f, Valence v) {
        return switch (kind) {
            case "low_level" -> f.getKind() == FindingKind.LOW_LEVEL && v == Valence.NEGATIVE;
            case "high_level" -> f.getKind() == FindingKind.HIGH_LEVEL && v == Valence.NEGATIVE;
            case "negative_trend" -> Set.of(FindingKind.TREND_UP, FindingKind.TREND_DOWN, FindingKind.RECORD_HIGH,
                    FindingKind.RECORD_LOW).contains(f.getKind()) && v == Valence.NEGATIVE;
            case "median" -> Set.of(FindingKind.BELOW_NATIONAL_MEDIAN, FindingKind.ABOVE_NATIONAL_MEDIAN)
                    .contains(f.getKind()) && v == Valence.NEGATIVE;
            case "coverage" -> f.getKind() == FindingKind.COVERAGE_GAP;
            case "group_differences" -> Set.of(FindingKind.GENDER_GAP, FindingKind.GROUP_GAP).contains(f.getKind());
            case "measurement" -> Set.of(FindingKind.SMALL_NUMBERS_CAVEAT, FindingKind.DATA_CAVEAT).contains(f.getKind());
            case "coverage_lacking" -> f.getKind() == FindingKind.COVERAGE_GAP && v == Valence.NEGATIVE;
            default -> false;
        };
    }

    private static List<String> areasThatDoNotMatchTheirBasis(Assessment a) {
        List<String> problems = new ArrayList<>();
        for (DevelopmentArea d : a.developmentAreas()) {
            se.bedomning.facts.ThemeDefinition theme = Facts.rules().themes().get(d.getTheme());
            for (se.bedomning.facts.Concern c : d.getConcerns()) {
                Finding f = c.getFinding();
                if (f != null && !matches(c.getKind(), f, a.valenceOf(f))) {
                    problems.add(d.id() + " rests on " + Facts.describe(f) + " (" + a.valenceOf(f).code() + ") as "
                            + c.getKind());
                }
                if (theme == null || !theme.getConcerns().contains(c.getKind())) {
                    problems.add(d.id() + " takes a " + c.getKind() + " concern its theme does not gather");
                }
            }
        }
        return problems;
    }

    @Property(tries = 200)
    void withPolaritySwappedEveryUtvecklingsomradeStillMatchesItsBasis(@ForAll("seriesSets") List<Gen> gens) {
        check(areasThatDoNotMatchTheirBasis(evaluate(swapPolarity(factSet(gens)))));
        check(areasThatDoNotMatchTheirBasis(evaluate(factSet(gens))));
    }

    // ---- the fixtures: renaming, shifted years, noise ----------------------------------------------

    private static final Map<String, FactSet> FIXTURES = new HashMap<>();

    private static synchronized FactSet fixture(String year) {
        return FIXTURES.computeIfAbsent(year, y -> FactFileReader.read(
                Path.of("fixtures/stockholm", y, "facts.json"), Facts.rules().catalog()));
    }

    private static List<String> text(Assessment a) {
        Draft d = DraftBuilder.build(Facts.rules().wording(), Facts.rules().thresholds(), Facts.rules().themes(), a, "rules");
        List<String> out = new ArrayList<>();
        out.add(d.title());
        for (Draft.Section s : d.sections()) {
            out.add(s.heading());
            s.sentences().forEach(x -> out.add(x.text()));
            s.developmentAreas().forEach(x -> out.add(x.text()));
            s.handlingsplan().forEach(x -> out.add(x.text()));
        }
        return out;
    }

    private static FactSet mapSeries(FactSet f, UnaryOperator<SeriesData> op) {
        return new FactSet(f.file(), f.region(), f.year(), f.report(), f.notes(), f.series().stream().map(op).toList())
                .withActions(f.actions()).withActionSource(f.actionSource());
    }

    @Property(tries = 3)
    void renamingEveryIdConsistentlyGivesTheSameText(@ForAll @IntRange(min = 0, max = 2) int year) {
        FactSet f = fixture(FIXTURE_YEARS.get(year));
        Map<String, String> ids = new HashMap<>();
        Map<String, String> groups = new HashMap<>();
        FactSet renamed = mapSeries(f, d -> {
            Indicator i = d.indicator();
            String id = ids.computeIfAbsent(i.id(), k -> "x" + ids.size() + "_omdopt");
            String gid = groups.computeIfAbsent(d.group().id(), k -> "grupp_" + groups.size());
            Indicator ri = new Indicator(id, i.name(), i.subject(), i.goal(), i.violenceType(), i.unit(), i.polarity(),
                    i.source(), i.baseKind(), i.respondent(), i.question(), i.family(), i.population(), i.distribution(), i.dimensions());
            Group g = d.group();
            return new SeriesData(ri, new Group(gid, g.label(), g.sex(), g.segment()), d.points(), d.missing(),
                    d.notes(), d.baseRange(), d.position());
        });
        assertEquals(text(evaluate(f)), text(evaluate(renamed)));
    }

    private static final Pattern YEAR = Pattern.compile("(?<![\\d,])(19\\d\\d|20\\d\\d)(?!\\d|,\\d)");

    private static String shift(String s, int by) {
        if (s == null) {
            return null;
        }
        Matcher m = YEAR.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, String.valueOf(Integer.parseInt(m.group(1)) + by));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    @Property(tries = 3)
    void shiftingEveryYearByTenShiftsTheYearsInTheText(@ForAll @IntRange(min = 0, max = 2) int year) {
        FactSet f = fixture(FIXTURE_YEARS.get(year));
        int by = 10;
        FactSet shifted = new FactSet(f.file(), f.region(), f.year() + by, shift(f.report(), by), f.notes(),
                f.series().stream().map(d -> {
                    Indicator i = d.indicator();
                    Indicator si = new Indicator(i.id(), shift(i.name(), by), shift(i.subject(), by), i.goal(),
                            i.violenceType(), i.unit(), i.polarity(), i.source(), i.baseKind(), i.respondent(),
                            i.question(), shift(i.family(), by), shift(i.population(), by), i.distribution(), i.dimensions());
                    Group g = d.group();
                    return new SeriesData(si, new Group(g.id(), shift(g.label(), by), g.sex(), g.segment()),
                            d.points().stream().map(p -> new Point(p.year() + by, p.value(), p.median(), p.base(),
                                    p.count(), p.quote(), p.low(), p.high(), p.approximate())).toList(),
                            d.missing().stream().map(x -> new MissingValue(x.year() + by, x.reason(), x.quote())).toList(),
                            d.notes().stream().map(n -> new Note(n.kind(), n.year() == null ? null : n.year() + by,
                                    shift(n.text(), by), n.quote())).toList(),
                            d.baseRange(), d.position());
                }).toList()).withActions(f.actions().stream().map(a -> new Action(a.id(), a.goal(), shift(a.title(), by),
                        shift(a.actor(), by), a.status(), shift(a.statusQuote(), by), a.outputs().stream()
                                .map(o -> new ActionOutput(o.value(), o.measure(), o.approximate(), shift(o.quote(), by)))
                                .toList(), a.reach() == null ? null : new Reach(a.reach().count(), a.reach().of(),
                                        a.reach().measure(), shift(a.reach().quote(), by)), a.reportedUnder(),
                        a.position(), a.topic(), a.actors())).toList()).withActionSource(f.actionSource());
        List<String> expected = text(evaluate(f)).stream().map(s -> shift(s, by)).toList();
        assertEquals(expected, text(evaluate(shifted)));
    }

    // ---- noise -------------------------------------------------------------------------------------

    /**
     * Noise well inside every "no change" threshold: ±0,5 procentenheter (the example), ±0,02 points
     * of a 0–10 mean (a tenth of trend.minChange), ±0,5 % of a count or rate.
     */
    private static BigDecimal noisy(Unit u, BigDecimal v, int step) {
        BigDecimal delta = switch (u) {
            case PERCENT -> new BigDecimal("0.5");
            case MEAN_0_10 -> new BigDecimal("0.02");
            default -> v.abs().multiply(new BigDecimal("0.005"));
        };
        BigDecimal r = v.add(delta.multiply(BigDecimal.valueOf(step)));
        if (u == Unit.PERCENT) {
            r = r.max(BigDecimal.ZERO).min(BigDecimal.valueOf(100));
        }
        return r.signum() < 0 ? BigDecimal.ZERO : r;
    }

    private static final List<int[]> FLIPS = new ArrayList<>();
    /** How often each kind of conclusion flipped, per fixture year: what the noise tips over. */
    private static final Map<String, Integer> FLIPPED = new java.util.TreeMap<>();

    @Provide
    Arbitrary<List<Integer>> steps() {
        return Arbitraries.integers().between(-1, 1).list().ofSize(400);
    }

    /**
     * Conclusions: stated findings by kind, variant and series, and the utvecklingsområden. "The same
     * value" and "unchanged within the threshold" are one conclusion worded more or less exactly.
     */
    private static Set<String> conclusions(Assessment a) {
        Set<String> out = new HashSet<>();
        a.stated().forEach(f -> out.add(Facts.describe(f).replace("unchanged/same ", "unchanged ")
                .replace("stable/constant ", "stable ")));
        a.developmentAreas().forEach(d -> out.add(d.id()));
        return out;
    }

    // A fixed seed: the bound below is a measured count, and a draft must not pass or fail by chance.
    @Property(tries = 60, seed = "1130")
    void smallNoiseFlipsFewConclusions(@ForAll @IntRange(min = 0, max = 2) int year, @ForAll("steps") List<Integer> steps) {
        FactSet f = fixture(FIXTURE_YEARS.get(year));
        int[] k = {0};
        FactSet noisy = mapSeries(f, d -> new SeriesData(d.indicator(), d.group(), d.points().stream()
                .map(p -> p.isRange() ? p : new Point(p.year(),
                        noisy(d.indicator().unit(), p.value(), steps.get(k[0]++ % steps.size())), p.median(), p.base(),
                        p.count(), p.quote(), null, null, p.approximate())).toList(),
                d.missing(), d.notes(), d.baseRange(), d.position()));
        Set<String> before = conclusions(evaluate(f));
        Set<String> after = conclusions(evaluate(noisy));
        Set<String> flipped = new TreeSet<>(before);
        flipped.addAll(after);
        Set<String> both = new HashSet<>(before);
        both.retainAll(after);
        flipped.removeAll(both);
        synchronized (FLIPS) {
            FLIPS.add(new int[] {year, flipped.size(), before.size()});
            flipped.forEach(c -> FLIPPED.merge(FIXTURE_YEARS.get(year) + " " + c.replaceAll(" .*", "") , 1, Integer::sum));
        }
        // Noise inside every threshold may tip a value that sits on a threshold, never a whole draft.
        assertTrue(flipped.size() * 100 <= before.size() * MAX_FLIP_PERCENT,
                flipped.size() + " of " + before.size() + " conclusions flipped: " + flipped);
    }

    /**
     * The most conclusions, in procent of the draft's, that noise may flip. Measured with the seed above: at
     * most 7 of 164 (2024), 2 of 55 (2023), 4 of 65 (2018), all values that sit on a threshold (a flat step
     * that noise turns into a rise, a change of exactly trend.minChange, a shortfall of exactly
     * coverage.minShortfall); what flips is printed after the run.
     */
    private static final int MAX_FLIP_PERCENT = 10;

    @AfterContainer
    static void reportFlips() {
        synchronized (FLIPS) {
            for (int y = 0; y < FIXTURE_YEARS.size(); y++) {
                int year = y;
                List<int[]> runs = FLIPS.stream().filter(r -> r[0] == year).toList();
                if (runs.isEmpty()) {
                    continue;
                }
                int max = runs.stream().mapToInt(r -> r[1]).max().orElse(0);
                double mean = runs.stream().mapToInt(r -> r[1]).average().orElse(0);
                System.out.printf("noise %s: %d runs, conclusions flipped: mean %.1f, max %d of %d%n",
                        FIXTURE_YEARS.get(year), runs.size(), mean, max, runs.get(0)[2]);
            }
            System.out.println("noise flips by kind: " + FLIPPED);
            FLIPS.clear();
            FLIPPED.clear();
        }
    }
}
