package se.bedomning.render.docx;

import java.io.IOException;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.util.CellRangeAddress;
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
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
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

    static void add(XWPFDocument doc, XWPFRun at, ReportTables.Chart c, Date fixed)
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
        XDDFCategoryDataSource cats = XDDFDataSourcesFactory.fromArray(years,
                chart.formatRange(new CellRangeAddress(1, n, 0, 0)), 0);
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
                    chart.formatRange(new CellRangeAddress(1, n, i + 1, i + 1)), i + 1);
            XDDFChartData.Series series = data.addSeries(cats, vals);
            series.setTitle(s.label(), chart.setSheetTitle(s.label(), i + 1));
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
        }
        chart.plot(data);
        // A year without a value is a gap, as the table shows it, never a drop to 0.
        var blanks = chart.getCTChart().isSetDispBlanksAs() ? chart.getCTChart().getDispBlanksAs()
                : chart.getCTChart().addNewDispBlanksAs();
        blanks.setVal(STDispBlanksAs.GAP);
        // The embedded workbook (the chart's editable data) is saved when the document is; its dates are fixed
        // like the document's.
        XSSFWorkbook wb = chart.getWorkbook();
        wb.getProperties().getCoreProperties().setCreated(Optional.of(fixed));
        wb.getProperties().getCoreProperties().setModified(Optional.of(fixed));
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
