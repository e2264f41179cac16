package se.bedomning.render.docx;

import java.math.BigDecimal;
import java.util.List;
import se.bedomning.render.ReportTables;

/**
 * A native Word chart (a DrawingML chart part, with its data in an embedded workbook the analyst edits in Word)
 * for one headline indicator: a line per group over the years, or bars when there is one year. A year without
 * a value is a gap in the line, never 0. Written as text: the chart part is a fixed shape around the series,
 * and building it through POI's XDDF objects (and committing them) cost more than the rest of the document.
 */
final class Charts {

    /** 15 × 7,5 cm in EMU (360 000 per cm): the width of the text, a third of the page high. */
    static final int WIDTH = 15 * 360_000;
    static final int HEIGHT = 7 * 360_000 + 180_000;

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
    static final String C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    /** The chart's relationship to its workbook, which c:externalData names. */
    static final String WORKBOOK_REL = "rId1";

    private Charts() {
    }

    /** The chart part (chartN.xml) of {@code c}, its data referring to the embedded workbook's cells. */
    static Xml xml(ReportTables.Chart c) {
        List<ReportTables.ChartSeries> series = c.series();
        int n = c.years().size();
        Xml x = new Xml(3072 + (700 + 100 * n) * series.size());
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><c:chartSpace xmlns:c=\"").append(C)
                .append("\" xmlns:a=\"").append(A).append("\" xmlns:r=\"").append(R).append("\">")
                .append("<c:date1904 val=\"0\"/><c:lang val=\"").append(DocxStyles.LANGUAGE)
                .append("\"/><c:roundedCorners val=\"0\"/><c:chart>")
                // The caption above names the chart, as the report's "Diagram N." does; a title inside would repeat it.
                .append("<c:autoTitleDeleted val=\"1\"/><c:plotArea><c:layout/>");
        boolean bars = c.kind() == ReportTables.ChartKind.BAR;
        x.append(bars ? "<c:barChart><c:barDir val=\"col\"/><c:grouping val=\"clustered\"/>"
                : "<c:lineChart><c:grouping val=\"standard\"/>").append("<c:varyColors val=\"0\"/>");
        String cats = ChartWorkbook.range(0, 2, n + 1);
        for (int i = 0; i < series.size(); i++) {
            ReportTables.ChartSeries s = series.get(i);
            x.append("<c:ser><c:idx val=\"").append(i).append("\"/><c:order val=\"").append(i).append("\"/>");
            x.append("<c:tx><c:strRef><c:f>").append(ChartWorkbook.SHEET).append("!$")
                    .append(ChartWorkbook.column(i + 1)).append("$1</c:f><c:strCache><c:ptCount val=\"1\"/>")
                    .append("<c:pt idx=\"0\"><c:v>");
            x.text(s.label()).append("</c:v></c:pt></c:strCache></c:strRef></c:tx>");
            String colour = colour(s, i);
            if (bars) {
                x.append("<c:spPr><a:solidFill><a:srgbClr val=\"").append(colour).append("\"/></a:solidFill></c:spPr>")
                        .append("<c:invertIfNegative val=\"0\"/>");
            } else {
                x.append("<c:spPr><a:ln w=\"25400\" cap=\"rnd\"><a:solidFill><a:srgbClr val=\"").append(colour)
                        .append("\"/></a:solidFill>").append(s.median() ? "<a:prstDash val=\"dash\"/>" : "")
                        .append("<a:round/></a:ln></c:spPr><c:marker><c:symbol val=\"circle\"/><c:size val=\"5\"/>")
                        .append("<c:spPr><a:solidFill><a:srgbClr val=\"").append(colour)
                        .append("\"/></a:solidFill><a:ln><a:solidFill><a:srgbClr val=\"").append(colour)
                        .append("\"/></a:solidFill></a:ln></c:spPr></c:marker>");
            }
            x.append("<c:cat><c:strRef><c:f>").append(cats).append("</c:f><c:strCache><c:ptCount val=\"").append(n)
                    .append("\"/>");
            for (int y = 0; y < n; y++) {
                x.append("<c:pt idx=\"").append(y).append("\"><c:v>").append(c.years().get(y).intValue())
                        .append("</c:v></c:pt>");
            }
            x.append("</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>")
                    .append(ChartWorkbook.range(i + 1, 2, n + 1))
                    .append("</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val=\"").append(n)
                    .append("\"/>");
            // A year without a value has no point in the cache (and a blank cell in the workbook): a gap.
            for (int y = 0; y < n; y++) {
                BigDecimal v = s.values().get(y);
                if (v != null) {
                    x.append("<c:pt idx=\"").append(y).append("\"><c:v>").append(v.toPlainString())
                            .append("</c:v></c:pt>");
                }
            }
            x.append("</c:numCache></c:numRef></c:val>");
            if (!bars) {
                x.append("<c:smooth val=\"0\"/>");
            }
            x.append("</c:ser>");
        }
        if (bars) {
            x.append("<c:gapWidth val=\"150\"/>");
        } else {
            x.append("<c:marker val=\"1\"/>");
        }
        x.append("<c:axId val=\"1\"/><c:axId val=\"2\"/>").append(bars ? "</c:barChart>" : "</c:lineChart>");
        x.append("<c:catAx><c:axId val=\"1\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling>")
                .append("<c:delete val=\"0\"/><c:axPos val=\"b\"/><c:numFmt formatCode=\"General\" sourceLinked=\"1\"/>")
                .append("<c:majorTickMark val=\"out\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>")
                .append("<c:crossAx val=\"2\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/>")
                .append("<c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx>");
        x.append("<c:valAx><c:axId val=\"2\"/><c:scaling><c:orientation val=\"minMax\"/>")
                // Bars start at 0, so their heights compare; a line's axis fits its values.
                .append(bars ? "<c:min val=\"0\"/>" : "").append("</c:scaling><c:delete val=\"0\"/><c:axPos val=\"l\"/>")
                .append("<c:majorGridlines><c:spPr><a:ln w=\"6350\"><a:solidFill><a:srgbClr val=\"D9D9D9\"/>")
                .append("</a:solidFill></a:ln></c:spPr></c:majorGridlines>")
                .append("<c:title><c:tx><c:rich><a:bodyPr rot=\"-5400000\" vert=\"horz\"/><a:lstStyle/><a:p><a:pPr>")
                .append("<a:defRPr b=\"0\"/></a:pPr><a:r><a:rPr lang=\"").append(DocxStyles.LANGUAGE)
                .append("\" b=\"0\"/><a:t>");
        x.text(c.unitLabel()).append("</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title>")
                .append("<c:numFmt formatCode=\"General\" sourceLinked=\"1\"/><c:majorTickMark val=\"out\"/>")
                .append("<c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"1\"/>")
                .append("<c:crosses val=\"autoZero\"/><c:crossBetween val=\"").append(bars ? "between" : "midCat")
                .append("\"/></c:valAx></c:plotArea>")
                .append("<c:legend><c:legendPos val=\"b\"/><c:overlay val=\"0\"/></c:legend>")
                .append("<c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart>")
                .append("<c:externalData r:id=\"").append(WORKBOOK_REL)
                .append("\"><c:autoUpdate val=\"0\"/></c:externalData></c:chartSpace>");
        return x;
    }

    /** The chart part's relationships: its embedded workbook. */
    static String rels(String workbookTarget) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\""
                + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"" + WORKBOOK_REL
                + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/package\" Target=\""
                + workbookTarget + "\"/></Relationships>";
    }

    /** Colours told apart in print and by most colour-blind readers (Okabe–Ito); the median in grey. */
    private static final String[] PALETTE = {"0072B2", "D55E00", "009E73", "CC79A7", "E69F00", "56B4E9", "F0E442",
        "000000"};
    private static final String MEDIAN = "7F7F7F";

    private static String colour(ReportTables.ChartSeries s, int i) {
        return s.median() ? MEDIAN : PALETTE[i % PALETTE.length];
    }
}
