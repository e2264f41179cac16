package se.bedomning.render.docx;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.bedomning.lexicon.Wording;
import se.bedomning.render.Draft;
import se.bedomning.render.DraftBuilder;
import se.bedomning.render.ReportTables;

/**
 * The draft as the Word document an analyst would have made: title, sammanfattning, per Mål a heading, the
 * bedömning, the handlingsplan paragraph, the utvecklingsområden as a bulleted list, the Mål's table and a
 * native chart per headline indicator (data editable in Word), the sources as footnotes and the underlag as
 * an appendix. Only Word's built-in style names are used, so the text pastes into the agency's template.
 *
 * <p>The parts of the package (document, footnotes, numbering, settings, styles, charts with their workbooks,
 * properties, content types and relationships) are written as WordprocessingML text in one pass and zipped:
 * built through POI's object model and saved by XmlBeans, a region's document cost some 230 ms of CPU and the
 * first one a second of class loading, more than drafting the region; the parts are a fixed shape around the
 * draft's text. Every text is escaped, and characters XML cannot hold are dropped (see {@link Xml}).
 *
 * <p>Deterministic: the same draft gives the same bytes. The document's created and modified dates are fixed
 * to 1 January of the draft's year (derived from the facts, never the clock), and so is every zip entry's time.
 */
public final class DocxRenderer {

    /** The width of the text on an A4 page with Word's default margins, in twentieths of a point. */
    private static final int TEXT_WIDTH_TWIPS = 9_072;
    /** The bullet list: the one abstract list and the list instance every bullet paragraph names. */
    private static final int BULLET_NUM = 1;

    private static final String W = DocxStyles.W;
    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String CT = "application/vnd.openxmlformats-officedocument.";

    private static final String NUMBERING = DECLARATION + "<w:numbering xmlns:w=\"" + W + "\"><w:abstractNum"
            + " w:abstractNumId=\"1\"><w:multiLevelType w:val=\"singleLevel\"/><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
            + "<w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\u2022\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind"
            + " w:left=\"360\" w:hanging=\"360\"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId=\"" + BULLET_NUM
            + "\"><w:abstractNumId w:val=\"1\"/></w:num></w:numbering>";

    /**
     * The separator (id -1) and continuation separator (id 0) footnotes Word draws above the notes of a page and
     * expects in every footnotes part, named by the settings' footnotePr; the sources' notes count from 1.
     */
    private static final String SEPARATORS = "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:pPr><w:spacing"
            + " w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>"
            + "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:pPr><w:spacing w:after=\"0\""
            + " w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>";

    private static final String SETTINGS = DECLARATION + "<w:settings xmlns:w=\"" + W + "\">"
            + "<w:defaultTabStop w:val=\"1304\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>"
            + "<w:footnotePr><w:footnote w:id=\"-1\"/><w:footnote w:id=\"0\"/></w:footnotePr>"
            + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\""
            + " w:val=\"15\"/></w:compat><w:decimalSymbol w:val=\",\"/><w:listSeparator w:val=\";\"/></w:settings>";

    private static final String APP = DECLARATION + "<Properties xmlns=\"http://schemas.openxmlformats.org/"
            + "officeDocument/2006/extended-properties\"><Application>bedomning</Application></Properties>";

    private final DocxStyles styles;
    /** The run properties of the text: Swedish, whatever the template's defaults say. */
    private final String lang;
    private final String noteRun;
    private final String textRun;

    public DocxRenderer(DocxStyles styles) {
        this.styles = styles;
        this.lang = "<w:lang w:val=\"" + DocxStyles.LANGUAGE + "\"/>";
        this.noteRun = "<w:r><w:rPr><w:rStyle w:val=\"" + Xml.escape(styles.id(DocxStyles.FOOTNOTE_REFERENCE))
                + "\"/>" + lang + "</w:rPr>";
        this.textRun = "<w:r><w:rPr>" + lang + "</w:rPr><w:t xml:space=\"preserve\">";
    }

    /** The draft, its tables and charts as the bytes of a .docx. */
    public byte[] render(Draft d, ReportTables tables, Wording wording) {
        Writer w = new Writer(d, tables, wording);
        w.write();
        return w.pack();
    }

    static LocalDateTime fixedTime(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay();
    }

    /** One document being written: its body, its footnotes and its charts. */
    private final class Writer {
        private final Draft d;
        private final ReportTables tables;
        private final Wording wording;
        private final Map<String, String> sourceById = new HashMap<>();
        /** document.xml, opened here and closed when the package is written. */
        private final Xml body = new Xml(1 << 18).append(DECLARATION).append("<w:document xmlns:w=\"").append(W)
                .append("\" xmlns:r=\"").append(Charts.R)
                .append("\" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"><w:body>");
        /** footnotes.xml, likewise. */
        private final Xml notes = new Xml(1 << 15).append(DECLARATION).append("<w:footnotes xmlns:w=\"").append(W)
                .append("\">").append(SEPARATORS);
        private final List<ReportTables.Chart> charts = new ArrayList<>();
        private int footnotes;

        Writer(Draft d, ReportTables tables, Wording wording) {
            this.d = d;
            this.tables = tables;
            this.wording = wording;
            for (Draft.Section s : d.sections()) {
                for (Draft.Sentence x : s.sentences()) {
                    sourceById.put(x.id(), x.source());
                }
            }
        }

        void write() {
            paragraph(DocxStyles.TITLE, d.title());
            paragraph(null, d.intro());
            d.notes().forEach(n -> paragraph(null, n));
            if (!d.summary().isEmpty()) {
                paragraph(DocxStyles.HEADING_1, wording.document("summaryHeading"));
                statements(d.summary().assessment());
                if (!d.summary().developmentAreas().isEmpty()) {
                    leadIn(wording.document("summaryAreasLead"));
                    for (Draft.Area a : d.summary().developmentAreas()) {
                        bullet(a.text());
                    }
                }
            }
            for (Draft.Section s : d.sections()) {
                section(s);
            }
            appendix();
        }

        private void section(Draft.Section s) {
            paragraph(DocxStyles.HEADING_1, s.heading());
            if (s.sentences().isEmpty()) {
                paragraph(null, s.withoutFindings() != null ? s.withoutFindings() : wording.document("noFindings"));
            } else if (s.assessment().isEmpty()) {
                paragraph(null, wording.document("noAssessment"));
            } else {
                statements(s.assessment());
            }
            if (!s.handlingsplan().isEmpty()) {
                paragraph(null, String.join(" ", s.handlingsplan().stream().map(Draft.ActionSentence::text).toList()));
            }
            leadIn(wording.document("developmentHeading"));
            if (s.developmentAreas().isEmpty()) {
                paragraph(null, wording.document("noDevelopmentAreas"));
            } else {
                for (Draft.Area a : s.developmentAreas()) {
                    bullet(a.text());
                }
            }
            ReportTables.GoalTable g = tables.goal(s.goal());
            if (g.hasTable()) {
                table(g);
            }
            for (ReportTables.Chart c : g.charts()) {
                open(DocxStyles.CAPTION);
                run(c.caption());
                footnote(c.sourceNote());
                close();
                chart(c);
            }
        }

        /** Sentences of the bedömning or sammanfattning, each followed by a footnote naming its sources. */
        private void statements(List<Draft.Statement> statements) {
            open(null);
            boolean first = true;
            for (Draft.Statement st : statements) {
                run((first ? "" : " ") + st.text());
                first = false;
                Set<String> sources = new LinkedHashSet<>();
                for (Draft.Stated f : st.findings()) {
                    String src = sourceById.get(f.id());
                    if (src != null) {
                        sources.add(src);
                    }
                }
                if (!sources.isEmpty()) {
                    footnote(DraftBuilder.fill(wording.document("tableSource"),
                            Map.of("values", String.join("; ", sources))));
                }
            }
            close();
        }

        private void appendix() {
            paragraph(DocxStyles.HEADING_1, wording.document("appendixHeading"));
            for (Draft.Section s : d.sections()) {
                if (s.sentences().isEmpty() && s.actions().isEmpty()) {
                    continue;
                }
                paragraph(DocxStyles.HEADING_2, DraftBuilder.fill(wording.document("appendixGoalHeading"),
                        Map.of("goal", String.valueOf(s.goal()), "title", s.title())));
                if (!s.sentences().isEmpty()) {
                    underlag(s.sentences());
                }
                if (!s.actions().isEmpty()) {
                    leadIn(wording.document("actionsHeading", d.actionSource()));
                    for (Draft.ActionLine l : s.actions()) {
                        String title = se.bedomning.render.sv.SwedishFormat.withoutFinalPeriod(l.title());
                        bullet(l.id() + " " + title + " (" + l.actor() + "): " + l.statusText());
                    }
                }
            }
        }

        /**
         * The underlag's sentences in one paragraph; a footnote names the source after each run of sentences
         * from the same source, so a reader traces every sentence without a note on each.
         */
        private void underlag(List<Draft.Sentence> sentences) {
            open(null);
            for (int i = 0; i < sentences.size(); i++) {
                Draft.Sentence x = sentences.get(i);
                run((i == 0 ? "" : " ") + x.text());
                boolean last = i + 1 == sentences.size();
                String src = x.source();
                if (src != null && !src.isBlank() && (last || !src.equals(sentences.get(i + 1).source()))) {
                    footnote(DraftBuilder.fill(wording.document("tableSource"), Map.of("values", src)));
                }
            }
            close();
        }

        /**
         * The Mål's table. Widths sit in the table grid with a fixed layout, borders and fonts come from the
         * Table Grid style (the template's when one is given), and the text inherits the Swedish language from
         * the styles.
         */
        private void table(ReportTables.GoalTable g) {
            open(DocxStyles.CAPTION);
            run(g.caption());
            footnote(g.sourceNote());
            close();
            int cols = g.header().size();
            int yearCols = cols - 3;
            // The indicator name takes what the years, group and unit leave; a long name wraps in its cell.
            // A year column fits "2 455 914" or "cirka 60" at the table's size; six years leave the name a quarter.
            int yearWidth = Math.max(600, Math.min(800, (TEXT_WIDTH_TWIPS / 2) / Math.max(1, yearCols)));
            int[] widths = new int[cols];
            widths[1] = 1_300;
            widths[2] = 1_200;
            for (int i = 3; i < cols; i++) {
                widths[i] = yearWidth;
            }
            widths[0] = Math.max(1_500, TEXT_WIDTH_TWIPS - widths[1] - widths[2] - yearWidth * yearCols);
            Xml x = body;
            x.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"").attr(styles.id(DocxStyles.TABLE_GRID)).append("\"/><w:tblW w:w=\"")
                    .append(java.util.Arrays.stream(widths).sum()).append("\" w:type=\"dxa\"/>")
                    .append("<w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\""
                            + " w:firstColumn=\"1\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>");
            for (int wd : widths) {
                x.append("<w:gridCol w:w=\"").append(wd).append("\"/>");
            }
            x.append("</w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
            for (int c = 0; c < cols; c++) {
                cell(g.header().get(c), widths[c], c >= 3, true, null);
            }
            x.append("</w:tr>");
            for (int r = 0; r < g.rows().size(); r++) {
                ReportTables.Row row = g.rows().get(r);
                // The report names an indicator once over its groups: the cells of its name and unit are merged
                // down the rows that follow it.
                boolean continues = r > 0 && g.rows().get(r - 1).indicator().equals(row.indicator());
                boolean continued = r + 1 < g.rows().size() && g.rows().get(r + 1).indicator().equals(row.indicator());
                String merge = continues ? "continue" : continued ? "restart" : null;
                x.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
                cell(continues ? "" : row.indicatorName(), widths[0], false, false, merge);
                cell(row.groupLabel(), widths[1], false, false, null);
                cell(continues ? "" : row.unitLabel(), widths[2], false, false, merge);
                int c = 3;
                for (ReportTables.Cell cell : row.cells()) {
                    cell(cell.text(), widths[c++], true, false, null);
                }
                x.append("</w:tr>");
            }
            x.append("</w:tbl>");
        }

        private void cell(String text, int width, boolean number, boolean header, String merge) {
            Xml x = body;
            x.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(width).append("\" w:type=\"dxa\"/>");
            if (merge != null) {
                x.append("<w:vMerge w:val=\"").append(merge).append("\"/>");
            }
            x.append("</w:tcPr><w:p>");
            if (number) {
                x.append("<w:pPr><w:jc w:val=\"right\"/></w:pPr>");
            }
            if (!text.isEmpty()) {
                x.append(header ? "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">"
                        : "<w:r><w:t xml:space=\"preserve\">").text(text).append("</w:t></w:r>");
            }
            x.append("</w:p></w:tc>");
        }

        /** The chart inline in a paragraph of its own, its part and workbook written when the package is. */
        private void chart(ReportTables.Chart c) {
            charts.add(c);
            int n = charts.size();
            body.append("<w:p><w:r><w:rPr>").append(lang).append("</w:rPr><w:drawing>")
                    .append("<wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"")
                    .append(Charts.WIDTH).append("\" cy=\"").append(Charts.HEIGHT)
                    .append("\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/><wp:docPr id=\"").append(n)
                    .append("\" name=\"Diagram ").append(n).append("\" descr=\"");
            // The caption as the chart's alternative text, for a screen reader.
            body.attr(c.caption()).append("\"/><wp:cNvGraphicFramePr/><a:graphic xmlns:a=\"").append(Charts.A)
                    .append("\"><a:graphicData uri=\"").append(Charts.C).append("\"><c:chart xmlns:c=\"")
                    .append(Charts.C).append("\" r:id=\"").append(chartRel(n))
                    .append("\"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>");
        }

        private void paragraph(String style, String text) {
            open(style);
            run(text);
            close();
        }

        /** A bold lead-in kept with what follows ("Utvecklingsområden:"). */
        private void leadIn(String text) {
            body.append("<w:p><w:pPr><w:keepNext/></w:pPr><w:r><w:rPr><w:b/>").append(lang)
                    .append("</w:rPr><w:t xml:space=\"preserve\">").text(text).append("</w:t></w:r></w:p>");
        }

        private void bullet(String text) {
            body.append("<w:p><w:pPr><w:pStyle w:val=\"").attr(styles.id(DocxStyles.LIST_BULLET)).append("\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"")
                    .append(BULLET_NUM).append("\"/></w:numPr></w:pPr>");
            run(text);
            close();
        }

        private void open(String style) {
            body.append("<w:p>");
            if (style != null) {
                body.append("<w:pPr><w:pStyle w:val=\"").attr(styles.id(style)).append("\"/></w:pPr>");
            }
        }

        private void close() {
            body.append("</w:p>");
        }

        private void run(String text) {
            body.append(textRun).text(text).append("</w:t></w:r>");
        }

        /** A footnote with {@code text}, referenced at the end of the open paragraph. */
        private void footnote(String text) {
            if (text == null || text.isBlank()) {
                return;
            }
            int id = ++footnotes;
            body.append(noteRun).append("<w:footnoteReference w:id=\"").append(id).append("\"/></w:r>");
            notes.append("<w:footnote w:id=\"").append(id).append("\"><w:p><w:pPr><w:pStyle w:val=\"")
                    .attr(styles.id(DocxStyles.FOOTNOTE_TEXT)).append("\"/></w:pPr>").append(noteRun)
                    .append("<w:footnoteRef/></w:r>").append(textRun).append(" ").text(text)
                    .append("</w:t></w:r></w:p></w:footnote>");
        }

        /** The relationship id of chart {@code n} (1-based); rId1–rId4 are the document's other parts. */
        private static String chartRel(int n) {
            return "rId" + (n + 4);
        }

        /** Every part, zipped in a fixed order with fixed times. */
        byte[] pack() {
            LocalDateTime time = fixedTime(d.year());
            Xml types = new Xml(2048 + 160 * charts.size()).append(DECLARATION)
                    .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                    .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
                    .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
                    .append("<Default Extension=\"xlsx\" ContentType=\"").append(ChartWorkbook.CONTENT_TYPE).append("\"/>");
            override(types, "/word/document.xml", CT + "wordprocessingml.document.main+xml");
            override(types, "/word/styles.xml", CT + "wordprocessingml.styles+xml");
            override(types, "/word/numbering.xml", CT + "wordprocessingml.numbering+xml");
            override(types, "/word/footnotes.xml", CT + "wordprocessingml.footnotes+xml");
            override(types, "/word/settings.xml", CT + "wordprocessingml.settings+xml");
            for (int n = 1; n <= charts.size(); n++) {
                override(types, "/word/charts/chart" + n + ".xml", Charts.CONTENT_TYPE);
            }
            override(types, "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
            override(types, "/docProps/app.xml", CT + "extended-properties+xml");
            types.append("</Types>");

            Xml rels = new Xml(1024 + 160 * charts.size()).append(DECLARATION)
                    .append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
            relationship(rels, "rId1", REL + "styles", "styles.xml");
            relationship(rels, "rId2", REL + "numbering", "numbering.xml");
            relationship(rels, "rId3", REL + "footnotes", "footnotes.xml");
            relationship(rels, "rId4", REL + "settings", "settings.xml");
            for (int n = 1; n <= charts.size(); n++) {
                relationship(rels, chartRel(n), REL + "chart", "charts/chart" + n + ".xml");
            }
            rels.append("</Relationships>");

            Xml root = new Xml(1024).append(DECLARATION)
                    .append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
            relationship(root, "rId1", REL + "officeDocument", "word/document.xml");
            relationship(root, "rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                    + "core-properties", "docProps/core.xml");
            relationship(root, "rId3", REL + "extended-properties", "docProps/app.xml");
            root.append("</Relationships>");

            body.append("</w:body></w:document>");
            notes.append("</w:footnotes>");

            Zips zip = new Zips(16 * 1024 + body.length() / 6 + 4096 * charts.size(), time)
                    .add("[Content_Types].xml", types)
                    .add("_rels/.rels", root)
                    .add("docProps/core.xml", core())
                    .add("docProps/app.xml", APP)
                    .add("word/document.xml", body)
                    .add("word/_rels/document.xml.rels", rels)
                    .add("word/styles.xml", styles.bytes())
                    .add("word/numbering.xml", NUMBERING)
                    .add("word/footnotes.xml", notes)
                    .add("word/settings.xml", SETTINGS);
            for (int n = 1; n <= charts.size(); n++) {
                ReportTables.Chart c = charts.get(n - 1);
                String workbook = "Microsoft_Excel_Worksheet" + n + ".xlsx";
                zip.add("word/charts/chart" + n + ".xml", Charts.xml(c))
                        .add("word/charts/_rels/chart" + n + ".xml.rels", Charts.rels("../embeddings/" + workbook))
                        .add("word/embeddings/" + workbook, ChartWorkbook.of(c, time));
            }
            return zip.toBytes();
        }

        private Xml core() {
            String date = d.year() + "-01-01T00:00:00Z";
            Xml x = new Xml(1024).append(DECLARATION)
                    .append("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/")
                    .append("core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"")
                    .append("http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">")
                    .append("<dc:title>").text(d.title())
                    .append("</dc:title><dc:creator>bedomning</dc:creator><dc:description>")
                    .text(d.source() + " · " + d.rules()).append("</dc:description>")
                    .append("<cp:lastModifiedBy>bedomning</cp:lastModifiedBy>")
                    .append("<dcterms:created xsi:type=\"dcterms:W3CDTF\">").append(date).append("</dcterms:created>")
                    .append("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">").append(date).append("</dcterms:modified>")
                    .append("</cp:coreProperties>");
            return x;
        }
    }

    private static void override(Xml types, String part, String contentType) {
        types.append("<Override PartName=\"").append(part).append("\" ContentType=\"").append(contentType).append("\"/>");
    }

    private static void relationship(Xml rels, String id, String type, String target) {
        rels.append("<Relationship Id=\"").append(id).append("\" Type=\"").append(type).append("\" Target=\"")
                .append(target).append("\"/>");
    }
}
