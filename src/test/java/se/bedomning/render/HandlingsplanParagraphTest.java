package se.bedomning.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bedomning.cli.Pipeline;
import se.bedomning.rules.RuleLoader;
import se.bedomning.testing.Facts;
import se.bedomning.testing.RulesCopy;

/**
 * The handlingsplan paragraph after its count sentence is what rules/selection.drl chose (ActionStatement,
 * ActionUnsaid); Java only words it. Cross-references and a list of åtgärder the count already says are left to
 * the underlag, which keeps every åtgärd's status line.
 */
class HandlingsplanParagraphTest {

    @TempDir
    Path tmp;

    private static Draft draft(String year) {
        return Pipeline.run(Facts.rules(), Path.of("fixtures/stockholm", year, "facts.json"), "rules").draft();
    }

    private static Draft.Section section(Draft d, int goal) {
        return d.sections().stream().filter(s -> s.goal() == goal).findFirst().orElseThrow();
    }

    private static List<Draft.ActionSentence> afterCount(Draft.Section s) {
        return s.handlingsplan().stream().filter(x -> !x.kind().equals("action_summary")).toList();
    }

    @Test
    void everyÅtgärdIsInOneSentenceOfItsParagraphOrLeftToTheUnderlagByANamedRule() {
        for (String year : new String[] {"2023", "2024"}) {
            for (Draft.Section s : draft(year).sections()) {
                List<String> said = new ArrayList<>();
                for (Draft.ActionSentence x : afterCount(s)) {
                    assertNotNull(x.chosenBy(), year + " " + x.id() + " has no selection rule");
                    said.addAll(x.actions());
                }
                for (Draft.ActionUnsaid u : s.actionsUnsaid()) {
                    assertFalse(u.unsaidBy().isEmpty(), u.id());
                    said.add(u.action());
                }
                List<String> listed = s.actions().stream().map(Draft.ActionLine::id).sorted().toList();
                assertEquals(listed, said.stream().sorted().toList(), year + " Mål " + s.goal());
            }
        }
    }

    @Test
    void anÅtgärdReportedUnderAnotherIsNoSentenceButKeepsItsStatusLineInTheUnderlag() {
        Draft.Section m1 = section(draft("2024"), 1);
        assertTrue(afterCount(m1).stream().noneMatch(x -> x.actions().contains("1.4") || x.text().contains("1.4")),
                m1.handlingsplan().toString());
        assertTrue(m1.actionsUnsaid().stream().anyMatch(u -> u.action().equals("1.4")
                && u.because().equals("reported_elsewhere")), m1.actionsUnsaid().toString());
        assertTrue(m1.actions().stream().anyMatch(l -> l.id().equals("1.4") && l.status().equals("reported_elsewhere")
                && l.statusText().contains("(1.1)")), m1.actions().toString());
    }

    @Test
    void åtgärderAllCarriedOutWithNothingMoreToSayAreSaidByTheCountAlone() {
        Draft.Section m5 = section(draft("2024"), 5);
        assertEquals(List.of("action_summary"), m5.handlingsplan().stream().map(Draft.ActionSentence::kind).toList());
        assertTrue(m5.handlingsplan().get(0).text().startsWith("Alla tre åtgärder"), m5.handlingsplan().get(0).text());
        assertEquals(List.of("5.2", "5.3", "5.4"), m5.actionsUnsaid().stream().map(Draft.ActionUnsaid::action).toList());
        // The same for the agency's own activities (2023 Mål 6), in their own wording.
        Draft.Section m6 = section(draft("2023"), 6);
        assertEquals(1, m6.handlingsplan().size(), m6.handlingsplan().toString());
        assertTrue(m6.handlingsplan().get(0).text().startsWith("Rapporten redovisar en aktivitet"));
    }

    @Test
    void whatTheCountDoesNotSayIsStillGathered() {
        // Mål 7: five of eight carried out; the count does not say which, so 7.1, 7.8 and 7.9 are named together.
        Draft.Section m7 = section(draft("2024"), 7);
        assertTrue(afterCount(m7).stream().anyMatch(x -> x.actions().equals(List.of("7.1", "7.8", "7.9"))
                && x.chosenBy().equals("Åtgärder som bara har sitt nummer att säga sägs i en mening")),
                m7.handlingsplan().toString());
    }

    @Test
    void withoutTheRuleThatLeavesThemUnsaidTheCrossReferencesAreSentencesAgain() throws IOException {
        Path rules = RulesCopy.into(tmp.resolve("rules"));
        Path drl = rules.resolve("selection.drl");
        String text = Files.readString(drl);
        String without = text.replace("insertLogical(ActionUnsaid.of(kcontext, $f, \"reported_elsewhere\"));", "");
        assertFalse(text.equals(without), "the rule's consequence is in selection.drl");
        Files.writeString(drl, without);
        Draft d = Pipeline.run(RuleLoader.load(rules), Path.of("fixtures/stockholm/2024/facts.json"), "rules").draft();
        Draft.Section m1 = section(d, 1);
        assertTrue(afterCount(m1).stream().anyMatch(x -> x.text().equals("Åtgärd 1.4 redovisas under åtgärd 1.1.")),
                m1.handlingsplan().toString());
        assertTrue(m1.actionsUnsaid().isEmpty());
    }
}
