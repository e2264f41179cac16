package se.bedomning.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bedomning.facts.Action;
import se.bedomning.facts.ActionStatus;
import se.bedomning.facts.FactSet;
import se.bedomning.facts.Measure;
import se.bedomning.problem.BedomningException;
import se.bedomning.problem.ExitCode;
import se.bedomning.problem.Problem;
import se.bedomning.testing.Facts;

/** The handlingsplan's åtgärder read from the fact-file JSON and from the CSV's "# åtgärder" section. */
class ActionFactsTest {

    private static final String CSV_TOP = "# region: Stockholms län\r\n# report: Testrapport\r\n"
            + "indicator;group;year;value\r\nkontaktforbud_kvalificerade;total;2024;1,71\r\n";
    private static final String ACTION_HEADER = "# åtgärder\r\nid;mål;titel;aktör;status;utfall;citat\r\n";

    private static FactSet csv(String text) {
        return CsvFactReader.read(text, "F.csv", Facts.rules().catalog());
    }

    private static List<String> csvProblems(String text) {
        BedomningException e = assertThrows(BedomningException.class, () -> csv(text));
        assertEquals(ExitCode.BAD_INPUT, e.exitCode());
        return e.problems().stream().map(Problem::render).toList();
    }

    private static FactSet json(Path dir, String actions) throws IOException {
        Path p = dir.resolve("f.json");
        Files.writeString(p, """
                {"format": "bedomning-facts/1", "region": "Stockholms län", "year": 2024, "report": "T",
                 "series": [{"indicator": "kontaktforbud_kvalificerade", "group": "total",
                             "points": [{"year": 2024, "value": 1.71}]}],
                 "actions": %s}
                """.formatted(actions));
        return FactFileReader.read(p, Facts.rules().catalog());
    }

    @Test
    void csvSectionReadsStatusOutputsAndReach() {
        FactSet f = csv(CSV_TOP + ACTION_HEADER
                + "1.2;1;Stötta Tryggare skola;Länsstyrelsen;carried_out;cirka 350 deltagare | 90 % andel_nöjda"
                + " | 3 av 6 kommuner;Tre av dessa sex kommuner har påbörjat …\r\n"
                + "2.2;2;Sprida Stöd för yrkesverksamma;Länsstyrelsen;ej genomförd;;Åtgärden har inte genomförts\r\n");
        assertEquals(1, f.series().size());
        assertEquals(2, f.actions().size());
        Action a = f.actions().get(0);
        assertEquals("1.2", a.id());
        assertEquals(ActionStatus.CARRIED_OUT, a.status());
        assertEquals(new BigDecimal("350"), a.outputs().get(0).value());
        assertTrue(a.outputs().get(0).approximate());
        assertEquals(Measure.ANDEL_NOJDA, a.outputs().get(1).measure());
        assertEquals(3, a.reach().count());
        assertEquals(6, a.reach().of());
        assertEquals(ActionStatus.NOT_CARRIED_OUT, f.actions().get(1).status());
        assertNull(f.actions().get(1).reach());
    }

    @Test
    void badActionRowsAreAllLocatedAtOnce() {
        List<String> p = csvProblems(CSV_TOP + ACTION_HEADER
                + "2.4;3;Kontaktförbud;Polisen;carried_out;;citat\r\n"
                + "1.1;1;Titel;Länsstyrelsen;klar;;citat\r\n"
                + "1.3;1;Titel;Länsstyrelsen;carried_out;7 av 6 kommuner;citat\r\n"
                + "1.4;1;Titel;Länsstyrelsen;carried_out;5 personer;citat\r\n"
                + "3.9;3;Titel;Arbetsförmedlingen;reported_elsewhere;;\r\n");
        String all = String.join("\n", p);
        assertTrue(all.contains("F.csv:7:1: id:") && all.contains("Mål 3"), all);
        assertTrue(all.contains("F.csv:8:") && all.contains("status") && all.contains("\"klar\""), all);
        assertTrue(all.contains("F.csv:9:") && all.contains("count 7 is above of 6"), all);
        assertTrue(all.contains("F.csv:10:") && all.contains("\"personer\""), all);
        assertTrue(all.contains("F.csv:11:") && all.contains("citat") && all.contains("is empty"), all);
        assertTrue(all.contains("reported_elsewhere must name the åtgärd"), all);
    }

    @Test
    void aSectionWithoutHeaderColumnsIsNamed() {
        List<String> p = csvProblems(CSV_TOP + "# åtgärder\r\nid;mål;titel\r\n1.1;1;x\r\n");
        assertTrue(p.stream().anyMatch(s -> s.contains("lacks the columns aktör, status, citat")), p.toString());
    }

    @Test
    void jsonActionsReadWithTheirQuotes(@TempDir Path dir) throws IOException {
        FactSet f = json(dir, """
                [{"id": "3.4", "goal": 3, "title": "Webbutbildning", "actor": "Region Stockholm",
                  "status": "carried_out", "quote": "6 600 personer har genomgått webbutbildningen.",
                  "outputs": [{"value": 6600, "measure": "utbildade", "quote": "6 600 personer"}]},
                 {"id": "3.8", "goal": 3, "title": "Frågor om våldsutsatthet", "actor": "Arbetsförmedlingen",
                  "status": "carried_out", "quote": "Andelen medarbetare som ställer frågor om våld har ökat."},
                 {"id": "3.9", "goal": 3, "title": "Frågor om våldsutövande", "actor": "Arbetsförmedlingen",
                  "status": "reported_elsewhere", "reportedUnder": "3.8", "quote": "Se uppföljning under åtgärd 3.8."}]
                """);
        assertEquals(3, f.actions().size());
        assertEquals(new BigDecimal("6600"), f.actions().get(0).outputs().get(0).value());
        assertEquals("3.8", f.actions().get(2).reportedUnder());
    }

    @Test
    void badJsonActionsAreLocated(@TempDir Path dir) {
        BedomningException e = assertThrows(BedomningException.class, () -> json(dir, """
                [{"id": "9.1", "goal": 3, "title": "x", "actor": "y", "status": "done", "quote": "q",
                  "outputs": [{"value": 120, "measure": "andel_nöjda", "quote": "q"}],
                  "reach": {"count": 4, "of": 3, "measure": "kommuner", "quote": "q"}},
                 {"id": "3.1", "goal": 3, "title": "x", "actor": "y", "status": "ongoing", "quote": "q"},
                 {"id": "3.1", "goal": 3, "title": "x", "actor": "y", "status": "ongoing", "quote": "q"}]
                """));
        assertEquals(ExitCode.BAD_INPUT, e.exitCode());
        String all = String.join("\n", e.problems().stream().map(Problem::render).toList());
        assertTrue(all.contains("actions[0].id") && all.contains("\"9.1\""), all);
        assertTrue(all.contains("actions[0].status") && all.contains("carried_out"), all);
        assertTrue(all.contains("actions[0].outputs[0].value") && all.contains("at most 100"), all);
        assertTrue(all.contains("actions[0].reach") && all.contains("count 4 is above of 3"), all);
        assertTrue(all.contains("actions[2].id") && all.contains("already given at line"), all);
    }
}
