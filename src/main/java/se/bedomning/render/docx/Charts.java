package se.bedomning.render.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTExternalData;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs;
import se.bedomning.render.ReportTables;

/**
 * A native Word chart (DrawingML, with its data in an embedded workbook the analyst edits in Word) for one
 * headline indicator: a line per group over the years, or bars when there is one year. A year without a value
 * is a gap in the line, never 0.
 */
final class Charts {

    /** 15 × 7,5 cm in EMU (360 000 per cm): the width of the text, a third of the page high. */
    static final int WIDTH = 15 * 360_000;
    static final int HEIGHT = 7 * 360_000 + 180_000;

    private Charts() {
    }

    static void add(XWPFDocument doc, XWPFRun at, ReportTables.Chart c, LocalDateTime time)
            throws IOException, InvalidFormatException {
        XWPFChart chart = doc.createChart(at, WIDTH, HEIGHT);
        // The caption above names the chart, as the report's "Diagram N." does; a title inside would repeat it.
        chart.setAutoTitleDeleted(true);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setTitle(c.unitLabel());
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        if (c.kind() == ReportTables.ChartKind.BAR) {
            y.setMinimum(0);
        }
        int n = c.years().size();
        String[] years = c.years().stream().map(String::valueOf).toArray(String[]::new);
        XDDFCategoryDataSource cats = XDDFDataSourcesFactory.fromArray(years, ChartWorkbook.range(0, 2, n + 1), 0);
        XDDFChartData data;
        if (c.kind() == ReportTables.ChartKind.BAR) {
            XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
            bars.setBarDirection(BarDirection.COL);
            data = bars;
        } else {
            data = chart.createData(ChartTypes.LINE, x, y);
        }
        data.setVaryColors(false);
        List<ReportTables.ChartSeries> lines = c.series();
        for (int i = 0; i < lines.size(); i++) {
            ReportTables.ChartSeries s = lines.get(i);
            Double[] values = s.values().stream().map(v -> v == null ? null : v.doubleValue()).toArray(Double[]::new);
            XDDFNumericalDataSource<Double> vals = XDDFDataSourcesFactory.fromArray(values,
                    ChartWorkbook.range(i + 1, 2, n + 1), i + 1);
            XDDFChartData.Series series = data.addSeries(cats, vals);
            series.setTitle(s.label(), new CellReference(ChartWorkbook.SHEET, 0, i + 1, true, true));
            XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(colour(s, i)));
            if (series instanceof XDDFLineChartData.Series line) {
                XDDFLineProperties lp = new XDDFLineProperties(fill);
                lp.setWidth(2.0);
                if (s.median()) {
                    lp.setPresetDash(new XDDFPresetLineDash(PresetLineDash.DASH));
                }
                line.setLineProperties(lp);
                line.setMarkerStyle(MarkerStyle.CIRCLE);
                line.setSmooth(false);
            } else {
                series.setFillProperties(fill);
            }
            // The series' formulas and number cache only; the data lives in our own embedded workbook (below),
            // so POI's XDDFChart.plot, which builds an XSSFWorkbook per chart, is not used.
            series.plot();
        }
        // A year without a value is a gap, as the table shows it, never a drop to 0.
        var blanks = chart.getCTChart().isSetDispBlanksAs() ? chart.getCTChart().getDispBlanksAs()
                : chart.getCTChart().addNewDispBlanksAs();
        blanks.setVal(STDispBlanksAs.GAP);
        embed(chart, ChartWorkbook.of(c, time));
    }

    /** The chart's data as an embedded workbook (Word's "Edit data"), linked from c:externalData. */
    private static void embed(XWPFChart chart, byte[] workbook) throws IOException, InvalidFormatException {
        PackagePart part = chart.getPackagePart();
        String name = part.getPartName().getName().replace("/charts/chart", "/embeddings/Microsoft_Excel_Worksheet")
                .replace(".xml", ".xlsx");
        PackagePartName partName = PackagingURIHelper.createPartName(name);
        PackagePart embedded = part.getPackage().createPart(partName, ChartWorkbook.CONTENT_TYPE);
        try (OutputStream out = embedded.getOutputStream()) {
            out.write(workbook);
        }
        PackageRelationship rel = part.addRelationship(partName, TargetMode.INTERNAL,
                POIXMLDocument.PACK_OBJECT_REL_TYPE);
        CTExternalData external = chart.getCTChartSpace().addNewExternalData();
        external.setId(rel.getId());
        external.addNewAutoUpdate().setVal(false);
    }

    /** Colours told apart in print and by most colour-blind readers (Okabe–Ito); the median in grey. */
    private static final int[] PALETTE = {0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7, 0xE69F00, 0x56B4E9, 0xF0E442,
        0x000000};
    private static final int MEDIAN = 0x7F7F7F;

    private static byte[] colour(ReportTables.ChartSeries s, int i) {
        int rgb = s.median() ? MEDIAN : PALETTE[i % PALETTE.length];
        return new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb};
    }
}
