package se.bedomning.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bedomning.Main;
import se.bedomning.testing.RulesCopy;

/** CSV and Kolada files draft exactly like the fact file that holds the same values. */
class OtherInputKindsTest {

    private static final Path GOOD = Path.of("src/test/resources/good");

    @TempDir
    Path tmp;

    private static String draft(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = Stream.concat(Stream.of("draft"), Stream.of(args)).toArray(String[]::new);
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), all);
        assertEquals(0, code, err.toString());
        return out.toString();
    }

    @Test
    void csvVersionOfTwelve2024SeriesDraftsTheSameAsTheJson() {
        String fromJson = draft("--data", GOOD.resolve("stockholm-2024-subset.json").toString());
        String fromCsv = draft("--data", GOOD.resolve("stockholm-2024-subset.csv").toString());
        assertEquals(fromJson, fromCsv);
        assertTrue(fromCsv.contains("antalet fullföljda behandlingsprogram"), fromCsv);
    }

    @Test
    void suppressedValueInCsvIsListedInTheJsonDraftAndNotComputedWith() {
        String json = draft("--data", GOOD.resolve("stockholm-2024-subset.csv").toString(), "--format", "json");
        assertTrue(json.contains("""
                  "missingValues" : [
                    {
                      "indicator" : "kv_behandlingsprogram_pagaende",
                      "group" : "total",
                      "year" : 2018,
                      "reason" : "suppressed",
                      "quote" : "Färre än fem pågående program 2018 redovisas inte"
                    }
                  ]""".indent(6).stripTrailing()), json);
        assertEquals(draft("--data", GOOD.resolve("stockholm-2024-subset.json").toString(), "--format", "json")
                .replace("stockholm-2024-subset.json", "stockholm-2024-subset.csv"), json);
    }

    @Test
    void koladaDownloadDraftsLikeTheFactFileWithTheSameValues() throws IOException {
        Path rules = RulesCopy.into(tmp);
        Files.copy(GOOD.resolve("kolada-mapping.json"), rules.resolve("kolada-mapping.json"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String fromFacts = draft("--data", GOOD.resolve("kolada-2024-as-facts.json").toString(), "--rules",
                rules.toString());
        String fromKolada = draft("--data", GOOD.resolve("kolada-2024.json").toString(), "--rules", rules.toString());
        assertEquals(fromFacts, fromKolada);
        String json = draft("--data", GOOD.resolve("kolada-2024.json").toString(), "--rules", rules.toString(),
                "--format", "json");
        assertTrue(json.contains("\"reason\" : \"suppressed\",\n          \"quote\" : \"Kolada U99001, 0001, 2018, T,"
                + " status ..\""), json);
        assertTrue(json.contains("\"reason\" : \"missing\",\n          \"quote\" : \"Kolada U99002, 0001, 2018, K\""),
                json);
    }

    @Test
    void aCsvSavedByExcelInWindows1252IsReadAndTheDraftSaysSo() throws IOException {
        String utf8 = Files.readString(GOOD.resolve("stockholm-2024-subset.csv"), StandardCharsets.UTF_8).substring(1);
        Path cp1252 = tmp.resolve("excel.csv");
        Files.write(cp1252, utf8.replace("\n", "\r\n").getBytes(java.nio.charset.Charset.forName("windows-1252")));
        String fromUtf8 = draft("--data", GOOD.resolve("stockholm-2024-subset.csv").toString());
        String fromExcel = draft("--data", cp1252.toString());
        String note = "Obs: excel.csv var inte sparad som UTF-8 utan lästes som Windows-1252 (så sparar Excel \"CSV"
                + " (semikolonavgränsad)\"); kontrollera att å, ä och ö blev rätt.";
        assertTrue(fromExcel.contains("\n\n" + note + "\n"), fromExcel);
        assertEquals(fromUtf8, fromExcel.replace("\n" + note + "\n", ""));
        assertTrue(draft("--data", cp1252.toString(), "--format", "json").contains("\"notes\" : [\n    \"" + note
                .replace("\"", "\\\"") + "\"\n  ]"));
    }

    @Test
    void aKoladaValueMarkedSuppressedIsKeptWithItsStatusAndANote() throws IOException {
        Path rules = RulesCopy.into(tmp);
        Files.copy(GOOD.resolve("kolada-mapping.json"), rules.resolve("kolada-mapping.json"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path kolada = tmp.resolve("kolada.json");
        String text = Files.readString(GOOD.resolve("kolada-2024.json"), StandardCharsets.UTF_8);
        String marked = text.replaceFirst("(\"value\": 31,\\s*\"count\": 1,\\s*\"status\": )\"\"", "$1\"..\"");
        assertTrue(!marked.equals(text));
        Files.writeString(kolada, marked, StandardCharsets.UTF_8);
        String json = draft("--data", kolada.toString(), "--rules", rules.toString(), "--format", "json");
        assertTrue(json.contains("\"value\" : 31,\n              \"median\" : null,\n              \"quote\" : \"Kolada"
                + " U99001, 0001, 2019, T, status ..\""), json);
        assertTrue(json.contains("Obs: Kolada markerar U99001 0001 2019 T (31) med status \\\"..\\\" (suppressed); värdena"
                + " används i utkastet men bör kontrolleras i Kolada."), json);
    }
}
