package se.bedomning.render;

import se.bedomning.lexicon.Wording;

/** The analyst's view: one section per goal, a bedömning paragraph and an "Utvecklingsområden:" list. */
public final class MarkdownRenderer {

    private MarkdownRenderer() {
    }

    public static String render(Draft d, Wording wording) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(d.title()).append("\n\n");
        sb.append(d.intro()).append("\n");
        for (String note : d.notes()) {
            sb.append("\n").append(note).append("\n");
        }
        for (Draft.Section s : d.sections()) {
            sb.append("\n## ").append(s.heading()).append("\n\n");
            if (s.sentences().isEmpty()) {
                sb.append(s.withoutFindings() != null ? s.withoutFindings() : wording.document("noFindings")).append("\n");
            } else {
                sb.append(String.join(" ", s.sentences().stream().map(Draft.Sentence::text).toList())).append("\n");
            }
            sb.append("\n").append(wording.document("developmentHeading")).append("\n\n");
            if (s.developmentAreas().isEmpty()) {
                sb.append(wording.document("noDevelopmentAreas")).append("\n");
            } else {
                for (Draft.Area a : s.developmentAreas()) {
                    sb.append("- ").append(a.text()).append("\n");
                }
            }
        }
        return sb.toString();
    }
}
