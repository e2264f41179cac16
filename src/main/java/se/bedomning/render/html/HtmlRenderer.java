package se.bedomning.render.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import se.bedomning.evaluation.Assessment;
import se.bedomning.lexicon.Wording;
import se.bedomning.render.Draft;
import se.bedomning.render.DraftBuilder;
import se.bedomning.render.ReportTables;
import se.bedomning.render.Trace;

/**
 * The draft as one self-contained web page: inline CSS (with a print stylesheet) and inline SVG charts, no
 * script and nothing fetched. The prose is the draft's; the tables and charts are {@link ReportTables}, read
 * from the facts; each sentence carries a {@code <details>} disclosure with its {@link Trace}, the same
 * content {@code explain --sentence} prints. Every text is escaped, so a quote holding {@code <}, {@code &}
 * or {@code "} is shown as written. The markup is also well-formed XML (void elements closed), so it can be
 * checked by an XML parser as well as by an HTML validator.
 */
public final class HtmlRenderer {

    private static final String CSS = css();

    private HtmlRenderer() {
    }

    /**
     * The page of a draft. {@code locate} gives where a rule is written ({@code rules/trend.drl:42}); the
     * render layer may not read a rules folder itself.
     */
    public static String render(Draft d, Assessment a, Wording w, UnaryOperator<String> locate) {
        ReportTables tables = ReportTables.of(a, w);
        Page p = new Page(d, a, w, locate);
        StringBuilder sb = p.sb;
        sb.append("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(esc(d.title())).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        sb.append("<header>\n<h1>").append(esc(d.title())).append("</h1>\n<p class=\"intro\">").append(esc(d.intro()))
                .append("</p>\n");
        for (String note : d.notes()) {
            sb.append("<p class=\"note\">").append(esc(note)).append("</p>\n");
        }
        sb.append("</header>\n");
        contents(p, d, w);
        sb.append("<main>\n");
        if (!d.summary().isEmpty()) {
            sb.append("<section id=\"sammanfattning\" aria-labelledby=\"sammanfattning-h\">\n")
                    .append("<h2 id=\"sammanfattning-h\">").append(esc(w.document("summaryHeading"))).append("</h2>\n");
            p.prose(d.summary().assessment().stream().map(x -> new Said(x.id(), x.text())).toList());
            if (!d.summary().developmentAreas().isEmpty()) {
                sb.append("<p>").append(esc(w.document("summaryAreasLead"))).append("</p>\n<ul class=\"areas\">\n");
                for (Draft.Area x : d.summary().developmentAreas()) {
                    sb.append("<li>");
                    p.sentence(new Said(x.id(), x.text()));
                    sb.append("</li>\n");
                }
                sb.append("</ul>\n");
            }
            sb.append("</section>\n");
        }
        for (Draft.Section s : d.sections()) {
            goal(p, s, tables.goal(s.goal()));
        }
        appendix(p, d);
        sb.append("</main>\n</body>\n</html>\n");
        return sb.toString();
    }

    /** A sentence of any kind, by the id its trace is found under. */
    private record Said(String id, String text) {
    }

    /** The page being written, with what every sentence's disclosure needs. */
    private static final class Page {
        final StringBuilder sb = new StringBuilder(1 << 16);
        final Draft draft;
        final Assessment assessment;
        final Wording wording;
        final Map<String, Trace> traces;

        Page(Draft draft, Assessment assessment, Wording wording, UnaryOperator<String> locate) {
            this.draft = draft;
            this.assessment = assessment;
            this.wording = wording;
            this.traces = Trace.all(draft, assessment, locate);
        }

        /** Sentences in a running paragraph, each followed by its disclosure. */
        void prose(List<Said> sentences) {
            sb.append("<div class=\"prose\">\n");
            for (Said x : sentences) {
                sentence(x);
            }
            sb.append("</div>\n");
        }

        void sentence(Said x) {
            sb.append("<span class=\"sentence\">").append(esc(x.text())).append("</span>");
            trace(x.id());
            sb.append('\n');
        }

        /** The disclosure: summary "spår", then the trace's heading and labelled lines (explain's own words). */
        void trace(String id) {
            Trace t = traces.get(id);
            if (t == null) {
                throw new IllegalStateException("no trace for " + id + " in its own draft");
            }
            sb.append(" <details class=\"trace\" data-sentence=\"").append(esc(id)).append("\"><summary>")
                    .append(esc(wording.document("htmlTrace"))).append("</summary>")
                    .append("<div class=\"trace-body\" lang=\"en\"><p class=\"trace-heading\">").append(esc(t.heading()))
                    .append("</p><dl>");
            for (Trace.Line l : t.lines()) {
                sb.append("<dt>").append(esc(l.label())).append("</dt><dd>").append(esc(l.text())).append("</dd>");
            }
            sb.append("</dl></div></details>");
        }
    }

    private static void contents(Page p, Draft d, Wording w) {
        StringBuilder sb = p.sb;
        sb.append("<nav aria-labelledby=\"innehall-h\">\n<h2 id=\"innehall-h\">").append(esc(w.document("htmlContents")))
                .append("</h2>\n<ol>\n");
        if (!d.summary().isEmpty()) {
            sb.append("<li><a href=\"#sammanfattning\">").append(esc(w.document("summaryHeading"))).append("</a></li>\n");
        }
        for (Draft.Section s : d.sections()) {
            sb.append("<li><a href=\"#mal-").append(s.goal()).append("\">").append(esc(s.heading())).append("</a></li>\n");
        }
        sb.append("<li><a href=\"#underlag\">").append(esc(w.document("appendixHeading"))).append("</a></li>\n");
        sb.append("</ol>\n</nav>\n");
    }

    private static void goal(Page p, Draft.Section s, ReportTables.GoalTable table) {
        StringBuilder sb = p.sb;
        Wording w = p.wording;
        String id = "mal-" + s.goal();
        sb.append("<section id=\"").append(id).append("\" class=\"goal\" aria-labelledby=\"").append(id).append("-h\">\n")
                .append("<h2 id=\"").append(id).append("-h\">").append(esc(s.heading())).append("</h2>\n");
        sb.append("<h3>").append(esc(w.document("htmlAssessmentHeading"))).append("</h3>\n");
        if (s.sentences().isEmpty()) {
            sb.append("<p>").append(esc(s.withoutFindings() != null ? s.withoutFindings() : w.document("noFindings")))
                    .append("</p>\n");
        } else if (s.assessment().isEmpty()) {
            sb.append("<p>").append(esc(w.document("noAssessment"))).append("</p>\n");
        } else {
            p.prose(s.assessment().stream().map(x -> new Said(x.id(), x.text())).toList());
        }
        if (!s.handlingsplan().isEmpty()) {
            sb.append("<h3>").append(esc(w.document("htmlActionsHeading", p.draft.actionSource()))).append("</h3>\n");
            p.prose(s.handlingsplan().stream().map(x -> new Said(x.id(), x.text())).toList());
        }
        sb.append("<h3>").append(esc(withoutColon(w.document("developmentHeading")))).append("</h3>\n");
        if (s.developmentAreas().isEmpty()) {
            sb.append("<p>").append(esc(w.document("noDevelopmentAreas"))).append("</p>\n");
        } else {
            sb.append("<ul class=\"areas\">\n");
            for (Draft.Area a : s.developmentAreas()) {
                sb.append("<li>");
                p.sentence(new Said(a.id(), a.text()));
                sb.append("</li>\n");
            }
            sb.append("</ul>\n");
        }
        if (table.hasTable()) {
            sb.append("<h3>").append(esc(w.document("htmlTableHeading"))).append("</h3>\n");
            table(sb, table);
        }
        if (!table.charts().isEmpty()) {
            sb.append("<h3>").append(esc(w.document("htmlChartsHeading"))).append("</h3>\n");
            for (ReportTables.Chart c : table.charts()) {
                chart(sb, c, w);
            }
        }
        sb.append("</section>\n");
    }

    /** The Mål's table in the report's shape: a row per indicator × group (and median), a column per year. */
    private static void table(StringBuilder sb, ReportTables.GoalTable t) {
        sb.append("<div class=\"table-wrap\">\n<table class=\"facts\" id=\"tabell-").append(t.number()).append("\">\n")
                .append("<caption>").append(esc(t.caption())).append("</caption>\n<thead>\n<tr>");
        for (int i = 0; i < t.header().size(); i++) {
            sb.append("<th scope=\"col\"").append(i >= 3 ? " class=\"num\"" : "").append('>')
                    .append(esc(t.header().get(i))).append("</th>");
        }
        sb.append("</tr>\n</thead>\n");
        // One row group per indicator: its name and unit once (rowspan), then a row per group and the median.
        List<ReportTables.Row> rows = t.rows();
        for (int i = 0; i < rows.size(); ) {
            int end = i;
            while (end < rows.size() && rows.get(end).indicator().equals(rows.get(i).indicator())) {
                end++;
            }
            sb.append("<tbody>\n");
            for (int j = i; j < end; j++) {
                ReportTables.Row r = rows.get(j);
                sb.append("<tr").append(r.median() ? " class=\"median\"" : "").append('>');
                if (j == i) {
                    sb.append("<th scope=\"rowgroup\" rowspan=\"").append(end - i).append("\">").append(esc(r.indicatorName()))
                            .append("</th>");
                }
                sb.append("<th scope=\"row\">").append(esc(r.groupLabel())).append("</th>");
                if (j == i) {
                    sb.append("<td rowspan=\"").append(end - i).append("\">").append(esc(r.unitLabel())).append("</td>");
                }
                for (ReportTables.Cell c : r.cells()) {
                    sb.append("<td class=\"num");
                    switch (c.state()) {
                        case VALUE -> sb.append("\"");
                        // The marker as the source printed it; its reason code is there for a reader who hovers.
                        case MISSING -> sb.append(" missing\" title=\"").append(esc(c.reason().code())).append('"');
                        case ABSENT -> sb.append(" absent\"");
                    }
                    sb.append('>').append(esc(c.text())).append("</td>");
                }
                sb.append("</tr>\n");
            }
            sb.append("</tbody>\n");
            i = end;
        }
        sb.append("</table>\n</div>\n");
        if (!t.sourceNote().isEmpty()) {
            sb.append("<p class=\"source\">").append(esc(t.sourceNote())).append("</p>\n");
        }
    }

    /** A chart: caption, the SVG with title and description, and the data table behind it. */
    private static void chart(StringBuilder sb, ReportTables.Chart c, Wording w) {
        String id = "diagram-" + c.number();
        String desc = DraftBuilder.fill(w.document("htmlChartDescription"),
                Map.of("values", SvgCharts.describe(c, w.document("htmlNoValue"))));
        sb.append("<figure class=\"chart\" id=\"").append(id).append("\">\n<figcaption>").append(esc(c.caption()))
                .append("</figcaption>\n");
        sb.append(labelled(SvgCharts.svg(c, id + "-svg"), id + "-svg", c.caption(), desc)).append('\n');
        sb.append("<details class=\"chart-data\"><summary>").append(esc(w.document("htmlChartData")))
                .append("</summary>\n<table>\n<caption>").append(esc(c.caption())).append("</caption>\n<thead>\n<tr>")
                .append("<th scope=\"col\">").append(esc(w.document("tableGroup"))).append("</th>");
        for (int year : c.years()) {
            sb.append("<th scope=\"col\" class=\"num\">").append(year).append("</th>");
        }
        sb.append("</tr>\n</thead>\n<tbody>\n");
        for (ReportTables.ChartSeries s : c.series()) {
            sb.append("<tr><th scope=\"row\">").append(esc(s.label())).append("</th>");
            for (int y = 0; y < c.years().size(); y++) {
                var v = s.values().get(y);
                sb.append("<td class=\"num\">")
                        .append(v == null ? "" : esc(se.bedomning.render.sv.SwedishFormat.cell(c.unit(), v))).append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n</details>\n</figure>\n");
    }

    /**
     * The SVG made an image with a name: role="img", labelled by a {@code <title>} (the caption) and described
     * by a {@code <desc>} (every series and value in words), both first inside the element as SVG asks.
     */
    static String labelled(String svg, String id, String title, String desc) {
        int end = svg.indexOf('>');
        if (!svg.startsWith("<svg") || end < 0) {
            throw new IllegalStateException("JFreeSVG did not return an <svg> element");
        }
        return svg.substring(0, end) + " role=\"img\" aria-labelledby=\"" + id + "-title " + id + "-desc\">"
                + "<title id=\"" + id + "-title\">" + esc(title) + "</title><desc id=\"" + id + "-desc\">" + esc(desc)
                + "</desc>" + svg.substring(end + 1);
    }

    private static void appendix(Page p, Draft d) {
        StringBuilder sb = p.sb;
        Wording w = p.wording;
        sb.append("<section id=\"underlag\" aria-labelledby=\"underlag-h\">\n<h2 id=\"underlag-h\">")
                .append(esc(w.document("appendixHeading"))).append("</h2>\n");
        for (Draft.Section s : d.sections()) {
            if (s.sentences().isEmpty() && s.actions().isEmpty()) {
                continue;
            }
            String id = "underlag-mal-" + s.goal();
            sb.append("<section id=\"").append(id).append("\" aria-labelledby=\"").append(id).append("-h\">\n<h3 id=\"")
                    .append(id).append("-h\">").append(esc(DraftBuilder.fill(w.document("appendixGoalHeading"),
                            Map.of("goal", String.valueOf(s.goal()), "title", s.title())))).append("</h3>\n");
            if (!s.sentences().isEmpty()) {
                p.prose(s.sentences().stream().map(x -> new Said(x.id(), x.text())).toList());
            }
            if (!s.actions().isEmpty()) {
                sb.append("<h4>").append(esc(withoutColon(w.document("actionsHeading", d.actionSource())))).append("</h4>\n<ul class=\"actions\">\n");
                for (Draft.ActionLine l : s.actions()) {
                    String title = se.bedomning.render.sv.SwedishFormat.withoutFinalPeriod(l.title());
                    sb.append("<li>").append(esc(l.id() + " " + title + " (" + l.actor() + "): " + l.statusText()))
                            .append("</li>\n");
                }
                sb.append("</ul>\n");
            }
            sb.append("</section>\n");
        }
        sb.append("</section>\n");
    }

    /** A heading the Markdown draft ends with a colon ("Utvecklingsområden:") stands without it as a heading. */
    private static String withoutColon(String s) {
        return s.endsWith(":") ? s.substring(0, s.length() - 1) : s;
    }

    /** Text for an element or a double-quoted attribute: the five characters markup gives meaning to. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                // C0 controls other than tab and line breaks are not allowed in HTML (nor XML) text.
                default -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? "\uFFFD" : null;
            };
            if (r != null && sb == null) {
                sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (sb != null) {
                if (r != null) {
                    sb.append(r);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static String css() {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream("draft.css")) {
            if (in == null) {
                throw new IllegalStateException("draft.css is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
