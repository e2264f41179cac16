package se.bedomning.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import se.bedomning.facts.BaseKind;
import se.bedomning.facts.Group;
import se.bedomning.facts.Indicator;
import se.bedomning.facts.Unit;
import se.bedomning.io.Catalog;
import se.bedomning.io.FactFileReader;

/**
 * A generated data set the size of the country: one fact file per region, every series a plausible
 * random walk in its indicator's unit, some with medians, bases, series breaks and discontinued years.
 * Seeded per region, so the same arguments always write the same files.
 */
public final class NationalData {

    public static final int FIRST_YEAR = 2019;
    /** Åtgärder per Mål in a generated region (the 2024 report follows up three to seven per Mål). */
    static final int ACTIONS_PER_GOAL = 5;
    private static final String[] GROUPS = {"total", "kvinnor", "man", "flickor", "pojkar"};

    private NationalData() {
    }

    /** The indicator × group pairs a region gets: catalog indicators crossed with the sex groups. */
    static List<String[]> pairs(Catalog catalog, int seriesPerRegion) {
        List<String[]> pairs = new ArrayList<>();
        for (String g : GROUPS) {
            if (!catalog.groups().containsKey(g)) {
                continue;
            }
            for (Indicator i : catalog.indicators().values()) {
                pairs.add(new String[] {i.id(), g});
            }
        }
        if (pairs.isEmpty()) {
            throw new IllegalArgumentException("the catalog has no indicators or none of the groups " + List.of(GROUPS));
        }
        List<String[]> out = new ArrayList<>();
        for (int k = 0; k < seriesPerRegion; k++) {
            out.add(pairs.get(k % pairs.size()));
        }
        return out.stream().distinct().toList();
    }

    /** Writes {@code regions} files into {@code dir}; returns their paths. */
    public static List<Path> write(Path dir, Catalog catalog, int regions, int seriesPerRegion, int years)
            throws IOException {
        Files.createDirectories(dir);
        List<String[]> pairs = pairs(catalog, seriesPerRegion);
        JsonFactory factory = new JsonFactory();
        List<Path> files = new ArrayList<>();
        for (int r = 0; r < regions; r++) {
            Path file = dir.resolve(String.format("region-%04d.json", r));
            SplittableRandom rnd = new SplittableRandom(r * 7919L + 17);
            try (JsonGenerator g = factory.createGenerator(file.toFile(), JsonEncoding.UTF8)) {
                g.writeStartObject();
                g.writeStringField("format", FactFileReader.FORMAT);
                g.writeStringField("region", "Region " + r);
                g.writeNumberField("year", FIRST_YEAR + years - 1);
                g.writeStringField("report", "Genererad testdata");
                g.writeArrayFieldStart("series");
                for (String[] pair : pairs) {
                    writeSeries(g, catalog.indicators().get(pair[0]), catalog.groups().get(pair[1]), years, rnd);
                }
                g.writeEndArray();
                writeActions(g, rnd);
                g.writeEndObject();
            }
            files.add(file);
        }
        return files;
    }

    /** Five åtgärder per Mål, as a follow-up of the handlingsplan reports them: every status, outputs, reaches. */
    private static void writeActions(JsonGenerator g, SplittableRandom rnd) throws IOException {
        g.writeArrayFieldStart("actions");
        se.bedomning.facts.ActionStatus[] statuses = se.bedomning.facts.ActionStatus.values();
        se.bedomning.facts.Measure[] measures = se.bedomning.facts.Measure.values();
        for (int goal = Indicator.FIRST_GOAL; goal <= Indicator.LAST_GOAL; goal++) {
            for (int n = 1; n <= ACTIONS_PER_GOAL; n++) {
                se.bedomning.facts.ActionStatus status = statuses[rnd.nextInt(statuses.length)];
                if (status == se.bedomning.facts.ActionStatus.REPORTED_ELSEWHERE && n == 1) {
                    status = se.bedomning.facts.ActionStatus.CARRIED_OUT;
                }
                g.writeStartObject();
                g.writeStringField("id", goal + "." + n);
                g.writeNumberField("goal", goal);
                g.writeStringField("title", "Åtgärd " + goal + "." + n);
                g.writeStringField("actor", "Aktör " + rnd.nextInt(5));
                g.writeStringField("status", status.code());
                g.writeStringField("quote", "Genererat citat för åtgärd " + goal + "." + n + ".");
                if (status == se.bedomning.facts.ActionStatus.REPORTED_ELSEWHERE) {
                    g.writeStringField("reportedUnder", goal + ".1");
                }
                boolean active = status == se.bedomning.facts.ActionStatus.CARRIED_OUT
                        || status == se.bedomning.facts.ActionStatus.ONGOING;
                if (active) {
                    g.writeArrayFieldStart("outputs");
                    for (int o = rnd.nextInt(3); o > 0; o--) {
                        se.bedomning.facts.Measure m = measures[rnd.nextInt(measures.length)];
                        g.writeStartObject();
                        g.writeNumberField("value", m.isShare() ? 50 + rnd.nextInt(51) : 1 + rnd.nextInt(500));
                        g.writeStringField("measure", m.code());
                        g.writeStringField("quote", "Genererat utfall.");
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    if (rnd.nextBoolean()) {
                        int of = 2 + rnd.nextInt(25);
                        g.writeObjectFieldStart("reach");
                        g.writeNumberField("count", 1 + rnd.nextInt(of));
                        g.writeNumberField("of", of);
                        g.writeStringField("measure", "kommuner");
                        g.writeStringField("quote", "Genererad räckvidd.");
                        g.writeEndObject();
                    }
                }
                g.writeEndObject();
            }
        }
        g.writeEndArray();
    }

    private static void writeSeries(JsonGenerator g, Indicator ind, Group group, int years, SplittableRandom rnd)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("indicator", ind.id());
        g.writeStringField("group", group.id());
        int lastYear = FIRST_YEAR + years - 1;
        boolean discontinued = rnd.nextInt(100) == 0;
        boolean brk = !discontinued && rnd.nextInt(50) == 0;
        int end = discontinued ? lastYear - 3 : lastYear;
        boolean median = rnd.nextBoolean();
        double v = start(ind.unit(), rnd);
        g.writeArrayFieldStart("points");
        for (int y = FIRST_YEAR; y <= end; y++) {
            g.writeStartObject();
            g.writeNumberField("year", y);
            g.writeNumberField("value", round(ind.unit(), v));
            if (median && y >= lastYear - 1) {
                g.writeNumberField("median", round(ind.unit(), clamp(ind.unit(), v + (rnd.nextDouble() - 0.5) * spread(ind.unit()))));
            }
            if (ind.unit() == Unit.PERCENT && ind.baseKind() == BaseKind.CASES) {
                g.writeNumberField("base", 20 + rnd.nextInt(600));
            }
            g.writeEndObject();
            v = step(ind.unit(), v, rnd);
        }
        g.writeEndArray();
        if (discontinued || brk) {
            g.writeArrayFieldStart("notes");
            g.writeStartObject();
            g.writeStringField("kind", discontinued ? "discontinued" : "series_break");
            g.writeNumberField("year", discontinued ? end : lastYear - 2);
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static double start(Unit u, SplittableRandom rnd) {
        return switch (u) {
            case PERCENT -> 10 + rnd.nextDouble() * 85;
            case MEAN_0_10 -> 5 + rnd.nextDouble() * 4;
            case COUNT -> 10 + rnd.nextInt(1000);
            case RATE_PER_100K -> 0.5 + rnd.nextDouble() * 3;
        };
    }

    private static double spread(Unit u) {
        return switch (u) {
            case PERCENT -> 16;
            case MEAN_0_10 -> 1;
            case COUNT -> 200;
            case RATE_PER_100K -> 1;
        };
    }

    private static double step(Unit u, double v, SplittableRandom rnd) {
        double d = rnd.nextDouble() - 0.5;
        return clamp(u, switch (u) {
            case PERCENT -> v + d * 12;
            case MEAN_0_10 -> v + d * 0.6;
            case COUNT, RATE_PER_100K -> v * (1 + d * 0.4);
        });
    }

    private static double clamp(Unit u, double v) {
        return switch (u) {
            case PERCENT -> Math.max(0, Math.min(100, v));
            case MEAN_0_10 -> Math.max(0, Math.min(10, v));
            case COUNT, RATE_PER_100K -> Math.max(0, v);
        };
    }

    private static BigDecimal round(Unit u, double v) {
        int scale = switch (u) {
            case PERCENT, COUNT -> 0;
            case MEAN_0_10 -> 1;
            case RATE_PER_100K -> 2;
        };
        return BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_UP);
    }
}
