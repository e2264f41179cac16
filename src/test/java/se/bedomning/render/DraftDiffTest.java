package se.bedomning.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sentence-level diff between an approved and a new draft. */
class DraftDiffTest {

    private static Map<String, DraftDiff.Item> items(DraftDiff.Item... items) {
        Map<String, DraftDiff.Item> m = new LinkedHashMap<>();
        for (DraftDiff.Item i : items) {
            m.put(i.id(), i);
        }
        return m;
    }

    @Test
    void addedRemovedAndRewordedSentencesAreTellApartWithTheirRules() {
        List<DraftDiff.Entry> d = DraftDiff.compare(
                items(new DraftDiff.Item(2, "a", "Gammal text.", "R1"), new DraftDiff.Item(2, "b", "Samma.", "R2"),
                        new DraftDiff.Item(6, "c", "Borta.", "R3")),
                items(new DraftDiff.Item(2, "a", "Ny text.", "R1"), new DraftDiff.Item(2, "b", "Samma.", "R2"),
                        new DraftDiff.Item(1, "d", "Tillkommen.", "R4")));
        assertEquals(List.of(
                new DraftDiff.Entry(DraftDiff.Change.ADDED, 1, "d", "R4", null, "Tillkommen."),
                new DraftDiff.Entry(DraftDiff.Change.CHANGED, 2, "a", "R1", "Gammal text.", "Ny text."),
                new DraftDiff.Entry(DraftDiff.Change.REMOVED, 6, "c", "R3", "Borta.", null)), d);
        assertEquals("1 changed, 1 added, 1 removed", DraftDiff.summary(d));
        assertEquals("""
                  + Mål 1  d   [rule "R4"]
                      + Tillkommen.
                  ~ Mål 2  a   [rule "R1"]
                      - Gammal text.
                      + Ny text.
                  - Mål 6  c   [rule "R3"]
                      - Borta.
                """, DraftDiff.render(d));
    }

    @Test
    void identicalDraftsHaveNoDifferences() {
        assertEquals("no sentence differs", DraftDiff.summary(DraftDiff.compare(
                items(new DraftDiff.Item(1, "a", "x", "R")), items(new DraftDiff.Item(1, "a", "x", "R")))));
    }

    @Test
    void aChangedHandlingsplanSentenceOrÅtgärdStatusIsADifference() throws Exception {
        String approved = """
                {"summary": [], "sections": [{"goal": 6,
                  "handlingsplan": [{"id": "m6.action_summary", "text": "Av de 1 åtgärd … har 0 genomförts.", "rule": "r"}],
                  "actions": [{"id": "6.3", "title": "T", "statusText": "följs inte upp"}]}]}""";
        String current = """
                {"summary": [], "sections": [{"goal": 6,
                  "handlingsplan": [{"id": "m6.action_summary", "text": "Rapporten följer upp en åtgärd.", "rule": "r"}],
                  "actions": [{"id": "6.3", "title": "T", "statusText": "genomförd"}]}]}""";
        List<DraftDiff.Entry> d = DraftDiff.compare(DraftDiff.itemsOf(approved), DraftDiff.itemsOf(current));
        assertEquals(2, d.size(), d.toString());
        assertTrue(d.stream().allMatch(e -> e.change() == DraftDiff.Change.CHANGED), d.toString());
    }
}
