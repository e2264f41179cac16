package se.bedomning.render;

import se.bedomning.lexicon.Wording;

/**
 * The analyst's view: a sammanfattning, then per goal the bedömning and its "Utvecklingsområden:" list,
 * and at the end the underlag — every finding per goal, each sentence traceable in the JSON.
 */
public final class MarkdownRenderer {

    private MarkdownRenderer() {
    }

    public static String render(Draft d, Wording wording) {
        // A generated region's draft is over a hundred kilobytes: sized so that the builder grows once at most.
        StringBuilder sb = new StringBuilder(128 * 1024);
        sb.append("# ").append(d.title()).append("\n\n");
        sb.append(d.intro()).append("\n");
        for (String note : d.notes()) {
            sb.append("\n").append(note).append("\n");
        }
        if (!d.summary().isEmpty()) {
            sb.append("\n## ").append(wording.document("summaryHeading")).append("\n");
            if (!d.summary().assessment().isEmpty()) {
                sb.append("\n");
                paragraph(sb, d.summary().assessment(), Draft.Statement::text);
            }
            if (!d.summary().developmentAreas().isEmpty()) {
                sb.append("\n").append(wording.document("summaryAreasLead")).append("\n\n");
                for (Draft.Area a : d.summary().developmentAreas()) {
                    sb.append("- ").append(a.text()).append("\n");
                }
            }
        }
        for (Draft.Section s : d.sections()) {
            sb.append("\n## ").append(s.heading()).append("\n\n");
            if (s.sentences().isEmpty()) {
                sb.append(s.withoutFindings() != null ? s.withoutFindings() : wording.document("noFindings")).append("\n");
            } else if (s.assessment().isEmpty()) {
                sb.append(wording.document("noAssessment")).append("\n");
            } else {
                paragraph(sb, s.assessment(), Draft.Statement::text);
            }
            if (!s.handlingsplan().isEmpty()) {
                sb.append("\n");
                paragraph(sb, s.handlingsplan(), Draft.ActionSentence::text);
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
        sb.append("\n## ").append(wording.document("appendixHeading")).append("\n");
        for (Draft.Section s : d.sections()) {
            if (s.sentences().isEmpty() && s.actions().isEmpty()) {
                continue;
            }
            sb.append("\n### ").append(DraftBuilder.fill(wording.document("appendixGoalHeading"),
                    java.util.Map.of("goal", String.valueOf(s.goal()), "title", s.title()))).append("\n");
            if (!s.sentences().isEmpty()) {
                sb.append("\n");
                paragraph(sb, s.sentences(), Draft.Sentence::text);
            }
            // Every åtgärd of the Mål with its status, the handlingsplan's part of the underlag.
            if (!s.actions().isEmpty()) {
                sb.append("\n").append(wording.document("actionsHeading", d.actionSource())).append("\n\n");
                for (Draft.ActionLine l : s.actions()) {
                    String title = se.bedomning.render.sv.SwedishFormat.withoutFinalPeriod(l.title());
                    sb.append("- ").append(l.id()).append(" ").append(title).append(" (").append(l.actor())
                            .append("): ").append(l.statusText()).append("\n");
                }
            }
        }
        return sb.toString();
    }

    /**
     * Sentences as one paragraph, a space between them and a line break after: appended straight to the
     * draft rather than joined into a string of their own first (the underlag of a Mål is hundreds of sentences).
     */
    private static <T> void paragraph(StringBuilder sb, java.util.List<T> sentences,
            java.util.function.Function<T, String> text) {
        for (int i = 0; i < sentences.size(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(text.apply(sentences.get(i)));
        }
        sb.append('\n');
    }
}
