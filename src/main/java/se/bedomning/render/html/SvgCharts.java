package se.bedomning.render.html;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import se.bedomning.facts.Unit;
import se.bedomning.render.ReportTables;

/**
 * A chart of {@link ReportTables.Chart} drawn by JFreeChart onto JFreeSVG's Graphics2D, so the page inlines
 * vector markup (no image file, no network) from a charting library rather than hand-written SVG. Every
 * value comes from the chart model, which reads the facts; a null stays a gap in the line, never 0.
 */
final class SvgCharts {

    static final int WIDTH = 640;
    static final int HEIGHT = 300;
    /** The longest legend entry that fits across the chart at the legend's font size. */
    static final int LEGEND_CHARS = 80;

    /** Swedish tick labels: "2 455 914", "6,5" (the locale's grouping space and decimal comma). */
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    /** Distinct colours that stay apart in grey print and for the common colour-vision deficiencies. */
    private static final Color[] PALETTE = {new Color(0x1b4f72), new Color(0xd35400), new Color(0x117a65),
        new Color(0x7d3c98), new Color(0xb7950b), new Color(0x943126)};
    private static final Color MEDIAN = new Color(0x595959);
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

    /**
     * Tick units with Swedish formats, made once per thread: building them makes a DecimalFormat per unit,
     * and a national batch draws thousands of charts; a DecimalFormat is not safe to share between threads.
     */
    private static final ThreadLocal<TickUnitSource> WHOLE = ThreadLocal.withInitial(
            () -> NumberAxis.createIntegerTickUnits(SWEDISH));
    private static final ThreadLocal<TickUnitSource> DECIMAL = ThreadLocal.withInitial(
            () -> NumberAxis.createStandardTickUnits(SWEDISH));

    private SvgCharts() {
    }

    /** A series key that keeps the model's order and prints as its label (labels could repeat). */
    private record Key(int index, String label) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            return Integer.compare(index, o.index);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * The chart as an {@code <svg>} element with {@code id}; every id inside it starts with {@code id}, so
     * several charts on one page never share a clip path, and the output is the same on every run.
     */
    static String svg(ReportTables.Chart c, String id) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < c.series().size(); i++) {
            ReportTables.ChartSeries s = c.series().get(i);
            Key key = new Key(i, s.label());
            for (int y = 0; y < c.years().size(); y++) {
                BigDecimal v = s.values().get(y);
                data.addValue(v, key, String.valueOf(c.years().get(y)));
            }
        }
        CategoryAxis years = new CategoryAxis(null);
        years.setTickLabelFont(FONT);
        years.setCategoryMargin(0.1);
        NumberAxis values = new NumberAxis(c.unitLabel());
        values.setLabelFont(FONT);
        values.setTickLabelFont(FONT);
        values.setAutoRangeIncludesZero(true);
        values.setStandardTickUnits(c.unit() == Unit.COUNT ? WHOLE.get() : DECIMAL.get());
        if (c.unit() == Unit.MEAN_0_10) {
            // A 0–10 mean on its whole scale, as the report draws it: a change of 0,2 is not made to look steep.
            values.setRange(0, 10);
        }
        AbstractCategoryItemRenderer renderer = c.kind() == ReportTables.ChartKind.BAR ? bars() : lines();
        // A legend entry cannot wrap inside the SVG: a very long group name is cut to fit the width (the full
        // name is in the chart's description and in the data table beside it).
        renderer.setLegendItemLabelGenerator((dataset, series) -> shortened(dataset.getRowKey(series).toString()));
        for (int i = 0; i < c.series().size(); i++) {
            boolean median = c.series().get(i).median();
            renderer.setSeriesPaint(i, median ? MEDIAN : PALETTE[i % PALETTE.length]);
            if (median && renderer instanceof LineAndShapeRenderer) {
                // The country's median is a dashed grey line, so the region's own series stand out.
                renderer.setSeriesStroke(i, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                        new float[] {6f, 4f}, 0f));
            } else {
                renderer.setSeriesStroke(i, new BasicStroke(2.5f));
            }
        }
        CategoryPlot plot = new CategoryPlot(data, years, values, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        // The axes stand a little off the plot, so a point at 0 is seen above the axis line, not under it.
        plot.setAxisOffset(new org.jfree.chart.ui.RectangleInsets(4, 4, 4, 4));
        plot.setRangeGridlinePaint(new Color(0xcccccc));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        JFreeChart chart = new JFreeChart(null, FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemFont(FONT);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        g.setDefsKeyPrefix(id + "-");
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g.getSVGElement(id, false, new ViewBox(0, 0, WIDTH, HEIGHT), null, null);
    }

    /** At most LEGEND_CHARS characters, cut at a word with an ellipsis. */
    static String shortened(String label) {
        if (label.length() <= LEGEND_CHARS) {
            return label;
        }
        int cut = label.lastIndexOf(' ', LEGEND_CHARS - 1);
        return label.substring(0, cut > LEGEND_CHARS / 2 ? cut : LEGEND_CHARS - 1).stripTrailing() + "…";
    }

    private static LineAndShapeRenderer lines() {
        // Shapes on every point: a year between two gaps, or a series of one value, is still seen.
        LineAndShapeRenderer r = new LineAndShapeRenderer(true, true);
        r.setDefaultLegendTextFont(FONT);
        return r;
    }

    private static BarRenderer bars() {
        BarRenderer r = new BarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setItemMargin(0.05);
        r.setMaximumBarWidth(0.15);
        r.setDefaultLegendTextFont(FONT);
        return r;
    }

    /** The series of a chart as a sentence for its {@code <desc>}, with each year's value as the table prints it. */
    static String describe(ReportTables.Chart c, String noValue) {
        StringBuilder sb = new StringBuilder();
        for (ReportTables.ChartSeries s : c.series()) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(s.label()).append(':');
            List<BigDecimal> v = s.values();
            for (int y = 0; y < c.years().size(); y++) {
                sb.append(y == 0 ? " " : ", ").append(c.years().get(y)).append(' ')
                        .append(v.get(y) == null ? noValue : se.bedomning.render.sv.SwedishFormat.cell(c.unit(), v.get(y)));
            }
        }
        return sb.toString();
    }
}
