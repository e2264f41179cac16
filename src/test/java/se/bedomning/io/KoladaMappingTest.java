package se.bedomning.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bedomning.problem.BedomningException;
import se.bedomning.problem.ExitCode;
import se.bedomning.problem.Problem;
import se.bedomning.testing.Facts;

/** rules/kolada-mapping.json is a rules file: checked against the catalog when the rules load, exit 3 when broken. */
class KoladaMappingTest {

    @TempDir
    Path dir;

    @Test
    void shippedMappingLoadsWithTheRules() {
        KoladaMapping m = Facts.rules().kolada();
        assertEquals(true, m.present());
        assertEquals("Stockholms län", m.municipalities().get("0001"));
        assertEquals("kvinnor", m.genders().get("K"));
    }

    @Test
    void brokenMappingIsARulesProblemWithLineColumnAndWhatToWrite() throws IOException {
        Path file = dir.resolve(KoladaMapping.FILE);
        Files.writeString(file, """
                {
                  "report": "Kolada",
                  "municipalities": {"0001": ""},
                  "genders": {"T": "totalt", "X": "total"},
                  "statuses": {"..": "hemlig"},
                  "kpis": {"N1": "kontaktforbud_beviljad", "N2": 7}
                }
                """);
        BedomningException e = assertThrows(BedomningException.class,
                () -> KoladaMapping.load(file, Facts.rules().catalog()));
        assertEquals(ExitCode.BAD_RULES, e.exitCode());
        assertEquals(List.of(
                "F:3:30: municipalities.0001: is \"\"; expected a region name in quotes",
                "F:4:20: genders.T: \"totalt\" is not a group in the catalog; did you mean \"total\"?",
                "F:4:35: genders.X: is not a Kolada gender code; expected T, K, M",
                "F:5:22: statuses...: is \"hemlig\"; expected one of suppressed, not_applicable, missing",
                "F:6:18: kpis.N1: \"kontaktforbud_beviljad\" is not an indicator in the catalog; did you mean"
                        + " \"kontaktforbud_beviljade\"?",
                "F:6:50: kpis.N2: is 7; expected an indicator id in quotes, or {\"indicator\": …, \"genders\": {…}}"),
                e.problems().stream().map(Problem::render).map(s -> s.replace(file.toString(), "F")).toList());
    }

    @Test
    void folderWithoutMappingReadsOtherInputsButRefusesKoladaWithExit3() throws IOException {
        KoladaMapping none = KoladaMapping.absent(dir.resolve(KoladaMapping.FILE));
        Path kolada = dir.resolve("k.json");
        Files.writeString(kolada, "{\"values\": []}");
        BedomningException e = assertThrows(BedomningException.class,
                () -> InputFiles.read(kolada, Facts.rules().catalog(), none));
        assertEquals(ExitCode.BAD_RULES, e.exitCode());
    }
}
