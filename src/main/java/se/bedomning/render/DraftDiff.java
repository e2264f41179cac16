package se.bedomning.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Sentence-level differences between an approved draft (its JSON) and a new one: which sentences and
 * utvecklingsområden were added, removed or reworded, each with the rule that produced it.
 */
public final class DraftDiff {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What happened to one sentence or utvecklingsområde. */
    public enum Change {
        ADDED('+'), REMOVED('-'), CHANGED('~');

        private final char mark;

        Change(char mark) {
            this.mark = mark;
        }

        public char mark() {
            return mark;
        }
    }

    /** One difference; old or new text is null when the item did not exist on that side. */
    public record Entry(Change change, int goal, String id, String rule, String oldText, String newText) {
    }

    /** A sentence or area as the diff sees it. */
    record Item(int goal, String id, String text, String rule) {
    }

    private DraftDiff() {
    }

    /** Compares the approved JSON text with a new draft; an empty list means no sentence changed. */
    public static List<Entry> compare(String approvedJson, Draft current) {
        JsonNode current2 = MAPPER.valueToTree(current);
        JsonNode approved;
        try {
            approved = MAPPER.readTree(approvedJson);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("approved draft is not JSON: " + e.getMessage(), e);
        }
        return compare(items(approved), items(current2));
    }

    static List<Entry> compare(Map<String, Item> before, Map<String, Item> after) {
        List<Entry> out = new ArrayList<>();
        for (Item b : before.values()) {
            Item a = after.get(b.id());
            if (a == null) {
                out.add(new Entry(Change.REMOVED, b.goal(), b.id(), b.rule(), b.text(), null));
            } else if (!Objects.equals(a.text(), b.text()) || !Objects.equals(a.rule(), b.rule())) {
                out.add(new Entry(Change.CHANGED, a.goal(), a.id(), a.rule(), b.text(), a.text()));
            }
        }
        for (Item a : after.values()) {
            if (!before.containsKey(a.id())) {
                out.add(new Entry(Change.ADDED, a.goal(), a.id(), a.rule(), null, a.text()));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Entry::goal).thenComparing(Entry::id).thenComparing(Entry::change));
        return out;
    }

    /** The comparable items of a JSON draft as text (for tests of what the diff covers). */
    static Map<String, Item> itemsOf(String json) throws java.io.IOException {
        return items(MAPPER.readTree(json));
    }

    private static Map<String, Item> items(JsonNode draft) {
        Map<String, Item> items = new LinkedHashMap<>();
        // The sammanfattning: its sentences and its utvecklingsområden; drafts approved before it had them was a
        // plain list of sentences.
        JsonNode summary = draft.path("summary");
        List<JsonNode> said = new java.util.ArrayList<>();
        if (summary.isArray()) {
            summary.forEach(said::add);
        } else {
            summary.path("assessment").forEach(said::add);
            summary.path("developmentAreas").forEach(said::add);
        }
        for (JsonNode s : said) {
            items.put(s.path("id").asText(), new Item(0, s.path("id").asText(), s.path("text").asText(),
                    s.path("rule").asText()));
        }
        for (JsonNode section : draft.path("sections")) {
            int goal = section.path("goal").asInt();
            // Every layer: the bedömning ("a." ids), the underlag (finding ids; "sentences" in drafts approved
            // before the layers), the handlingsplan paragraph and, above, the sammanfattning ("s." ids).
            for (String layer : List.of("assessment", "findings", "sentences", "handlingsplan")) {
                for (JsonNode s : section.path(layer)) {
                    items.put(s.path("id").asText(), new Item(goal, s.path("id").asText(), s.path("text").asText(),
                            s.path("rule").asText()));
                }
            }
            // The underlag's list of åtgärder: a changed status is a changed line.
            for (JsonNode a : section.path("actions")) {
                String id = "m" + goal + ".atgard." + a.path("id").asText();
                items.put(id, new Item(goal, id, a.path("id").asText() + " " + a.path("title").asText() + ": "
                        + a.path("statusText").asText(), ""));
            }
            for (JsonNode a : section.path("developmentAreas")) {
                items.put(a.path("id").asText(), new Item(goal, a.path("id").asText(), a.path("text").asText(),
                        a.path("rule").asText()));
            }
        }
        return items;
    }

    /** The readable diff: one block per entry, old text with "-", new text with "+". */
    public static String render(List<Entry> entries) {
        StringBuilder sb = new StringBuilder();
        for (Entry e : entries) {
            sb.append("  ").append(e.change().mark()).append(" Mål ").append(e.goal()).append("  ").append(e.id())
                    .append("   [rule \"").append(e.rule()).append("\"]\n");
            if (e.oldText() != null) {
                sb.append("      - ").append(e.oldText()).append('\n');
            }
            if (e.newText() != null) {
                sb.append("      + ").append(e.newText()).append('\n');
            }
        }
        return sb.toString();
    }

    public static String summary(List<Entry> entries) {
        long added = entries.stream().filter(e -> e.change() == Change.ADDED).count();
        long removed = entries.stream().filter(e -> e.change() == Change.REMOVED).count();
        long changed = entries.stream().filter(e -> e.change() == Change.CHANGED).count();
        if (entries.isEmpty()) {
            return "no sentence differs";
        }
        return changed + " changed, " + added + " added, " + removed + " removed";
    }
}
