package se.bedomning.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
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
 * <p>Deterministic: the same draft gives the same bytes. The document's created and modified dates are fixed
 * to 1 January of the draft's year (derived from the facts, never the clock), and the zip entries carry a fixed
 * time (see {@link Zips}).
 */
public final class DocxRenderer {

    /** The width of the text on an A4 page with Word's default margins, in twentieths of a point. */
    private static final int TEXT_WIDTH_TWIPS = 9_072;
    private static final String NUMBERING = "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/"
            + "wordprocessingml/2006/main\"><w:abstractNum w:abstractNumId=\"1\"><w:multiLevelType"
            + " w:val=\"singleLevel\"/><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/>"
            + "<w:lvlText w:val=\"\u2022\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"360\" w:hanging=\"360\"/>"
            + "</w:pPr></w:lvl></w:abstractNum></w:numbering>";

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private final DocxStyles styles;

    public DocxRenderer(DocxStyles styles) {
        this.styles = styles;
    }

    /** The draft, its tables and charts as the bytes of a .docx. */
    public byte[] render(Draft d, ReportTables tables, Wording wording) {
        try (XWPFDocument doc = new XWPFDocument()) {
            new Writer(doc, d, tables, wording).write();
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
            doc.write(out);
            return Zips.withFixedTimes(out.toByteArray(), LocalDate.of(d.year(), 1, 1).atStartOfDay());
        } catch (IOException | InvalidFormatException | XmlException e) {
            throw new IllegalStateException("the Word document could not be built in memory", e);
        }
    }

    static java.time.LocalDateTime fixedTime(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay();
    }

    static Date fixedDate(int year) {
        return Date.from(LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** One document being written; holds the style ids and the footnote numbering. */
    private final class Writer {
        private final XWPFDocument doc;
        private final Draft d;
        private final ReportTables tables;
        private final Wording wording;
        private final Map<String, String> sourceById = new HashMap<>();
        private BigInteger bulletNum;

        Writer(XWPFDocument doc, Draft d, ReportTables tables, Wording wording) {
            this.doc = doc;
            this.d = d;
            this.tables = tables;
            this.wording = wording;
            for (Draft.Section s : d.sections()) {
                for (Draft.Sentence x : s.sentences()) {
                    sourceById.put(x.id(), x.source());
                }
            }
        }

        void write() throws IOException, InvalidFormatException, XmlException {
            doc.createStyles().setStyles(styles.newStyles());
            XWPFNumbering numbering = doc.createNumbering();
            CTAbstractNum abs = NumberingDocument.Factory.parse(NUMBERING).getNumbering().getAbstractNumArray(0);
            BigInteger absId = numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
            bulletNum = numbering.addNum(absId);
            doc.createFootnotes();
            properties();

            paragraph(DocxStyles.TITLE, d.title());
            paragraph(null, d.intro());
            d.notes().forEach(n -> paragraph(null, n));
            if (!d.summary().isEmpty()) {
                paragraph(DocxStyles.HEADING_1, wording.document("summaryHeading"));
                statements(d.summary());
            }
            for (Draft.Section s : d.sections()) {
                section(s);
            }
            appendix();
        }

        private void properties() {
            POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
            Date fixed = fixedDate(d.year());
            core.setCreated(Optional.of(fixed));
            core.setModified(Optional.of(fixed));
            core.setTitle(d.title());
            core.setCreator("bedomning");
            core.setLastModifiedByUser("bedomning");
            core.setDescription(d.source() + " · " + d.rules());
            doc.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("bedomning");
        }

        private void section(Draft.Section s) throws IOException, InvalidFormatException, XmlException {
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
            XWPFParagraph lead = paragraph(null, wording.document("developmentHeading"));
            lead.getRuns().get(0).setBold(true);
            keepNext(lead);
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
                XWPFParagraph cap = paragraph(DocxStyles.CAPTION, c.caption());
                footnote(cap, c.sourceNote());
                XWPFRun at = doc.createParagraph().createRun();
                at.setLang(DocxStyles.LANGUAGE);
                Charts.add(doc, at, c, fixedTime(d.year()));
            }
        }

        /** Sentences of the bedömning or sammanfattning, each followed by a footnote naming its sources. */
        private void statements(List<Draft.Statement> statements) {
            XWPFParagraph p = doc.createParagraph();
            boolean first = true;
            for (Draft.Statement st : statements) {
                run(p, (first ? "" : " ") + st.text());
                first = false;
                Set<String> sources = new LinkedHashSet<>();
                for (Draft.Stated f : st.findings()) {
                    String src = sourceById.get(f.id());
                    if (src != null) {
                        sources.add(src);
                    }
                }
                if (!sources.isEmpty()) {
                    footnote(p, DraftBuilder.fill(wording.document("tableSource"),
                            Map.of("values", String.join("; ", sources))));
                }
            }
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
                    XWPFParagraph lead = paragraph(null, wording.document("actionsHeading"));
                    lead.getRuns().get(0).setBold(true);
                    keepNext(lead);
                    for (Draft.ActionLine l : s.actions()) {
                        String title = l.title().endsWith(".") ? l.title().substring(0, l.title().length() - 1)
                                : l.title();
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
            XWPFParagraph p = doc.createParagraph();
            for (int i = 0; i < sentences.size(); i++) {
                Draft.Sentence x = sentences.get(i);
                run(p, (i == 0 ? "" : " ") + x.text());
                boolean last = i + 1 == sentences.size();
                String src = x.source();
                if (src != null && !src.isBlank() && (last || !src.equals(sentences.get(i + 1).source()))) {
                    footnote(p, DraftBuilder.fill(wording.document("tableSource"), Map.of("values", src)));
                }
            }
        }

        /**
         * The Mål's table, written as WordprocessingML text and parsed once: built node by node through POI, a
         * country's tables (some 450 rows a region) cost more than the rest of the document. Widths sit in the
         * table grid with a fixed layout, borders and fonts come from the Table Grid style (the template's when
         * one is given), and the text inherits the Swedish language from the styles.
         */
        private void table(ReportTables.GoalTable g) throws XmlException {
            XWPFParagraph cap = paragraph(DocxStyles.CAPTION, g.caption());
            footnote(cap, g.sourceNote());
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
            StringBuilder x = new StringBuilder(256 + 160 * cols * (1 + g.rows().size()));
            // XmlBeans reads a type's content from an xml-fragment: the table's children without the w:tbl element.
            x.append("<xml-fragment xmlns:w=\"").append(W).append("\"><w:tblPr><w:tblStyle w:val=\"")
                    .append(ChartWorkbook.escape(styles.id(DocxStyles.TABLE_GRID))).append("\"/><w:tblW w:w=\"")
                    .append(java.util.Arrays.stream(widths).sum()).append("\" w:type=\"dxa\"/>")
                    .append("<w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\""
                            + " w:firstColumn=\"1\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>");
            for (int wd : widths) {
                x.append("<w:gridCol w:w=\"").append(wd).append("\"/>");
            }
            x.append("</w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
            for (int c = 0; c < cols; c++) {
                cell(x, g.header().get(c), c >= 3, true, null);
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
                cell(x, continues ? "" : row.indicatorName(), false, false, merge);
                cell(x, row.groupLabel(), false, false, null);
                cell(x, continues ? "" : row.unitLabel(), false, false, merge);
                for (ReportTables.Cell c : row.cells()) {
                    cell(x, c.text(), true, false, null);
                }
                x.append("</w:tr>");
            }
            x.append("</xml-fragment>");
            doc.getDocument().getBody().addNewTbl().set(CTTbl.Factory.parse(x.toString()));
        }

        private static void cell(StringBuilder x, String text, boolean number, boolean header, String merge) {
            x.append("<w:tc>");
            if (merge != null) {
                x.append("<w:tcPr><w:vMerge w:val=\"").append(merge).append("\"/></w:tcPr>");
            }
            x.append("<w:p>");
            if (number) {
                x.append("<w:pPr><w:jc w:val=\"right\"/></w:pPr>");
            }
            if (!text.isEmpty()) {
                x.append("<w:r>").append(header ? "<w:rPr><w:b/></w:rPr>" : "").append("<w:t xml:space=\"preserve\">")
                        .append(ChartWorkbook.escape(text)).append("</w:t></w:r>");
            }
            x.append("</w:p></w:tc>");
        }

        private XWPFParagraph paragraph(String style, String text) {
            XWPFParagraph p = doc.createParagraph();
            if (style != null) {
                p.setStyle(styles.id(style));
            }
            run(p, text);
            return p;
        }

        /** Keeps a lead-in with what follows (POI's setKeepNext fails on a paragraph without properties). */
        private void keepNext(XWPFParagraph p) {
            (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewKeepNext();
        }

        private void bullet(String text) {
            XWPFParagraph p = paragraph(DocxStyles.LIST_BULLET, text);
            p.setNumID(bulletNum);
            p.setNumILvl(BigInteger.ZERO);
        }

        private XWPFRun run(XWPFParagraph p, String text) {
            XWPFRun r = p.createRun();
            r.setLang(DocxStyles.LANGUAGE);
            r.setText(text);
            return r;
        }

        private void footnote(XWPFParagraph at, String text) {
            if (text == null || text.isBlank()) {
                return;
            }
            XWPFFootnote fn = doc.createFootnote();
            XWPFParagraph p = fn.createParagraph();
            p.setStyle(styles.id(DocxStyles.FOOTNOTE_TEXT));
            run(p, " " + text);
            at.addFootnoteReference(fn);
            List<XWPFRun> runs = at.getRuns();
            runs.get(runs.size() - 1).setStyle(styles.id(DocxStyles.FOOTNOTE_REFERENCE));
            runs.get(runs.size() - 1).setLang(DocxStyles.LANGUAGE);
        }
    }
}
