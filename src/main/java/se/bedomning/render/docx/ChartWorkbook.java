package se.bedomning.render.docx;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import se.bedomning.render.ReportTables;

/**
 * The workbook embedded in a chart, which Word opens when the analyst edits the chart's data: years down
 * column A, a column per series with its name in row 1, a blank cell where the source has no value. Written as
 * the few SpreadsheetML parts Excel needs, with fixed entry times: POI's XSSFWorkbook per chart (a full
 * workbook built, filled and zipped) cost a third of the document's time, and the data is a small grid.
 */
final class ChartWorkbook {

    static final String SHEET = "Blad1";
    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ChartWorkbook() {
    }

    static byte[] of(ReportTables.Chart c, LocalDateTime time) {
        Xml sheet = new Xml(512 + 64 * c.years().size() * (1 + c.series().size()))
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
                .append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        List<ReportTables.ChartSeries> series = c.series();
        sheet.append("<row r=\"1\">");
        for (int s = 0; s < series.size(); s++) {
            text(sheet, column(s + 1) + 1, series.get(s).label());
        }
        sheet.append("</row>");
        for (int y = 0; y < c.years().size(); y++) {
            int row = y + 2;
            sheet.append("<row r=\"").append(row).append("\">");
            text(sheet, "A" + row, String.valueOf(c.years().get(y)));
            for (int s = 0; s < series.size(); s++) {
                BigDecimal v = series.get(s).values().get(y);
                if (v != null) {
                    sheet.append("<c r=\"").append(column(s + 1)).append(row).append("\"><v>")
                            .append(v.toPlainString()).append("</v></c>");
                }
            }
            sheet.append("</row>");
        }
        sheet.append("</sheetData></worksheet>");
        return new Zips(2048, time)
                .add("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.worksheet+xml\"/></Types>")
                .add("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>")
                .add("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\""
                    + "http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\""
                    + SHEET + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")
                .add("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>")
                .add("xl/worksheets/sheet1.xml", sheet)
                .toBytes();
    }

    private static void text(Xml sb, String ref, String text) {
        sb.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">").text(text)
                .append("</t></is></c>");
    }

    /** The column letters of a 0-based index: 0 → A, 25 → Z, 26 → AA. */
    static String column(int index) {
        StringBuilder sb = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            sb.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return sb.toString();
    }

    /** An absolute reference to a cell range of the sheet, as a chart's formulas write it. */
    static String range(int col, int firstRow, int lastRow) {
        String c = "$" + column(col) + "$";
        return SHEET + "!" + c + firstRow + (lastRow == firstRow ? "" : ":" + c + lastRow);
    }
}
