package se.bedomning.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bedomning.testing.Cli;
import se.bedomning.testing.Cli.Run;

/** The handlingsplan's åtgärder through the commands: drafted from CSV, explained, listed in the underlag. */
class ActionDraftTest {

    @TempDir
    Path tmp;

    @Test
    void aCsvWithAnÅtgärderSectionDraftsTheHandlingsplanParagraphAndTheUnderlag() throws IOException {
        Path csv = tmp.resolve("lan.csv");
        Files.writeString(csv, "# region: Testlän\r\n# report: Testrapport\r\nindicator;group;year;value\r\n"
                + "kontaktforbud_kvalificerade;total;2023;1,16\r\nkontaktforbud_kvalificerade;total;2024;1,71\r\n"
                + "# åtgärder\r\nid;mål;titel;aktör;status;utfall;citat\r\n"
                + "2.2;2;Sprida Stöd för yrkesverksamma;Länsstyrelsen;ej genomförd;;Åtgärden har inte genomförts under"
                + " året.\r\n2.7;2;KAST och Navis;Länsstyrelsen;genomförd;21 av 26 kommuner | 435 deltagare;21 av 26"
                + " kommuner har anslutit sig med regionalt avtal.\r\n", StandardCharsets.UTF_8);
        Run r = Cli.run("draft", "--data", csv.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Av de två åtgärder i handlingsplanen som rapporten följer upp under målet har en"
                + " genomförts helt eller delvis. Åtgärd 2.2 (Länsstyrelsen) har inte genomförts: ”Åtgärden har inte"
                + " genomförts under året”. Åtgärd 2.7 (Länsstyrelsen) har hittills nått 21 av 26 kommuner: ”21 av 26"
                + " kommuner har anslutit sig med regionalt avtal”."), r.out());
        assertTrue(r.out().contains("- Genomföra de åtgärder i handlingsplanen som inte blev av under året (åtgärd 2.2)."),
                r.out());
        assertTrue(r.out().contains("- 2.7 KAST och Navis (Länsstyrelsen): genomförd, 21 av 26 kommuner, 435 deltagare"),
                r.out());
    }

    /** One not carried out (an utvecklingsområde and a sammanfattning sentence), one with reach, one ongoing. */
    private Path actionsFile(String actionSource) throws IOException {
        Path json = tmp.resolve("lan-" + actionSource.length() + ".json");
        Files.writeString(json, "{\"format\": \"bedomning-facts/1\", \"region\": \"Testlän\", \"year\": 2024,"
                + " \"report\": \"Testrapport\", " + actionSource
                + " \"series\": [{\"indicator\": \"kontaktforbud_kvalificerade\", \"group\": \"total\", \"points\":"
                + " [{\"year\": 2023, \"value\": 1.16}, {\"year\": 2024, \"value\": 1.71}]}],"
                + " \"actions\": ["
                + " {\"id\": \"2.2\", \"goal\": 2, \"title\": \"Sprida Stöd för yrkesverksamma\", \"actor\": \"Länsstyrelsen\","
                + " \"status\": \"not_carried_out\", \"quote\": \"Åtgärden har inte genomförts under året.\"},"
                + " {\"id\": \"2.7\", \"goal\": 2, \"title\": \"KAST och Navis\", \"actor\": \"Länsstyrelsen\","
                + " \"status\": \"carried_out\", \"quote\": \"21 av 26 kommuner har anslutit sig.\", \"reach\": {\"count\": 21,"
                + " \"of\": 26, \"measure\": \"kommuner\", \"quote\": \"21 av 26 kommuner har anslutit sig.\"}},"
                + " {\"id\": \"2.4\", \"goal\": 2, \"title\": \"Kontaktförbud\", \"actor\": \"Polismyndigheten\","
                + " \"status\": \"ongoing\", \"quote\": \"Arbetet pågår.\"}]}", StandardCharsets.UTF_8);
        return json;
    }

    @Test
    void activitiesFiledUnderTheÅtgärdTheyCorrespondToAreNeverSaidToBeAHandlingsplanTheReportFollowsUp()
            throws IOException {
        Path json = actionsFile("\"actionSource\": \"activities\",");
        Run r = Cli.run("draft", "--data", json.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Av de tre aktiviteter i rapporten som motsvarar en åtgärd i handlingsplanen under"
                + " målet har en genomförts helt eller delvis. Aktiviteten som motsvarar åtgärd 2.2 (Länsstyrelsen) har"
                + " inte genomförts: ”Åtgärden har inte genomförts under året”. Aktiviteten som motsvarar åtgärd 2.7"
                + " (Länsstyrelsen) har hittills nått 21 av 26 kommuner: ”21 av 26 kommuner har anslutit sig”."
                + " Aktiviteten som motsvarar åtgärd 2.4 (Polismyndigheten) pågår."), r.out());
        assertTrue(r.out().contains("Under målet Förebygga återfall har en av de tre aktiviteter i rapporten som"
                + " motsvarar en åtgärd i handlingsplanen inte genomförts (aktiviteten som motsvarar åtgärd 2.2)."), r.out());
        assertTrue(r.out().contains("- Genomföra de aktiviteter som inte blev av under året (aktiviteten som motsvarar"
                + " åtgärd 2.2)."), r.out());
        assertTrue(r.out().contains("Aktiviteter i rapporten, under numret på den åtgärd i handlingsplanen som de"
                + " motsvarar (underlag):\n\n- 2.2 Sprida Stöd för yrkesverksamma (Länsstyrelsen): ej genomförd"), r.out());
        for (String claim : new String[] {"följer upp", "Åtgärd 2", "(åtgärd 2", "Åtgärder i handlingsplanen",
                "åtgärder i handlingsplanen som"}) {
            assertTrue(!r.out().contains(claim), claim + " in\n" + r.out());
        }
        Run j = Cli.run("draft", "--data", json.toString(), "--format", "json");
        assertEquals(0, j.code(), j.err());
        assertTrue(j.out().contains("\"action_not_carried_out.activities\"")
                && j.out().contains("\"actionSummary.activities\"")
                && j.out().contains("\"summary.action_not_carried_out.single.activities\""), j.out());
        assertTrue(!j.out().contains("följer upp"), j.out());
    }

    @Test
    void activitiesNotCarriedOutUnderSeveralMålAreOneSammanfattningSentenceThatNamesNoFollowUp() throws IOException {
        Path csv = tmp.resolve("aktiviteter-flera-mal.csv");
        Files.writeString(csv, "# region: Testlän\r\n# report: Testrapport\r\n# actionSource: activities\r\n"
                + "indicator;group;year;value\r\nkontaktforbud_kvalificerade;total;2023;1,16\r\n"
                + "kontaktforbud_kvalificerade;total;2024;1,71\r\n# åtgärder\r\nid;mål;titel;aktör;status;utfall;citat\r\n"
                + "2.2;2;Sprida stöd;Länsstyrelsen;ej genomförd;;Inte genomförd.\r\n"
                + "2.7;2;KAST;Länsstyrelsen;genomförd;;Genomförd.\r\n"
                + "4.2;4;Metodstöd;Länsstyrelsen;ej genomförd;;Inte genomförd.\r\n"
                + "4.5;4;Nätverk;Länsstyrelsen;genomförd;;Genomförd.\r\n", StandardCharsets.UTF_8);
        Run r = Cli.run("draft", "--data", csv.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Två aktiviteter i rapporten har inte genomförts; de motsvarar åtgärderna 2.2"
                + " (Förebygga återfall) och 4.2 (Skydda och stödja) i handlingsplanen."), r.out());
        assertTrue(!r.out().contains("följer upp"), r.out());
    }

    @Test
    void aCsvSaysItsÅtgärderAreActivitiesOnAHashLineAboveTheHeader() throws IOException {
        Path csv = tmp.resolve("aktiviteter.csv");
        Files.writeString(csv, "# region: Testlän\r\n# report: Testrapport\r\n# actionSource: activities\r\n"
                + "indicator;group;year;value\r\nkontaktforbud_kvalificerade;total;2023;1,16\r\n"
                + "kontaktforbud_kvalificerade;total;2024;1,71\r\n# åtgärder\r\nid;mål;titel;aktör;status;utfall;citat\r\n"
                + "2.2;2;Sprida stöd;Länsstyrelsen;ej genomförd;;Inte genomförd.\r\n", StandardCharsets.UTF_8);
        Run r = Cli.run("draft", "--data", csv.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Rapporten redovisar en aktivitet som motsvarar en åtgärd i handlingsplanen under"
                + " målet. Aktiviteten som motsvarar åtgärd 2.2 (Länsstyrelsen) har inte genomförts: ”Inte genomförd”."),
                r.out());
        assertTrue(!r.out().contains("följer upp"), r.out());
    }

    @Test
    void withoutAnActionSourceTheÅtgärderAreTheHandlingsplansAsBefore() throws IOException {
        Run r = Cli.run("draft", "--data", actionsFile("").toString());
        Run explicit = Cli.run("draft", "--data", actionsFile("\"actionSource\": \"handlingsplan\",").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Av de tre åtgärder i handlingsplanen som rapporten följer upp under målet har en"
                + " genomförts helt eller delvis. Åtgärd 2.2 (Länsstyrelsen) har inte genomförts"), r.out());
        assertTrue(r.out().contains("- Genomföra de åtgärder i handlingsplanen som inte blev av under året (åtgärd 2.2)."),
                r.out());
        assertTrue(r.out().contains("Åtgärder i handlingsplanen (underlag):"), r.out());
        assertTrue(!r.out().contains("ktivitet"), r.out());
        assertEquals(r.out().replace("lan-0.json", "lan-N.json"), explicit.out().replace(
                "lan-" + "\"actionSource\": \"handlingsplan\",".length() + ".json", "lan-N.json"));
    }

    @Test
    void twoÅtgärderAreBothOrNeitherNeverAllTwo() throws IOException {
        String head = "# region: Testlän\r\n# report: Testrapport\r\nindicator;group;year;value\r\n"
                + "kontaktforbud_kvalificerade;total;2023;1,16\r\nkontaktforbud_kvalificerade;total;2024;1,71\r\n"
                + "# åtgärder\r\nid;mål;titel;aktör;status;utfall;citat\r\n";
        Path both = tmp.resolve("both.csv");
        Files.writeString(both, head + "2.4;2;Kontaktförbud;Polismyndigheten;genomförd;;Genomförd.\r\n"
                + "2.7;2;KAST och Navis;Länsstyrelsen;genomförd;;Genomförd.\r\n", StandardCharsets.UTF_8);
        Run r = Cli.run("draft", "--data", both.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Båda åtgärderna i handlingsplanen som rapporten följer upp under målet har"
                + " genomförts helt eller delvis."), r.out());
        Path neither = tmp.resolve("neither.csv");
        Files.writeString(neither, head + "2.2;2;Sprida stöd;Länsstyrelsen;ej genomförd;;Inte genomförd.\r\n"
                + "2.5;2;Metodstöd;Länsstyrelsen;ej genomförd;;Inte genomförd.\r\n", StandardCharsets.UTF_8);
        r = Cli.run("draft", "--data", neither.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Ingen av de två åtgärderna i handlingsplanen som rapporten följer upp under målet"
                + " har genomförts, vare sig helt eller delvis."), r.out());
        assertTrue(!r.out().contains("Alla 2") && !r.out().contains("Ingen av de 2"), r.out());
    }

    @Test
    void explainTracesAnÅtgärdSentenceToItsRuleQuoteAndTemplate() {
        Run r = Cli.run("explain", "--sentence", "m2.action_not_carried_out.atgard_2.2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("rule:       \"Åtgärden har inte genomförts\" at rules/actions.drl:"), r.out());
        assertTrue(r.out().contains("åtgärder:   2.2"), r.out());
        assertTrue(r.out().contains("quote:      «Åtgärden har inte genomförts under året eftersom ingen större"
                + " uppdatering har gjorts.»"), r.out());
        assertTrue(r.out().contains("template:   sentences.action_not_carried_out in wording/sv.json"), r.out());
    }

    @Test
    void explainLabelsASentenceOnActivitiesAsTheReportsActivitiesNotTheHandlingsplan() throws IOException {
        Path activities = actionsFile("\"actionSource\": \"activities\",");
        for (String id : new String[] {"m2.action_summary", "m2.action_not_carried_out.atgard_2.2"}) {
            Run r = Cli.run("explain", "--data", activities.toString(), "--sentence", id);
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().startsWith("Sentence " + id + " (Mål 2, aktiviteterna i rapporten)\n"), r.out());
            assertTrue(!r.out().contains("handlingsplanen)"), r.out());
        }
        Run plan = Cli.run("explain", "--data", actionsFile("").toString(), "--sentence", "m2.action_summary");
        assertEquals(0, plan.code(), plan.err());
        assertTrue(plan.out().startsWith("Sentence m2.action_summary (Mål 2, handlingsplanen)\n"), plan.out());
    }

    @Test
    void explainOnAHandlingsplanSentenceGivesEachÅtgärdsStatusAndSaysNoThresholdDecides() {
        Run r = Cli.run("explain", "--sentence", "m2.action_not_carried_out.atgard_2.2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("status:     2.2 not_carried_out (ej genomförd), Länsstyrelsen i Stockholms län"
                + " — explain --action 2.2"), r.out());
        assertTrue(r.out().contains("threshold:  none — the status alone decides"), r.out());
    }

    @Test
    void explainAnÅtgärdGivesStatusQuoteRuleThresholdsAndWhyItIsInTheSammanfattning() {
        Run r = Cli.run("explain", "--action", "1.2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Åtgärd 1.2 (Mål 1): Stötta införande"), r.out());
        assertTrue(r.out().contains("status:     carried_out (genomförd)  «Länsstyrelsen har i samverkan med Tryggare"
                + " Sverige utbildat sex kommuner i verktyget Tryggare skola.»"), r.out());
        assertTrue(r.out().contains("reach:      3 av 6 kommuner  «Tre av dessa sex kommuner"), r.out());
        assertTrue(r.out().contains("finding:    m1.action_partly_implemented.atgard_1.2 by \"Delvis genomförd, med"
                + " räckvidd\" at rules/actions.drl:"), r.out());
        assertTrue(r.out().contains("threshold:  actions.fullReach = 100 (reach 50 procent)"), r.out());
        assertTrue(r.out().contains("selection:  m1.action_partly_implemented (2 of 7 åtgärder)"
                + " selection.weight.action.partlyImplemented = 20"), r.out());
        assertTrue(r.out().contains("layer:      not in the sammanfattning: weight 20 is below summary.minWeight = 30"),
                r.out());

        Run notDone = Cli.run("explain", "--action", "2.5");
        assertEquals(0, notDone.code(), notDone.err());
        assertTrue(notDone.out().contains("rests on:   utvecklingsområde m2.development_area.metodstod_aterfall"),
                notDone.out());
        assertTrue(notDone.out().contains("layer:      not in the sammanfattning: m2.action_not_carried_out"
                + " (selection.weight.action.notCarriedOut = 32) outranks it in Mål 2"), notDone.out());
    }

    @Test
    void explainTracesTheSammanfattningsÅtgärdSentenceToItsSelectionRuleWeightAndQuotes() {
        // 2.2, 4.2 and 7.2 were not carried out: the sammanfattning says them in one sentence, at Mål 2's place.
        Run r = Cli.run("explain", "--sentence", "s.m2.action_not_carried_out");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("rule:       \"Samma slags åtgärder i flera mål sägs i en mening i sammanfattningen\""
                + " at rules/selection.drl:"), r.out());
        assertTrue(r.out().contains("said in one sentence with the same classification under Mål 2, 4, 7, as"
                + " s.m2.action_not_carried_out"), r.out());
        assertTrue(r.out().contains("because:    selection.weight.action.notCarriedOut=32"), r.out());
        assertTrue(r.out().contains("åtgärd:     7.2 — m7.action_not_carried_out.atgard_7.2"), r.out());
        assertTrue(r.out().contains("status:     not_carried_out (ej genomförd)  «Inget aktivt arbete har genomförts"
                + " under 2024.»"), r.out());
        assertTrue(r.out().contains("(summary.minWeight = 30)"), r.out());
    }

    @Test
    void explainAnUnknownÅtgärdNamesTheOnesThereAreAndExitsWithBadInput() {
        Run r = Cli.run("explain", "--action", "9.9");
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains("\"9.9\" is not an åtgärd of this fact file; its åtgärder are 1.1, 1.2"), r.err());
    }

    @Test
    void theJsonDraftListsEveryÅtgärdWithItsStatus() {
        Run r = Cli.run("draft", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"handlingsplan\""), r.out());
        for (String id : new String[] {"1.1", "2.10", "3.9", "6.3", "8.6"}) {
            assertTrue(r.out().contains("\"id\" : \"" + id + "\""), id);
        }
        assertTrue(r.out().contains("\"status\" : \"reported_elsewhere\""), r.out());
    }
}
