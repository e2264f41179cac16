package se.bedomning.render.docx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import se.bedomning.problem.BedomningException;
import se.bedomning.problem.Problem;

/**
 * The styles part a draft is written with: Word's built-in styles (Title, heading 1, heading 2, List Bullet,
 * caption, Table Grid, footnote text), either ours (resources/…/styles.xml) or the agency's template's,
 * completed with ours for any built-in style the template lacks. Read once and kept as XML text, so a batch
 * never reopens the template per region; each document parses its own copy (XmlBeans objects are not shared
 * between threads). Styles are found by their built-in name, since a Swedish Word names its ids "Rubrik1".
 */
public final class DocxStyles {

    static final String LANGUAGE = "sv-SE";
    static final String TITLE = "title";
    static final String HEADING_1 = "heading 1";
    static final String HEADING_2 = "heading 2";
    static final String LIST_BULLET = "list bullet";
    static final String CAPTION = "caption";
    static final String TABLE_GRID = "table grid";
    static final String FOOTNOTE_TEXT = "footnote text";
    static final String FOOTNOTE_REFERENCE = "footnote reference";
    static final List<String> USED = List.of(TITLE, HEADING_1, HEADING_2, LIST_BULLET, CAPTION, TABLE_GRID,
            FOOTNOTE_TEXT, FOOTNOTE_REFERENCE);

    private static final String DEFAULTS = "styles.xml";

    private final String xml;
    private final Map<String, String> idByName;
    private final String source;

    private DocxStyles(String xml, Map<String, String> idByName, String source) {
        this.xml = xml;
        this.idByName = Map.copyOf(idByName);
        this.source = source;
    }

    /** Our styles: Word's built-in ones, Calibri, Swedish. */
    public static DocxStyles defaults() {
        CTStyles ours = ours();
        return of(ours, "built-in");
    }

    private static CTStyles ours() {
        try (InputStream in = DocxStyles.class.getResourceAsStream(DEFAULTS)) {
            return StylesDocument.Factory.parse(in).getStyles();
        } catch (IOException | XmlException e) {
            throw new IllegalStateException("the bundled " + DEFAULTS + " cannot be read", e);
        }
    }

    /**
     * The styles of a .docx or .dotx, with ours added for the built-in styles it does not define. A file that
     * is not a Word document is a user error (exit 2) naming the file.
     */
    public static DocxStyles fromTemplate(Path template) {
        if (!Files.isRegularFile(template)) {
            throw bad(template, "does not exist or is not a file; expected a Word document or template (.docx or"
                    + " .dotx)");
        }
        CTStyles theirs;
        try (InputStream in = Files.newInputStream(template); XWPFDocument doc = new XWPFDocument(in)) {
            if (doc.getStyles() == null) {
                throw bad(template, "has no styles part; save it from Word as a .docx or .dotx");
            }
            theirs = (CTStyles) doc.getStyle().copy();
        } catch (BedomningException e) {
            throw e;
        } catch (IOException | XmlException | RuntimeException e) {
            throw bad(template, "is not a Word document or template (.docx or .dotx) that can be read: "
                    + e.getMessage());
        }
        Map<String, CTStyle> byName = names(theirs);
        for (CTStyle s : ours().getStyleList()) {
            if (!byName.containsKey(name(s))) {
                String id = s.getStyleId();
                while (idTaken(theirs, id)) {
                    id = id + "Bedomning";
                }
                CTStyle added = theirs.addNewStyle();
                added.set(s);
                added.setStyleId(id);
            }
        }
        return of(theirs, template.toString());
    }

    private static boolean idTaken(CTStyles styles, String id) {
        return styles.getStyleList().stream().anyMatch(s -> id.equals(s.getStyleId()));
    }

    private static BedomningException bad(Path template, String message) {
        return BedomningException.badInput("The draft was not written.",
                List.of(Problem.at(template.toString(), 0, 0, "--template", message)));
    }

    /** Fixes the document language to Swedish in the defaults, whatever the template says. */
    private static DocxStyles of(CTStyles styles, String source) {
        CTDocDefaults d = styles.isSetDocDefaults() ? styles.getDocDefaults() : styles.addNewDocDefaults();
        var rd = d.isSetRPrDefault() ? d.getRPrDefault() : d.addNewRPrDefault();
        CTRPr rpr = rd.isSetRPr() ? rd.getRPr() : rd.addNewRPr();
        CTLanguage lang = rpr.sizeOfLangArray() > 0 ? rpr.getLangArray(0) : rpr.addNewLang();
        lang.setVal(LANGUAGE);
        Map<String, String> ids = new HashMap<>();
        names(styles).forEach((name, s) -> ids.put(name, s.getStyleId()));
        StylesDocument docXml = StylesDocument.Factory.newInstance();
        docXml.setStyles(styles);
        String xml = docXml.xmlText(new XmlOptions().setSaveAggressiveNamespaces());
        return new DocxStyles(xml, ids, source);
    }

    private static Map<String, CTStyle> names(CTStyles styles) {
        Map<String, CTStyle> out = new HashMap<>();
        for (CTStyle s : styles.getStyleList()) {
            if (s.getName() != null && s.getStyleId() != null) {
                out.putIfAbsent(name(s), s);
            }
        }
        return out;
    }

    private static String name(CTStyle s) {
        return s.getName() == null ? "" : s.getName().getVal().toLowerCase(Locale.ROOT);
    }

    /** A fresh copy of the styles for one document. */
    CTStyles newStyles() {
        try {
            return StylesDocument.Factory.parse(xml).getStyles();
        } catch (XmlException e) {
            throw new IllegalStateException("styles written by this class cannot be read back", e);
        }
    }

    /** The style id for a built-in style name ("heading 1" → "Heading1", or "Rubrik1" in a Swedish template). */
    String id(String builtInName) {
        String id = idByName.get(builtInName);
        if (id == null) {
            throw new IllegalStateException("no style named " + builtInName + " (every used style is completed)");
        }
        return id;
    }

    /** Where the styles came from: "built-in" or the template's path. */
    public String source() {
        return source;
    }
}
