package se.bedomning.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.bedomning.facts.Action;
import se.bedomning.facts.ActionStatus;
import se.bedomning.facts.Actor;
import se.bedomning.facts.BaseKind;
import se.bedomning.facts.ActionSource;
import se.bedomning.facts.Codes;
import se.bedomning.facts.Dimensions;
import se.bedomning.facts.FactSet;
import se.bedomning.facts.Group;
import se.bedomning.facts.Indicator;
import se.bedomning.facts.MissingValue;
import se.bedomning.facts.Note;
import se.bedomning.facts.Point;
import se.bedomning.facts.Polarity;
import se.bedomning.facts.Provision;
import se.bedomning.facts.SeriesData;
import se.bedomning.facts.Sex;
import se.bedomning.facts.TargetGroup;
import se.bedomning.facts.Topic;
import se.bedomning.facts.Unit;
import se.bedomning.facts.ViolenceType;
import se.bedomning.io.WorkbookLayout.YearField;

/**
 * Writes a fact set as the workbook an analyst fills in for the next year: a sheet per Mål with one row per
 * indicator × group and a column per year (the new year blank and highlighted), the quote of every value in
 * a "källa" column beside it, series notes, and the indicator and group metadata where new ones can be
 * added. Read back unchanged by {@link WorkbookReader} it gives the same facts.
 */
public final class WorkbookWriter {

    /** Excel's widths are in 1/256 of a character; wider than this a column hides its neighbours. */
    private static final int MAX_WIDTH_CHARS = 60;
    private static final int VALIDATED_ROWS = 1000;

    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final CellStyle header;
    private final CellStyle newYearHeader;
    private final CellStyle newYear;
    private final Map<String, CellStyle> numberStyles = new HashMap<>();
    private final int year;

    private WorkbookWriter(int year) {
        this.year = year;
        Font bold = wb.createFont();
        bold.setBold(true);
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        newYearHeader = wb.createCellStyle();
        newYearHeader.cloneStyleFrom(header);
        newYearHeader.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        newYear = wb.createCellStyle();
        newYear.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        newYear.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    /** The workbook's bytes for {@code facts}, with {@code year} as the year to fill in (at least the facts' year). */
    public static byte[] write(FactSet facts, int year) {
        if (year < facts.year()) {
            throw new IllegalArgumentException("the workbook's year " + year + " is before the facts' year " + facts.year());
        }
        WorkbookWriter w = new WorkbookWriter(year);
        try (XSSFWorkbook wb = w.wb) {
            w.about(facts);
            for (int goal = Indicator.FIRST_GOAL; goal <= Indicator.LAST_GOAL; goal++) {
                int g = goal;
                w.goal(goal, facts.series().stream().filter(s -> s.indicator().goal() == g).toList());
            }
            w.notes(facts.series());
            w.indicators(facts.series());
            w.groups(facts.series());
            if (!facts.actions().isEmpty()) {
                w.actions(facts.actions());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            // Written to memory: an IOException here is a bug, not a user error.
            throw new UncheckedIOException(e);
        }
    }

    private void about(FactSet facts) {
        Sheet s = wb.createSheet(WorkbookLayout.ABOUT);
        Table t = new Table(s);
        t.headings(List.of("fält", "värde"), Set.of());
        t.row(WorkbookLayout.KEY_FORMAT, WorkbookLayout.FORMAT);
        t.row(WorkbookLayout.KEY_REGION, facts.region());
        t.row(WorkbookLayout.KEY_REPORT, facts.report());
        Row r = t.row(WorkbookLayout.KEY_YEAR, null);
        r.createCell(1).setCellValue(year);
        for (String note : facts.notes()) {
            t.row(WorkbookLayout.KEY_NOTE, note);
        }
        // Only when it is not the default, so a workbook of the handlingsplan's åtgärder is as before.
        if (facts.actionSource() != ActionSource.HANDLINGSPLAN) {
            t.row(WorkbookLayout.KEY_ACTION_SOURCE, facts.actionSource().code());
        }
        String[] help = {
            "Så fyller du i nästa års data (kolumn A och B läses, kolumn D aldrig):",
            "1. Skriv årets värden i den gula kolumnen på bladen Mål 1–8, och citatet eller källan i kolumnen \"" + year
                    + " källa\".",
            "2. Ett intervall skrivs 94–95, ett ungefärligt värde cirka 60, ett värde som saknas .. (sekretess),"
                    + " . (ej tillämpligt) eller - (saknas). En tom cell betyder att året inte ingår i serien.",
            "3. En ny indikator: lägg till en rad på bladet Indikatorer och en rad på rätt Mål-blad.",
            "   Åtgärder (om bladet finns): status, citat och utfall per åtgärd, utfall som \"cirka 350 deltagare |"
                    + " 3 av 6 kommuner\", citaten för utfallen ett per rad i \"utfall citat\".",
            // The field decides whether the draft speaks of the handlingsplan's åtgärder or of the agency's own
            // activities, so it is explained here whether or not this year's file has the row.
            "   " + WorkbookLayout.KEY_ACTION_SOURCE + " (en rad på det här bladet, värdet i kolumn B): "
                    + ActionSource.ACTIVITIES.code() + " när rapporten redovisar myndighetens egna aktiviteter, var och en"
                    + " på bladet " + WorkbookLayout.ACTIONS + " under numret på den åtgärd i handlingsplanen som den"
                    + " motsvarar; " + ActionSource.HANDLINGSPLAN.code() + " (eller ingen rad) när rapporten följer upp"
                    + " handlingsplanens åtgärder.",
            "4. Spara som .xlsx och kör: ./bedomning draft --data FIL.xlsx"};
        for (int i = 0; i < help.length; i++) {
            Row hr = s.getRow(i) != null ? s.getRow(i) : s.createRow(i);
            hr.createCell(3).setCellValue(help[i]);
        }
        t.widths();
        s.setColumnWidth(3, 100 * 256);
        s.createFreezePane(0, 1);
    }

    private void goal(int goal, List<SeriesData> series) {
        Sheet s = wb.createSheet(WorkbookLayout.goalSheet(goal));
        TreeSet<Integer> years = new TreeSet<>();
        years.add(year);
        EnumSet<YearField> fields = EnumSet.of(YearField.VALUE, YearField.QUOTE);
        for (SeriesData sd : series) {
            for (Point p : sd.points()) {
                years.add(p.year());
                if (p.median() != null) {
                    fields.add(YearField.MEDIAN);
                }
                if (p.base() != null) {
                    fields.add(YearField.BASE);
                }
                if (p.count() != null) {
                    fields.add(YearField.COUNT);
                }
            }
            sd.missing().forEach(m -> years.add(m.year()));
        }
        List<String> headings = new ArrayList<>(List.of(WorkbookLayout.COL_INDICATOR, WorkbookLayout.COL_GROUP,
                WorkbookLayout.COL_NAME));
        Map<Integer, Map<YearField, Integer>> columnOf = new LinkedHashMap<>();
        Set<Integer> highlighted = new java.util.HashSet<>();
        for (int y : years) {
            Map<YearField, Integer> cols = new java.util.EnumMap<>(YearField.class);
            for (YearField f : fields) {
                cols.put(f, headings.size());
                if (y == year) {
                    highlighted.add(headings.size());
                }
                headings.add(f.heading(y));
            }
            columnOf.put(y, cols);
        }
        Table t = new Table(s);
        t.headings(headings, highlighted);
        DataValidationHelper dv = s.getDataValidationHelper();
        for (SeriesData sd : series) {
            Row r = t.row(sd.indicator().id(), sd.group().id());
            Cell name = r.createCell(2);
            name.setCellValue((sd.indicator().name() + " " + sd.group().label()).strip());
            t.measure(2, name.getStringCellValue());
            for (int col : highlighted) {
                r.createCell(col).setCellStyle(newYear);
            }
            for (Point p : sd.points()) {
                Map<YearField, Integer> cols = columnOf.get(p.year());
                Cell v = cell(r, cols.get(YearField.VALUE));
                if (p.isRange() || p.approximate()) {
                    String text = p.isRange() ? WorkbookLayout.range(p.low(), p.high()) : WorkbookLayout.swedish(p.value());
                    v.setCellValue(p.approximate() ? WorkbookLayout.APPROXIMATE_WORD + " " + text : text);
                } else {
                    number(v, p.value());
                }
                number(cols, r, YearField.MEDIAN, p.median());
                number(cols, r, YearField.BASE, p.base());
                number(cols, r, YearField.COUNT, p.count());
                text(t, cols, r, p.quote());
            }
            for (MissingValue m : sd.missing()) {
                Map<YearField, Integer> cols = columnOf.get(m.year());
                cell(r, cols.get(YearField.VALUE)).setCellValue(m.reason().marker());
                text(t, cols, r, m.quote());
            }
            validate(s, dv, r.getRowNum(), sd.indicator().unit(), columnOf);
        }
        t.widths();
        for (Map<YearField, Integer> cols : columnOf.values()) {
            s.setColumnWidth(cols.get(YearField.QUOTE), 40 * 256);
        }
        s.createFreezePane(WorkbookLayout.FIXED_COLUMNS, 1);
    }

    /** Excel refuses a share over 100 (a mean over 10, a negative count) as it is typed; text (a range, "..") passes. */
    private static void validate(Sheet s, DataValidationHelper dv, int row, Unit unit,
            Map<Integer, Map<YearField, Integer>> columnOf) {
        CellRangeAddressList cells = new CellRangeAddressList();
        int first = -1;
        for (Map<YearField, Integer> cols : columnOf.values()) {
            for (YearField f : List.of(YearField.VALUE, YearField.MEDIAN)) {
                Integer c = cols.get(f);
                if (c != null) {
                    cells.addCellRangeAddress(row, c, row, c);
                    first = first < 0 ? c : first;
                }
            }
        }
        String ref = WorkbookLayout.columnName(first) + (row + 1);
        String bound = switch (unit) {
            case PERCENT -> "AND(" + ref + ">=0," + ref + "<=100)";
            case MEAN_0_10 -> "AND(" + ref + ">=0," + ref + "<=10)";
            case COUNT, RATE_PER_100K -> ref + ">=0";
        };
        DataValidation v = dv.createValidation(dv.createCustomConstraint("OR(ISTEXT(" + ref + ")," + bound + ")"), cells);
        v.setShowErrorBox(true);
        v.createErrorBox("Värdet ryms inte i enheten", switch (unit) {
            case PERCENT -> "En andel anges i procent, 0–100.";
            case MEAN_0_10 -> "Ett medelvärde på skalan 0–10 anges 0–10.";
            case COUNT, RATE_PER_100K -> "Värdet kan inte vara negativt.";
        } + " Ett intervall (94–95), cirka 60 eller .. / . / - skrivs som text.");
        s.addValidationData(v);
    }

    private void notes(List<SeriesData> series) {
        Sheet s = wb.createSheet(WorkbookLayout.NOTES);
        Table t = new Table(s);
        t.headings(WorkbookLayout.NOTE_COLUMNS, Set.of());
        for (SeriesData sd : series) {
            for (Note n : sd.notes()) {
                Row r = t.row(sd.indicator().id(), sd.group().id());
                t.text(r, 2, n.kind().code());
                if (n.year() != null) {
                    r.createCell(3).setCellValue(n.year());
                }
                t.text(r, 4, n.text());
                t.text(r, 5, n.quote());
            }
            if (sd.baseRange() != null) {
                Row r = t.row(sd.indicator().id(), sd.group().id());
                t.text(r, 2, WorkbookLayout.BASE_RANGE);
                t.text(r, 4, WorkbookLayout.range(sd.baseRange().min(), sd.baseRange().max()));
                t.text(r, 5, sd.baseRange().quote());
            }
        }
        t.widths();
        s.createFreezePane(0, 1);
        list(s, 2, NoteKindCodes.ALL);
    }

    private void indicators(List<SeriesData> series) {
        Sheet s = wb.createSheet(WorkbookLayout.INDICATORS);
        Table t = new Table(s);
        t.headings(WorkbookLayout.INDICATOR_COLUMNS, Set.of());
        Set<String> seen = new java.util.HashSet<>();
        for (SeriesData sd : series) {
            Indicator i = sd.indicator();
            if (!seen.add(i.id())) {
                continue;
            }
            Row r = t.row(i.id(), i.name());
            t.text(r, 2, i.subject());
            r.createCell(3).setCellValue(i.goal());
            t.text(r, 4, i.violenceType().code());
            t.text(r, 5, i.unit().code());
            t.text(r, 6, i.polarity().code());
            t.text(r, 7, i.source());
            t.text(r, 8, i.baseKind() == null ? null : i.baseKind().code());
            t.text(r, 9, i.respondent());
            t.text(r, 10, i.question());
            t.text(r, 11, i.family());
            t.text(r, 12, i.population());
            if (i.distribution()) {
                r.createCell(13).setCellValue(true);
            }
            Dimensions d = i.dimensions();
            t.text(r, 14, d.topic() == null ? null : d.topic().code());
            t.text(r, 15, d.targetGroup() == null ? null : d.targetGroup().code());
            t.text(r, 16, d.provision() == null ? null : d.provision().code());
            t.text(r, 17, d.actor() == null ? null : d.actor().code());
        }
        t.widths();
        s.createFreezePane(1, 1);
        list(s, 4, Codes.allowed(ViolenceType.class));
        list(s, 5, Codes.allowed(Unit.class));
        list(s, 6, Codes.allowed(Polarity.class));
        list(s, 8, Codes.allowed(BaseKind.class));
        list(s, 14, Codes.allowed(Topic.class));
        list(s, 15, Codes.allowed(TargetGroup.class));
        list(s, 16, Codes.allowed(Provision.class));
        list(s, 17, Codes.allowed(Actor.class));
    }

    private void groups(List<SeriesData> series) {
        Sheet s = wb.createSheet(WorkbookLayout.GROUPS);
        Table t = new Table(s);
        t.headings(WorkbookLayout.GROUP_COLUMNS, Set.of());
        Set<String> seen = new java.util.HashSet<>();
        for (SeriesData sd : series) {
            Group g = sd.group();
            if (seen.add(g.id())) {
                Row r = t.row(g.id(), g.label());
                t.text(r, 2, g.sex() == null ? null : g.sex().code());
                t.text(r, 3, g.segment());
            }
        }
        t.widths();
        s.createFreezePane(1, 1);
        list(s, 2, Codes.allowed(Sex.class));
    }

    /** One row per åtgärd; outputs and reach in the CSV section's text form, so one parser reads both. */
    private void actions(List<Action> actions) {
        Sheet s = wb.createSheet(WorkbookLayout.ACTIONS);
        Table t = new Table(s);
        t.headings(WorkbookLayout.ACTION_COLUMNS, Set.of());
        for (Action a : actions) {
            Row r = t.row(a.id(), null);
            r.createCell(1).setCellValue(a.goal());
            t.text(r, 2, a.title());
            t.text(r, 3, a.actor());
            t.text(r, 4, a.status().code());
            t.text(r, 5, a.statusQuote());
            t.text(r, 6, ActionRows.outputsText(a));
            List<String> quotes = ActionRows.outputQuotes(a);
            if (!quotes.stream().allMatch(q -> q.equals(a.statusQuote()))) {
                t.text(r, 7, String.join("\n", quotes));
            }
            t.text(r, 8, a.reportedUnder());
            // The dimensions themes join on: the catalog's topic code and the actor codes, comma-separated.
            t.text(r, 9, a.topic() == null ? null : a.topic().code());
            t.text(r, 10, a.actors().isEmpty() ? null
                    : String.join(", ", a.actors().stream().map(Actor::code).toList()));
        }
        t.widths();
        s.createFreezePane(1, 1);
        list(s, 4, Codes.allowed(ActionStatus.class));
        list(s, 9, Codes.allowed(Topic.class));
    }

    /** A drop-down of the allowed codes in {@code column} below the heading. */
    private static void list(Sheet s, int column, String allowed) {
        DataValidationHelper dv = s.getDataValidationHelper();
        DataValidationConstraint c = dv.createExplicitListConstraint(allowed.split(", "));
        DataValidation v = dv.createValidation(c, new CellRangeAddressList(1, VALIDATED_ROWS, column, column));
        v.setShowErrorBox(true);
        v.setEmptyCellAllowed(true);
        s.addValidationData(v);
    }

    private static Cell cell(Row r, int column) {
        Cell c = r.getCell(column);
        return c != null ? c : r.createCell(column);
    }

    private void number(Map<YearField, Integer> cols, Row r, YearField f, BigDecimal v) {
        if (v != null) {
            number(cell(r, cols.get(f)), v);
        }
    }

    private void text(Table t, Map<YearField, Integer> cols, Row r, String quote) {
        if (quote != null && !quote.isEmpty()) {
            Cell c = cell(r, cols.get(YearField.QUOTE));
            c.setCellValue(quote);
        }
    }

    /**
     * A numeric cell whose format shows as many decimals as the source gave ("6,0" stays "6,0"); the reader
     * takes the scale back from the format, so 6.0 and 6 round-trip as written.
     */
    private void number(Cell c, BigDecimal v) {
        int scale = Math.max(0, v.scale());
        String format = "#,##0" + (scale > 0 ? "." + "0".repeat(scale) : "");
        CellStyle base = c.getCellStyle();
        String key = format + "|" + base.getIndex();
        CellStyle style = numberStyles.computeIfAbsent(key, k -> {
            CellStyle st = wb.createCellStyle();
            st.cloneStyleFrom(base);
            st.setDataFormat(wb.createDataFormat().getFormat(format));
            return st;
        });
        c.setCellStyle(style);
        c.setCellValue(v.doubleValue());
    }

    /** Rows appended below a bold heading, with column widths that fit the longest text. */
    private final class Table {
        private final Sheet sheet;
        private final Map<Integer, Integer> width = new HashMap<>();
        private int next;

        Table(Sheet sheet) {
            this.sheet = sheet;
        }

        void headings(List<String> names, Set<Integer> highlighted) {
            Row r = sheet.createRow(next++);
            for (int i = 0; i < names.size(); i++) {
                Cell c = r.createCell(i);
                c.setCellValue(names.get(i));
                c.setCellStyle(highlighted.contains(i) ? newYearHeader : header);
                measure(i, names.get(i));
            }
        }

        Row row(String a, String b) {
            Row r = sheet.createRow(next++);
            text(r, 0, a);
            text(r, 1, b);
            return r;
        }

        void text(Row r, int column, String value) {
            if (value != null && !value.isEmpty()) {
                cell(r, column).setCellValue(value);
                measure(column, value);
            }
        }

        void measure(int column, String text) {
            width.merge(column, Math.min(MAX_WIDTH_CHARS, text.length() + 2), Math::max);
        }

        void widths() {
            width.forEach((c, w) -> sheet.setColumnWidth(c, Math.max(8, w) * 256));
        }
    }

    /** The note kinds and the base range, for the drop-down on the notes sheet. */
    private static final class NoteKindCodes {
        static final String ALL = Codes.allowed(se.bedomning.facts.NoteKind.class) + ", " + WorkbookLayout.BASE_RANGE;
    }
}
