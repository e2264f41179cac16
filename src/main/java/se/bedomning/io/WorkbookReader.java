package se.bedomning.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.bedomning.facts.Action;
import se.bedomning.facts.ActionStatus;
import se.bedomning.facts.Actor;
import se.bedomning.facts.BaseKind;
import se.bedomning.facts.BaseRange;
import se.bedomning.facts.ActionSource;
import se.bedomning.facts.Codes;
import se.bedomning.facts.Dimensions;
import se.bedomning.facts.FactSet;
import se.bedomning.facts.Group;
import se.bedomning.facts.Indicator;
import se.bedomning.facts.InputNote;
import se.bedomning.facts.MissingReason;
import se.bedomning.facts.MissingValue;
import se.bedomning.facts.Note;
import se.bedomning.facts.NoteKind;
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
import se.bedomning.problem.ExitCode;
import se.bedomning.problem.Problem;

/**
 * Reads the analyst's workbook (the layout {@link WorkbookWriter} writes, see docs/input-format.md) into facts,
 * with the same checks as the JSON and CSV readers. Every problem names the cell as Excel does
 * ({@code Mål 4!F12}), the column heading, the value and what was expected; all of them are reported at once.
 * A file too large, password-protected or not a workbook is refused before the spreadsheet library parses it.
 */
public final class WorkbookReader {

    /** A 300-series workbook is about 50 KB; far larger is the wrong file, and is refused unparsed. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;
    /** An encrypted (password-protected) workbook, like an Excel 97–2003 .xls, is an OLE2 compound file. */
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+([.,]\\d*)?|[.,]\\d+)");
    private static final Pattern GROUPED = Pattern.compile("[-+]?\\d{1,3}([ \u00A0\u202F]\\d{3})+([.,]\\d+)?");
    /** The number formats the writer sets, "#,##0.00": the count of zeros after the point is the scale. */
    private static final Pattern DECIMALS_FORMAT = Pattern.compile("[#,0]*0(?:\\.(0+))?");
    private static final String MISSING_MARKERS = Arrays.stream(MissingReason.values())
            .map(r -> r.marker() + " (" + r.code() + ")").collect(Collectors.joining(", "));

    private final String file;
    private final Problems problems = new Problems();
    private final List<Problem> list = problems.list();
    /** Number cells read from a formula's saved result: the draft says so (Excel may not have recalculated). */
    private final java.util.Set<String> formulaCells = new java.util.LinkedHashSet<>();

    /** A series row being read: where it is, and what its cells gave. */
    private static final class Entry {
        final Indicator indicator;
        final Group group;
        final String at;
        final List<Point> points = new ArrayList<>();
        final List<MissingValue> missing = new ArrayList<>();
        final List<Note> notes = new ArrayList<>();
        BaseRange baseRange;

        Entry(Indicator indicator, Group group, String at) {
            this.indicator = indicator;
            this.group = group;
            this.at = at;
        }
    }

    private final Map<String, Entry> series = new LinkedHashMap<>();

    private WorkbookReader(String file) {
        this.file = file;
    }

    public static FactSet read(Path path, Catalog catalog) {
        String label = path.toString();
        WorkbookReader r = new WorkbookReader(label);
        FactSet facts = null;
        XSSFWorkbook wb = r.open(path);
        if (wb != null) {
            try (wb) {
                facts = r.read(wb, catalog);
            } catch (IOException e) {
                // Closing a workbook opened read-only writes nothing; nothing to report.
            }
        }
        r.problems.throwIfAny(ExitCode.BAD_INPUT, "The workbook " + label + " has problems; nothing was drafted.");
        return facts;
    }

    private void fileProblem(String message) {
        list.add(Problem.at(file, 0, 0, "", message));
    }

    /**
     * The workbook, or null (with the problem noted) when the file cannot be one: not a regular file (a device
     * or pipe is refused before it is opened, as for JSON and CSV), too large (the cap counts the bytes read),
     * encrypted, not a zip, damaged.
     */
    private XSSFWorkbook open(Path path) {
        byte[] bytes;
        try {
            BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
            if (!attrs.isRegularFile()) {
                fileProblem(attrs.isDirectory() ? "is a folder; expected a file" : "is not a regular file (a device,"
                        + " named pipe or socket); save the workbook to a file and pass that file");
                return null;
            }
            long size = attrs.size();
            try (InputStream in = Files.newInputStream(path)) {
                bytes = size > MAX_BYTES ? null : in.readNBytes((int) MAX_BYTES + 1);
            }
            if (bytes == null || bytes.length > MAX_BYTES) {
                fileProblem(String.format(Locale.ROOT, "is %.1f MiB; a workbook is at most %d MiB (a year's"
                        + " workbook with 300 series is about 50 KB) — is this the file you meant?",
                        Math.max(size, bytes == null ? 0 : bytes.length) / 1048576.0, MAX_BYTES / 1048576));
                return null;
            }
        } catch (NoSuchFileException e) {
            fileProblem("does not exist; check the path");
            return null;
        } catch (IOException e) {
            fileProblem("could not be read: " + e.getMessage());
            return null;
        }
        byte[] head = Arrays.copyOf(bytes, OLE2.length);
        if (bytes.length >= OLE2.length && Arrays.equals(head, OLE2)) {
            fileProblem("is password-protected (encrypted) or an old Excel 97–2003 workbook; remove the password"
                    + " (Arkiv → Info → Skydda arbetsbok → Kryptera med lösenord, töm lösenordet) and save it as"
                    + " Excel-arbetsbok (.xlsx), then run again");
            return null;
        }
        if (bytes.length < ZIP.length || !Arrays.equals(Arrays.copyOf(bytes, ZIP.length), ZIP)) {
            fileProblem("is not an Excel workbook: an .xlsx file is a zip archive and this one is not (is it a CSV"
                    + " or another file renamed to .xlsx?); save it from Excel as Excel-arbetsbok (.xlsx)");
            return null;
        }
        try {
            return new XSSFWorkbook(OPCPackage.open(new ByteArrayInputStream(bytes)));
        } catch (Exception e) {
            // POI reports a damaged archive with several exception types (zip, XML, format); none is a bug here.
            fileProblem("is damaged and cannot be read as a workbook (" + e.getClass().getSimpleName() + ": "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + "); open it in Excel and save"
                    + " it again, or write it anew with the workbook command");
            return null;
        }
    }

    private FactSet read(XSSFWorkbook wb, Catalog catalog) {
        Sheet about = required(wb, WorkbookLayout.ABOUT);
        Sheet indicators = required(wb, WorkbookLayout.INDICATORS);
        Sheet groups = wb.getSheet(WorkbookLayout.GROUPS);
        Sheet notes = wb.getSheet(WorkbookLayout.NOTES);
        Map<Integer, Sheet> goals = new TreeMap<>();
        for (Sheet s : wb) {
            Matcher m = WorkbookLayout.GOAL_SHEET.matcher(s.getSheetName());
            if (m.matches()) {
                goals.put(Integer.parseInt(m.group(1)), s);
            } else if (!List.of(WorkbookLayout.ABOUT, WorkbookLayout.INDICATORS, WorkbookLayout.GROUPS,
                    WorkbookLayout.NOTES, WorkbookLayout.ACTIONS).contains(s.getSheetName())) {
                list.add(Problem.at(file, 0, 0, s.getSheetName(), "is not a sheet of the workbook layout; expected "
                        + WorkbookLayout.ABOUT + ", Mål 1 … Mål 8, " + WorkbookLayout.NOTES + ", "
                        + WorkbookLayout.INDICATORS + ", " + WorkbookLayout.GROUPS + " and " + WorkbookLayout.ACTIONS + " — rename it (a Mål sheet"
                        + " is named \"Mål 4\") or delete it, so that no data is left unread"));
            }
        }
        About head = about == null ? null : about(about);
        Catalog all = catalog.with(new Catalog(indicators == null ? Map.of() : indicators(indicators),
                groups == null ? Map.of() : groups(groups)));
        int reportYear = head == null || head.year == null ? FactFileReader.LAST_YEAR : head.year;
        for (Map.Entry<Integer, Sheet> g : goals.entrySet()) {
            goal(g.getValue(), g.getKey(), all, reportYear);
        }
        if (notes != null) {
            notes(notes);
        }
        List<SeriesData> out = new ArrayList<>();
        for (Entry e : series.values()) {
            if (e.points.isEmpty() && e.missing.isEmpty() && e.notes.isEmpty()) {
                list.add(Problem.at(file, 0, 0, e.at, e.indicator.id() + " / " + e.group.id() + " has no value in any"
                        + " year and no note; fill in a value (or .., ., -), add a note on the " + WorkbookLayout.NOTES
                        + " sheet that says why there is none, or delete the row"));
                continue;
            }
            out.add(new SeriesData(e.indicator, e.group, e.points, e.missing, e.notes, e.baseRange, out.size()));
        }
        Sheet actionSheet = wb.getSheet(WorkbookLayout.ACTIONS);
        List<Action> actions = actionSheet == null ? List.of() : actions(actionSheet);
        if (head == null || head.region == null || head.report == null || head.year == null) {
            return null;
        }
        FactSet facts = new FactSet(file, head.region, head.year, head.report, head.notes, out).withActions(actions)
                .withActionSource(head.actionSource);
        if (!formulaCells.isEmpty()) {
            List<String> cells = List.copyOf(formulaCells);
            String named = cells.size() == 1 ? "cellen " + cells.get(0) : "cellerna " + (cells.size() <= 10
                    ? String.join(", ", cells) : String.join(", ", cells.subList(0, 10)) + " och " + (cells.size() - 10)
                    + " till");
            facts = facts.withNote(new InputNote(InputNote.WORKBOOK_FORMULA, Map.of("file",
                    java.nio.file.Path.of(file).getFileName().toString(), "values", named)));
        }
        return facts;
    }

    private Sheet required(XSSFWorkbook wb, String name) {
        Sheet s = wb.getSheet(name);
        if (s == null) {
            list.add(Problem.at(file, 0, 0, name, "the sheet is missing; it holds "
                    + (name.equals(WorkbookLayout.ABOUT) ? "the region, report and year" : "the indicators' metadata")
                    + " — write a new workbook with the workbook command and copy the values into it"));
        }
        return s;
    }

    private record About(String region, String report, Integer year, List<String> notes, ActionSource actionSource) {
    }

    private About about(Sheet s) {
        Map<String, String> single = new HashMap<>();
        List<String> notes = new ArrayList<>();
        Integer year = null;
        String format = null;
        String formatAt = null;
        List<String> keys = List.of(WorkbookLayout.KEY_FORMAT, WorkbookLayout.KEY_REGION, WorkbookLayout.KEY_REPORT,
                WorkbookLayout.KEY_YEAR, WorkbookLayout.KEY_NOTE, WorkbookLayout.KEY_ACTION_SOURCE);
        ActionSource actionSource = ActionSource.HANDLINGSPLAN;
        for (int r = 1; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            String key = text(row, 0);
            if (key == null) {
                continue;
            }
            String k = WorkbookLayout.lower(key);
            String at = WorkbookLayout.cell(s.getSheetName(), r, 1) + " (" + k + ")";
            if (!keys.contains(k)) {
                problem(WorkbookLayout.cell(s.getSheetName(), r, 0), "is \"" + key + "\", not a known field; expected "
                        + String.join(", ", keys) + Suggest.closest(k, keys));
                continue;
            }
            if (!k.equals(WorkbookLayout.KEY_NOTE) && single.containsKey(k)) {
                problem(at, "is given twice; give it once");
                continue;
            }
            Cell c = row.getCell(1);
            if (k.equals(WorkbookLayout.KEY_YEAR)) {
                single.put(k, "");
                BigDecimal y = c == null ? null : plainNumber(c);
                if (y == null || y.scale() > 0 || y.compareTo(BigDecimal.valueOf(FactFileReader.FIRST_YEAR)) < 0
                        || y.compareTo(BigDecimal.valueOf(FactFileReader.LAST_YEAR)) > 0) {
                    problem(at, "is " + show(c) + "; expected the report year, a whole number from "
                            + FactFileReader.FIRST_YEAR + " to " + FactFileReader.LAST_YEAR);
                } else {
                    year = y.intValueExact();
                }
                continue;
            }
            String value = text(row, 1);
            if (value == null || value.isBlank()) {
                problem(at, "is empty; expected a text");
                continue;
            }
            single.put(k, value);
            switch (k) {
                case WorkbookLayout.KEY_NOTE -> notes.add(value);
                case WorkbookLayout.KEY_ACTION_SOURCE -> {
                    java.util.Optional<ActionSource> source = Codes.find(ActionSource.class, value.strip());
                    if (source.isEmpty()) {
                        problem(at, "is \"" + value + "\"; expected one of " + Codes.allowed(ActionSource.class));
                    } else {
                        actionSource = source.get();
                    }
                }
                case WorkbookLayout.KEY_FORMAT -> {
                    format = value;
                    formatAt = at;
                }
                default -> {
                }
            }
        }
        if (format != null && !format.equals(WorkbookLayout.FORMAT)) {
            problem(formatAt, "is \"" + format + "\"; expected \"" + WorkbookLayout.FORMAT + "\" (a workbook the"
                    + " workbook command wrote)");
        }
        for (String k : List.of(WorkbookLayout.KEY_FORMAT, WorkbookLayout.KEY_REGION, WorkbookLayout.KEY_REPORT,
                WorkbookLayout.KEY_YEAR)) {
            if (!single.containsKey(k)) {
                problem(s.getSheetName(), "has no row \"" + k + "\"; add it in column A with its value in column B");
            }
        }
        return new About(single.get(WorkbookLayout.KEY_REGION), single.get(WorkbookLayout.KEY_REPORT), year, notes,
                actionSource);
    }

    /** The heading row of a metadata sheet: column name → index; problems for unknown, repeated or missing names. */
    private Map<String, Integer> headings(Sheet s, List<String> known, List<String> required) {
        Map<String, Integer> cols = new HashMap<>();
        Row h = s.getRow(0);
        for (int c = 0; h != null && c < h.getLastCellNum(); c++) {
            String name = text(h, c);
            if (name == null || name.isBlank()) {
                continue;
            }
            String at = WorkbookLayout.cell(s.getSheetName(), 0, c);
            Optional<String> k = known.stream().filter(x -> x.equalsIgnoreCase(name.strip())).findFirst();
            if (k.isEmpty()) {
                problem(at, "is \"" + name + "\", not a column of this sheet; expected " + String.join(", ", known)
                        + Suggest.closest(name.strip(), known));
            } else if (cols.containsKey(k.get())) {
                problem(at, "\"" + name + "\" is already column " + WorkbookLayout.columnName(cols.get(k.get()))
                        + "; name each column once");
            } else {
                cols.put(k.get(), c);
            }
        }
        List<String> missing = required.stream().filter(x -> !cols.containsKey(x)).toList();
        if (!missing.isEmpty()) {
            problem(WorkbookLayout.cell(s.getSheetName(), 0, 0), "the heading row lacks " + String.join(", ", missing)
                    + "; expected the columns " + String.join(", ", known));
            return null;
        }
        return cols;
    }

    private Map<String, Indicator> indicators(Sheet s) {
        Map<String, Indicator> out = new LinkedHashMap<>();
        Map<String, Integer> cols = headings(s, WorkbookLayout.INDICATOR_COLUMNS,
                WorkbookLayout.INDICATOR_COLUMNS.subList(0, 8));
        if (cols == null) {
            return out;
        }
        for (int r = 1; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            if (blank(row)) {
                continue;
            }
            Meta m = new Meta(s, row, cols);
            String id = m.id("id");
            String name = m.required("name");
            String subject = m.required("subject");
            Integer goal = m.goal();
            ViolenceType vt = m.code("violenceType", ViolenceType.class, true);
            Unit unit = m.code("unit", Unit.class, true);
            Polarity polarity = m.code("polarity", Polarity.class, true);
            String source = m.required("source");
            BaseKind baseKind = m.code("baseKind", BaseKind.class, false);
            Boolean distribution = m.bool("distribution");
            if (id != null && out.containsKey(id)) {
                problem(m.at("id"), "\"" + id + "\" is defined twice; ids must be unique");
                continue;
            }
            if (id == null || name == null || subject == null || goal == null || vt == null || unit == null
                    || polarity == null || source == null || distribution == null) {
                continue;
            }
            Dimensions dimensions = new Dimensions(m.code("topic", Topic.class, false),
                    m.code("targetGroup", TargetGroup.class, false), m.code("provision", Provision.class, false),
                    m.code("actor", Actor.class, false));
            out.put(id, new Indicator(id, name, subject, goal, vt, unit, polarity, source, baseKind,
                    m.optional("respondent"), m.optional("question"), m.optional("family"), m.optional("population"),
                    distribution, dimensions));
        }
        return out;
    }

    private Map<String, Group> groups(Sheet s) {
        Map<String, Group> out = new LinkedHashMap<>();
        Map<String, Integer> cols = headings(s, WorkbookLayout.GROUP_COLUMNS, List.of("id", "label"));
        if (cols == null) {
            return out;
        }
        for (int r = 1; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            if (blank(row)) {
                continue;
            }
            Meta m = new Meta(s, row, cols);
            String id = m.id("id");
            // The total group's label is empty: nothing follows the subject.
            String label = Optional.ofNullable(m.optional("label")).orElse("");
            Sex sex = m.code("sex", Sex.class, false);
            if (id != null && out.containsKey(id)) {
                problem(m.at("id"), "\"" + id + "\" is defined twice; ids must be unique");
                continue;
            }
            if (id != null && (sex != null || m.optional("sex") == null)) {
                out.put(id, new Group(id, label, sex, m.optional("segment")));
            }
        }
        return out;
    }

    /** One row of a metadata sheet, read by column name. */
    private final class Meta {
        final Sheet s;
        final Row row;
        final Map<String, Integer> cols;

        Meta(Sheet s, Row row, Map<String, Integer> cols) {
            this.s = s;
            this.row = row;
            this.cols = cols;
        }

        String at(String col) {
            return WorkbookLayout.cell(s.getSheetName(), row.getRowNum(), cols.getOrDefault(col, 0)) + " (" + col + ")";
        }

        String optional(String col) {
            Integer c = cols.get(col);
            String t = c == null ? null : text(row, c);
            return t == null || t.isBlank() ? null : t.strip();
        }

        String required(String col) {
            String t = optional(col);
            if (t == null) {
                problem(at(col), "is empty; expected a text (see the catalog's " + col + " in docs/input-format.md)");
            }
            return t;
        }

        String id(String col) {
            String t = required(col);
            if (t != null && !Indicator.ID.matcher(t).matches()) {
                problem(at(col), "is \"" + t + "\"; expected lower-case letters, digits and _ only");
                return null;
            }
            return t;
        }

        Integer goal() {
            Cell c = row.getCell(cols.get("goal"));
            BigDecimal g = c == null ? null : plainNumber(c);
            if (g == null || g.scale() > 0 || g.compareTo(BigDecimal.ONE) < 0
                    || g.compareTo(BigDecimal.valueOf(Indicator.LAST_GOAL)) > 0) {
                problem(at("goal"), "is " + show(c) + "; expected the Mål, a whole number from " + Indicator.FIRST_GOAL
                        + " to " + Indicator.LAST_GOAL);
                return null;
            }
            return g.intValueExact();
        }

        <E extends Enum<E> & Codes.Coded> E code(String col, Class<E> type, boolean isRequired) {
            String t = isRequired ? required(col) : optional(col);
            if (t == null) {
                return null;
            }
            Optional<E> e = Codes.find(type, t);
            if (e.isEmpty()) {
                problem(at(col), "is \"" + t + "\"; expected one of " + Codes.allowed(type));
            }
            return e.orElse(null);
        }

        /** Empty is false; TRUE/FALSE as Excel writes them, or the words. */
        Boolean bool(String col) {
            Integer c = cols.get(col);
            Cell cell = c == null ? null : row.getCell(c);
            if (cell == null || cell.getCellType() == CellType.BLANK) {
                return false;
            }
            if (cell.getCellType() == CellType.BOOLEAN) {
                return cell.getBooleanCellValue();
            }
            String t = WorkbookLayout.lower(String.valueOf(text(row, c)));
            if (List.of("true", "sant", "ja").contains(t)) {
                return true;
            }
            if (List.of("false", "falskt", "nej", "").contains(t)) {
                return false;
            }
            problem(at(col), "is " + show(cell) + "; expected TRUE (one share of a distribution) or empty");
            return null;
        }
    }

    /** A Mål sheet: a heading row of ids and years, then one row per indicator × group. */
    private void goal(Sheet s, int goal, Catalog all, int reportYear) {
        String name = s.getSheetName();
        for (CellRangeAddress merged : s.getMergedRegions()) {
            problem(name + "!" + merged.formatAsString(), "the cells are merged; unmerge them (Start → Sammanfoga och"
                    + " centrera → Dela upp celler) and give each cell its own value");
        }
        Row h = s.getRow(0);
        Integer indicatorCol = null;
        Integer groupCol = null;
        Map<Integer, Map<YearField, Integer>> years = new TreeMap<>();
        Map<Integer, String> headingOf = new HashMap<>();
        for (int c = 0; h != null && c < h.getLastCellNum(); c++) {
            Cell cell = h.getCell(c);
            String t = cell == null ? null : cell.getCellType() == CellType.NUMERIC ? show(cell) : text(h, c);
            if (t == null || t.isBlank()) {
                continue;
            }
            t = t.strip();
            headingOf.put(c, t);
            String at = WorkbookLayout.cell(name, 0, c);
            String lower = WorkbookLayout.lower(t);
            Matcher y = WorkbookLayout.YEAR_HEADING.matcher(lower);
            if (lower.equals(WorkbookLayout.COL_INDICATOR) && indicatorCol == null) {
                indicatorCol = c;
            } else if (lower.equals(WorkbookLayout.COL_GROUP) && groupCol == null) {
                groupCol = c;
            } else if (lower.equals(WorkbookLayout.COL_NAME)) {
                continue;
            } else if (y.matches()) {
                int year = Integer.parseInt(y.group(1));
                String suffix = y.group(2) == null ? "" : y.group(2);
                Optional<YearField> f = Arrays.stream(YearField.values()).filter(x -> x.suffix.equals(suffix)).findFirst();
                if (f.isEmpty()) {
                    problem(at, "is \"" + t + "\"; after the year expected nothing (the value) or one of median, bas,"
                            + " antal, källa");
                } else if (year < FactFileReader.FIRST_YEAR || year > reportYear) {
                    problem(at, "is the year " + year + "; expected a year from " + FactFileReader.FIRST_YEAR + " to the"
                            + " workbook's year " + reportYear + " (" + WorkbookLayout.ABOUT + " sheet, år)");
                } else {
                    Integer first = years.computeIfAbsent(year, k -> new EnumMap<>(YearField.class)).putIfAbsent(f.get(), c);
                    if (first != null) {
                        problem(at, "\"" + t + "\" is already column " + WorkbookLayout.columnName(first)
                                + "; give each year's column once");
                    }
                }
            } else {
                problem(at, "is \"" + t + "\", not a column of a Mål sheet; expected indikator, grupp, namn and per"
                        + " year \"2024\", \"2024 median\", \"2024 bas\", \"2024 antal\", \"2024 källa\"");
            }
        }
        if (indicatorCol == null || groupCol == null) {
            problem(WorkbookLayout.cell(name, 0, 0), "the heading row lacks the column "
                    + (indicatorCol == null ? WorkbookLayout.COL_INDICATOR : WorkbookLayout.COL_GROUP)
                    + "; the first row names the columns: indikator, grupp, namn, then the years");
            return;
        }
        for (Map.Entry<Integer, Map<YearField, Integer>> y : years.entrySet()) {
            if (!y.getValue().containsKey(YearField.VALUE)) {
                problem(WorkbookLayout.cell(name, 0, y.getValue().values().iterator().next()), "the year " + y.getKey()
                        + " has no value column \"" + y.getKey() + "\"; add it or delete the year's other columns");
            }
        }
        for (int r = 1; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            if (blank(row)) {
                continue;
            }
            row(s, row, goal, all, indicatorCol, groupCol, years, headingOf);
        }
    }

    private void row(Sheet s, Row row, int goal, Catalog all, int indicatorCol, int groupCol,
            Map<Integer, Map<YearField, Integer>> years, Map<Integer, String> headingOf) {
        String name = s.getSheetName();
        int r = row.getRowNum();
        Indicator indicator = lookup(s, row, indicatorCol, WorkbookLayout.COL_INDICATOR, all.indicators(),
                "an indicator id from the " + WorkbookLayout.INDICATORS + " sheet or rules/catalog.json");
        Group group = lookup(s, row, groupCol, WorkbookLayout.COL_GROUP, all.groups(),
                "a group id from the " + WorkbookLayout.GROUPS + " sheet or rules/catalog.json");
        String rowAt = WorkbookLayout.cell(name, r, indicatorCol);
        if (indicator != null && indicator.goal() != goal) {
            problem(rowAt + " (" + WorkbookLayout.COL_INDICATOR + ")", indicator.id() + " belongs to Mål "
                    + indicator.goal() + " (" + WorkbookLayout.INDICATORS + " sheet or catalog) but is on " + name
                    + "; move the row to the sheet Mål " + indicator.goal() + " or correct its goal");
            indicator = null;
        }
        Entry e = null;
        if (indicator != null && group != null) {
            String key = indicator.id() + "/" + group.id();
            Entry first = series.get(key);
            if (first != null) {
                problem(rowAt, indicator.id() + " / " + group.id() + " is already at " + first.at
                        + "; give each indicator and group one row");
            } else {
                e = new Entry(indicator, group, rowAt);
                series.put(key, e);
            }
        }
        Unit unit = indicator == null ? null : indicator.unit();
        for (Map.Entry<Integer, Map<YearField, Integer>> y : years.entrySet()) {
            Map<YearField, Integer> cols = y.getValue();
            Integer vc = cols.get(YearField.VALUE);
            if (vc == null) {
                continue;
            }
            yearCells(name, row, y.getKey(), cols, headingOf, unit, e);
        }
    }

    private void yearCells(String sheet, Row row, int year, Map<YearField, Integer> cols, Map<Integer, String> headingOf,
            Unit unit, Entry e) {
        int r = row.getRowNum();
        // A check on a column the sheet lacks (no count column) is located at the value cell.
        java.util.function.Function<YearField, String> at = f -> {
            int c = cols.getOrDefault(f, cols.get(YearField.VALUE));
            return WorkbookLayout.cell(sheet, r, c) + " (" + headingOf.get(c) + ")";
        };
        Cell valueCell = row.getCell(cols.get(YearField.VALUE));
        String quote = cols.containsKey(YearField.QUOTE) ? text(row, cols.get(YearField.QUOTE)) : null;
        quote = quote == null ? "" : quote;
        Map<YearField, BigDecimal> extra = new EnumMap<>(YearField.class);
        for (YearField f : List.of(YearField.MEDIAN, YearField.BASE, YearField.COUNT)) {
            Cell c = cols.containsKey(f) ? row.getCell(cols.get(f)) : null;
            if (isBlank(c)) {
                continue;
            }
            String t = c.getCellType() == CellType.STRING ? c.getStringCellValue().strip() : null;
            if (t != null && MissingReason.ofMarker(t) != null) {
                continue;
            }
            BigDecimal v = number(c, at.apply(f), f == YearField.MEDIAN ? unit : null, false);
            if (v != null) {
                extra.put(f, v);
            }
        }
        if (isBlank(valueCell)) {
            if (!quote.isBlank() || !extra.isEmpty()) {
                problem(at.apply(YearField.VALUE), "is empty, but the row gives " + (quote.isBlank() ? "a "
                        + extra.keySet().iterator().next().suffix : "a source (" + headingOf.get(cols.get(YearField.QUOTE))
                        + ")") + " for " + year + "; give the value, or " + MISSING_MARKERS + " when the source gives none");
            }
            return;
        }
        BigDecimal median = extra.get(YearField.MEDIAN);
        BigDecimal base = extra.get(YearField.BASE);
        BigDecimal count = extra.get(YearField.COUNT);
        check(at.apply(YearField.BASE), PointChecks.negative(base));
        check(at.apply(YearField.COUNT), PointChecks.negative(count));
        check(at.apply(YearField.COUNT), PointChecks.countAboveBase(count, base));
        String text = valueCell.getCellType() == CellType.STRING
                || (valueCell.getCellType() == CellType.FORMULA
                        && valueCell.getCachedFormulaResultType() == CellType.STRING)
                ? valueCell.getStringCellValue().strip() : null;
        MissingReason reason = text == null ? null : MissingReason.ofMarker(text);
        if (reason != null) {
            if (!extra.isEmpty()) {
                problem(at.apply(extra.keySet().iterator().next()), "is given but the value is " + text + " ("
                        + reason.code() + "); a year has either a value or a reason why it has none — empty this"
                        + " cell or give the value");
            }
            if (e != null) {
                e.missing.add(new MissingValue(year, reason, quote));
            }
            return;
        }
        String where = at.apply(YearField.VALUE);
        boolean approximate = false;
        BigDecimal low = null;
        BigDecimal high = null;
        BigDecimal value = null;
        if (text != null) {
            Matcher about = WorkbookLayout.approximate(text);
            String rest = text;
            if (about.matches()) {
                approximate = true;
                rest = about.group(2).strip();
            }
            String noPercent = unit == Unit.PERCENT && rest.endsWith("%") ? rest.substring(0, rest.length() - 1).strip()
                    : rest;
            Matcher range = WorkbookLayout.RANGE_TEXT.matcher(noPercent);
            if (range.matches()) {
                low = textNumber(range.group(1), text, where, unit);
                high = textNumber(range.group(2), text, where, unit);
                if (low == null || high == null) {
                    return;
                }
                if (low.compareTo(high) > 0) {
                    problem(where, "is \"" + text + "\", a range whose low end is above its high end; expected"
                            + " low–high, such as 94–95");
                    return;
                }
            } else {
                value = textNumber(rest, text, where, unit);
                if (value == null) {
                    return;
                }
            }
        } else {
            value = number(valueCell, where, unit, true);
            if (value == null) {
                return;
            }
        }
        if (low == null) {
            check(where, PointChecks.shareOfBase(value, count, base, unit));
        }
        if (e == null) {
            return;
        }
        e.points.add(low != null ? Point.range(year, low, high, median, base, count, quote, approximate)
                : new Point(year, value, median, base, count, quote, null, null, approximate));
    }

    private <T> T lookup(Sheet s, Row row, int col, String heading, Map<String, T> known, String expected) {
        String at = WorkbookLayout.cell(s.getSheetName(), row.getRowNum(), col) + " (" + heading + ")";
        String id = text(row, col);
        if (id == null || id.isBlank()) {
            problem(at, "is empty; expected " + expected);
            return null;
        }
        T t = known.get(id.strip());
        if (t == null) {
            problem(at, "is \"" + id.strip() + "\", which is neither on the " + (heading.equals(WorkbookLayout.COL_GROUP)
                    ? WorkbookLayout.GROUPS : WorkbookLayout.INDICATORS) + " sheet nor in rules/catalog.json; add a"
                    + " row for it there" + Suggest.closest(id.strip(), known.keySet()));
        }
        return t;
    }

    /** The Åtgärder sheet: one åtgärd a row, checked as the CSV section checks its rows. */
    private List<Action> actions(Sheet s) {
        List<Action> out = new ArrayList<>();
        Map<String, Integer> cols = headings(s, WorkbookLayout.ACTION_COLUMNS, WorkbookLayout.ACTION_COLUMNS.subList(0, 6));
        if (cols == null) {
            return out;
        }
        Map<String, String> seen = new HashMap<>();
        for (int r = 1; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            if (blank(row)) {
                continue;
            }
            Meta m = new Meta(s, row, cols);
            String id = m.required("id");
            Integer goal = null;
            Cell gc = row.getCell(cols.get("mål"));
            BigDecimal g = gc == null ? null : plainNumber(gc);
            if (g == null || g.scale() > 0 || g.intValue() < Indicator.FIRST_GOAL || g.intValue() > Indicator.LAST_GOAL) {
                problem(m.at("mål"), "is " + show(gc) + "; expected the Mål number, a whole number from "
                        + Indicator.FIRST_GOAL + " to " + Indicator.LAST_GOAL);
            } else {
                goal = g.intValueExact();
            }
            String title = m.required("titel");
            String actor = m.required("aktör");
            String statusText = m.optional("status");
            ActionStatus status = statusText == null ? null : ActionRows.status(statusText);
            if (status == null) {
                problem(m.at("status"), "is " + show(row.getCell(cols.get("status"))) + "; expected "
                        + ActionRows.statusExpected());
            }
            String quote = m.required("citat");
            String under = m.optional("redovisas under");
            Topic topic = m.code("ämne", Topic.class, false);
            List<Actor> actors = new ArrayList<>();
            String actorCodes = m.optional("aktörer");
            if (actorCodes != null) {
                for (String code : actorCodes.split("[,;]")) {
                    Optional<Actor> a = Codes.find(Actor.class, code.strip());
                    if (a.isEmpty()) {
                        problem(m.at("aktörer"), "has \"" + code.strip() + "\"; expected codes from "
                                + Codes.allowed(Actor.class) + ", separated by commas");
                    } else {
                        actors.add(a.get());
                    }
                }
            }
            boolean ok = id != null && goal != null && title != null && actor != null && status != null && quote != null;
            if (id != null) {
                String wrong = ActionFacts.checkId(id, goal);
                if (wrong != null) {
                    problem(m.at("id"), wrong);
                    ok = false;
                }
            }
            String wrongUnder = ActionFacts.checkReportedUnder(status, under, id);
            if (wrongUnder != null) {
                problem(cols.containsKey("redovisas under") ? m.at("redovisas under") : m.at("status"), wrongUnder);
                ok = false;
            }
            String outText = m.optional("utfall");
            String quotesText = m.optional("utfall citat");
            List<String> quotes = quotesText == null ? null : quotesText.lines().map(String::strip).toList();
            ActionRows.Outputs outputs = new ActionRows.Outputs(List.of(), null, true, 0);
            if (outText != null) {
                String at = m.at("utfall");
                outputs = ActionRows.outputs(outText, quotes, quote, msg -> problem(at, msg));
                ok &= outputs.ok();
            }
            if (quotes != null && quotes.size() != outputs.items()) {
                problem(m.at("utfall citat"), "gives " + quotes.size() + " quote" + (quotes.size() == 1 ? "" : "s")
                        + " but utfall has " + outputs.items() + " item" + (outputs.items() == 1 ? "" : "s")
                        + "; expected one quote per line for each item of utfall, in the same order, or leave it"
                        + " empty when the status quote (citat) says it");
                ok = false;
            }
            if (!ok) {
                continue;
            }
            String first = seen.putIfAbsent(id, m.at("id"));
            if (first != null) {
                problem(m.at("id"), "\"" + id + "\" is already given at " + first + "; give each åtgärd once");
                continue;
            }
            out.add(new Action(id, goal, title, actor, status, quote, outputs.outputs(), outputs.reach(), under,
                    out.size(), topic, actors));
        }
        return out;
    }

    /** The notes sheet: series notes, and a base given only as a range. */
    private void notes(Sheet s) {
        List<String> cols = WorkbookLayout.NOTE_COLUMNS;
        Map<String, Integer> at = headings(s, cols, cols.subList(0, 3));
        if (at == null) {
            return;
        }
        String allowed = Codes.allowed(NoteKind.class) + ", " + WorkbookLayout.BASE_RANGE;
        for (int r = 1; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            if (blank(row)) {
                continue;
            }
            Meta m = new Meta(s, row, at);
            String ind = m.required("indikator");
            String grp = m.required("grupp");
            String type = m.required("typ");
            String text = m.optional("text");
            String quote = Optional.ofNullable(m.optional("källa")).orElse("");
            Integer year = null;
            Cell yc = at.containsKey("år") ? row.getCell(at.get("år")) : null;
            if (!isBlank(yc)) {
                BigDecimal y = plainNumber(yc);
                if (y == null || y.scale() > 0 || y.intValue() < FactFileReader.FIRST_YEAR
                        || y.intValue() > FactFileReader.LAST_YEAR) {
                    problem(m.at("år"), "is " + show(yc) + "; expected a year from " + FactFileReader.FIRST_YEAR
                            + " to " + FactFileReader.LAST_YEAR);
                    continue;
                }
                year = y.intValueExact();
            }
            if (ind == null || grp == null || type == null) {
                continue;
            }
            Entry e = series.get(ind + "/" + grp);
            if (e == null) {
                problem(m.at("indikator"), ind + " / " + grp + " has no row on any Mål sheet; add the row, or correct"
                        + " the ids");
                continue;
            }
            if (type.equals(WorkbookLayout.BASE_RANGE)) {
                Matcher range = text == null ? null : WorkbookLayout.RANGE_TEXT.matcher(text);
                BigDecimal min = range != null && range.matches() ? textNumber(range.group(1), text, m.at("text"), null) : null;
                BigDecimal max = range != null && range.matches() ? textNumber(range.group(2), text, m.at("text"), null) : null;
                if (min == null || max == null || min.compareTo(max) > 0 || min.signum() < 0) {
                    problem(m.at("text"), "is " + (text == null ? "empty" : "\"" + text + "\"") + "; a base_range"
                            + " gives the base as min–max, such as 5–13");
                } else if (e.baseRange != null) {
                    problem(m.at("typ"), "base_range for " + ind + " / " + grp + " is given twice; give it once");
                } else {
                    e.baseRange = new BaseRange(min, max, quote);
                }
                continue;
            }
            Optional<NoteKind> kind = Codes.find(NoteKind.class, type);
            if (kind.isEmpty()) {
                problem(m.at("typ"), "is \"" + type + "\"; expected one of " + allowed + Suggest.closest(type,
                        Arrays.asList(allowed.split(", "))));
                continue;
            }
            if ((kind.get() == NoteKind.SERIES_BREAK || kind.get() == NoteKind.DISCONTINUED) && year == null) {
                problem(m.at("år"), "is empty; a " + type + " note needs the year it applies from (series_break) or"
                        + " the last year with data (discontinued)");
                continue;
            }
            if ((kind.get() == NoteKind.CAVEAT || kind.get() == NoteKind.NO_FIGURES) && text == null) {
                problem(m.at("text"), "is empty; a " + kind.get().code() + " note must say what the source says");
                continue;
            }
            e.notes.add(new Note(kind.get(), year, text, quote));
        }
    }

    private void check(String at, String message) {
        if (message != null) {
            problem(at, message);
        }
    }

    private void problem(String at, String message) {
        list.add(Problem.at(file, 0, 0, at, message));
    }

    private static boolean isBlank(Cell c) {
        return c == null || c.getCellType() == CellType.BLANK
                || (c.getCellType() == CellType.STRING && c.getStringCellValue().isBlank());
    }

    private static boolean blank(Row row) {
        if (row == null) {
            return true;
        }
        for (Cell c : row) {
            if (!isBlank(c)) {
                return false;
            }
        }
        return true;
    }

    /** A cell's text: a string, a number as Excel would show it without format, a formula's cached text. */
    private static String text(Row row, int col) {
        Cell c = row == null ? null : row.getCell(col);
        if (c == null) {
            return null;
        }
        CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (t) {
            case STRING -> c.getStringCellValue();
            case NUMERIC -> show(c);
            case BOOLEAN -> Boolean.toString(c.getBooleanCellValue()).toUpperCase(Locale.ROOT);
            default -> null;
        };
    }

    /** The cell as the message quotes it. */
    private static String show(Cell c) {
        if (c == null) {
            return "empty";
        }
        CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (t) {
            case NUMERIC -> PointChecks.show(decimal(c));
            case STRING -> "\"" + (c.getStringCellValue().length() > 60 ? c.getStringCellValue().substring(0, 57) + "…"
                    : c.getStringCellValue()) + "\"";
            case BOOLEAN -> Boolean.toString(c.getBooleanCellValue()).toUpperCase(Locale.ROOT);
            case ERROR -> "the error " + org.apache.poi.ss.usermodel.FormulaError.forInt(c.getErrorCellValue()).getString();
            default -> "empty";
        };
    }

    /**
     * A numeric cell as a decimal with the scale its number format shows ("#,##0.0" → one decimal, as the
     * writer sets it, so 6,0 reads back as 6.0); in the General format, the shortest decimal that is the double.
     */
    private static BigDecimal decimal(Cell c) {
        BigDecimal v = new BigDecimal(Double.toString(c.getNumericCellValue()));
        Matcher f = DECIMALS_FORMAT.matcher(c.getCellStyle().getDataFormatString());
        if (f.matches()) {
            return v.setScale(f.group(1) == null ? 0 : f.group(1).length(), RoundingMode.HALF_UP);
        }
        v = v.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    /** A whole number or decimal from a numeric cell or a text cell; null when it is neither. */
    private static BigDecimal plainNumber(Cell c) {
        CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        if (t == CellType.NUMERIC) {
            return decimal(c);
        }
        if (t == CellType.STRING) {
            String s = c.getStringCellValue().strip();
            return NUMBER.matcher(s).matches() ? new BigDecimal(s.replace(',', '.')) : null;
        }
        return null;
    }

    /** A numeric (or numeric text) cell checked against the unit; null with a problem when it is not one. */
    private BigDecimal number(Cell c, String at, Unit unit, boolean isValue) {
        if (c.getCellType() == CellType.FORMULA) {
            formulaCells.add(c.getSheet().getSheetName() + "!" + c.getAddress().formatAsString());
        }
        CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        if (t == CellType.NUMERIC) {
            return checked(decimal(c), at, unit);
        }
        if (t == CellType.STRING) {
            return textNumber(c.getStringCellValue().strip(), c.getStringCellValue(), at, unit);
        }
        problem(at, "is " + show(c) + "; expected a number such as 12,5" + (isValue ? ", or " + MISSING_MARKERS
                + " when the source gives none" : ""));
        return null;
    }

    private BigDecimal textNumber(String part, String whole, String at, Unit unit) {
        String s = part.replace('\u2212', '-').strip();
        if (unit == Unit.PERCENT && s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        BigDecimal v = null;
        if (s.length() <= 40 && GROUPED.matcher(s).matches()) {
            v = new BigDecimal(s.replaceAll("[ \u00A0\u202F]", "").replace(',', '.'));
        } else if (s.length() <= 40 && NUMBER.matcher(s).matches()) {
            v = new BigDecimal(s.replace(',', '.'));
        }
        if (v == null) {
            problem(at, "is \"" + (whole.length() > 60 ? whole.substring(0, 57) + "…" : whole) + "\"; expected a number"
                    + " such as 12,5, a range such as 94–95, an approximate value such as cirka 60, or " + MISSING_MARKERS
                    + " when the source gives none");
            return null;
        }
        return checked(v, at, unit);
    }

    private BigDecimal checked(BigDecimal v, String at, Unit unit) {
        String wrong = PointChecks.size(v);
        if (wrong == null && unit != null) {
            wrong = PointChecks.range(v, unit);
        }
        if (wrong != null) {
            problem(at, wrong);
            return null;
        }
        return v;
    }
}
