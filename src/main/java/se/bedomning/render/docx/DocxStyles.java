package se.bedomning.render.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import se.bedomning.problem.BedomningException;
import se.bedomning.problem.Problem;

/**
 * The styles part a draft is written with: Word's built-in styles (Title, heading 1, heading 2, List Bullet,
 * caption, Table Grid, footnote text), either ours (resources/…/styles.xml) or the agency's template's,
 * completed with ours for any built-in style the template lacks, and Swedish as the document language. Kept as
 * the text of the part, written into every document as it is: a batch reads the template once. Styles are found
 * by their built-in name, since a Swedish Word names its ids "Rubrik1".
 *
 * <p>A template is a zip; its styles part is read out of it with the JDK's XML parser (the part the main
 * document's relationships name), so no POI is loaded to write a draft.
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

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String DEFAULTS = "styles.xml";
    private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String XMLNS = "http://www.w3.org/2000/xmlns/";
    /** A style of our own styles.xml: written by us with its id, then its name first (checked by the tests). */
    private static final Pattern OUR_STYLE = Pattern.compile(
            "<w:style [^>]*w:styleId=\"([^\"]+)\"[^>]*><w:name w:val=\"([^\"]+)\"/>");

    private static final DocxStyles OURS = ours();

    private final String xml;
    private final byte[] bytes;
    private final Map<String, String> idByName;
    private final String source;

    private DocxStyles(String xml, Map<String, String> idByName, String source) {
        this.xml = xml;
        this.bytes = xml.getBytes(StandardCharsets.UTF_8);
        this.idByName = Map.copyOf(idByName);
        this.source = source;
    }

    /** Our styles: Word's built-in ones, Calibri, Swedish. */
    public static DocxStyles defaults() {
        return OURS;
    }

    /**
     * Ours as written in the resource, which already has Swedish in its defaults. Their ids are found by a
     * pattern, not a parser: the file is ours, and a draft should not pay for loading an XML parser.
     */
    private static DocxStyles ours() {
        String text = oursText();
        Map<String, String> ids = new HashMap<>();
        Matcher m = OUR_STYLE.matcher(text);
        while (m.find()) {
            ids.putIfAbsent(m.group(2).toLowerCase(Locale.ROOT), m.group(1));
        }
        if (!ids.keySet().containsAll(USED) || !text.contains("<w:lang w:val=\"" + LANGUAGE + "\"")) {
            throw new IllegalStateException("the bundled " + DEFAULTS + " lacks a used style or the language");
        }
        return new DocxStyles(text, ids, "built-in");
    }

    private static String oursText() {
        try (InputStream in = DocxStyles.class.getResourceAsStream(DEFAULTS)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
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
        Document theirs;
        try (ZipFile zip = new ZipFile(template.toFile())) {
            byte[] part = stylesPart(zip);
            if (part == null) {
                throw bad(template, "has no styles part; save it from Word as a .docx or .dotx");
            }
            theirs = parse(part);
        } catch (BedomningException e) {
            throw e;
        } catch (IOException | SAXException | RuntimeException e) {
            throw bad(template, "is not a Word document or template (.docx or .dotx) that can be read: "
                    + e.getMessage());
        }
        Element root = theirs.getDocumentElement();
        if (!W.equals(root.getNamespaceURI()) || !"styles".equals(root.getLocalName())) {
            throw bad(template, "has a styles part that is not WordprocessingML styles (its root is <"
                    + root.getNodeName() + ">)");
        }
        // Our styles and the language are written with the prefix w; declared here if the template uses another.
        if (!root.hasAttributeNS(XMLNS, "w")) {
            root.setAttributeNS(XMLNS, "xmlns:w", W);
        } else if (!W.equals(root.getAttributeNS(XMLNS, "w"))) {
            throw bad(template, "binds the prefix w to " + root.getAttributeNS(XMLNS, "w") + " in its styles part");
        }
        Map<String, Element> byName = names(root);
        Map<String, String> ids = new HashMap<>();
        byName.forEach((name, s) -> ids.put(name, s.getAttributeNS(W, "styleId")));
        Document ours;
        try {
            ours = parse(OURS.xml.getBytes(StandardCharsets.UTF_8));
        } catch (IOException | SAXException e) {
            throw new IllegalStateException("the bundled " + DEFAULTS + " cannot be read", e);
        }
        for (Element s : children(ours.getDocumentElement(), "style")) {
            String name = name(s);
            if (!byName.containsKey(name)) {
                String id = s.getAttributeNS(W, "styleId");
                while (ids.containsValue(id) || idTaken(root, id)) {
                    id = id + "Bedomning";
                }
                Element added = (Element) theirs.importNode(s, true);
                added.setAttributeNS(W, "w:styleId", id);
                root.appendChild(added);
                ids.put(name, id);
            }
        }
        swedish(theirs, root);
        Xml out = new Xml(1 << 16).append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        write(out, root);
        return new DocxStyles(out.toString(), ids, template.toString());
    }

    /** The styles part the template's main document names (word/styles.xml in every Word file), or null. */
    private static byte[] stylesPart(ZipFile zip) throws IOException, SAXException {
        String main = target(zip, "_rels/.rels", "", "/officeDocument");
        if (main == null) {
            main = "word/document.xml";
        }
        int slash = main.lastIndexOf('/');
        String dir = slash < 0 ? "" : main.substring(0, slash + 1);
        String styles = target(zip, dir + "_rels/" + main.substring(slash + 1) + ".rels", dir, "/styles");
        ZipEntry e = zip.getEntry(styles != null ? styles : dir + "styles.xml");
        if (e == null) {
            return null;
        }
        try (InputStream in = zip.getInputStream(e)) {
            return in.readAllBytes();
        }
    }

    /** The target (a zip entry name) of the first relationship in {@code rels} whose type ends so, or null. */
    private static String target(ZipFile zip, String rels, String base, String typeEnding)
            throws IOException, SAXException {
        ZipEntry e = zip.getEntry(rels);
        if (e == null) {
            return null;
        }
        Document d;
        try (InputStream in = zip.getInputStream(e)) {
            d = parse(in.readAllBytes());
        }
        for (Node n = d.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element r && RELS.equals(r.getNamespaceURI()) && "Relationship".equals(r.getLocalName())
                    && r.getAttribute("Type").endsWith(typeEnding) && !"External".equals(r.getAttribute("TargetMode"))) {
                String t = r.getAttribute("Target");
                String resolved = URI.create("/" + base).resolve(URI.create(t.replace(" ", "%20"))).getPath();
                return resolved.startsWith("/") ? resolved.substring(1) : resolved;
            }
        }
        return null;
    }

    private static Document parse(byte[] xml) throws IOException, SAXException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        try {
            // A template is a file from outside: no DTD, no external entities.
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            // Thrown, not printed: a bad template is reported once, as a problem naming the file.
            b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void error(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return b.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be configured", e);
        }
    }

    /** Fixes the document language to Swedish in the defaults (w:docDefaults/w:rPrDefault/w:rPr/w:lang). */
    private static void swedish(Document d, Element root) {
        Element defaults = child(d, root, "docDefaults", root.getFirstChild());
        Element rPrDefault = child(d, defaults, "rPrDefault", defaults.getFirstChild());
        Element rPr = child(d, rPrDefault, "rPr", null);
        // w:lang comes after the run properties before it in the schema and before these three.
        Node before = null;
        for (Node n = rPr.getFirstChild(); n != null && before == null; n = n.getNextSibling()) {
            if (n instanceof Element e && W.equals(e.getNamespaceURI())
                    && List.of("eastAsianLayout", "specVanish", "oMath").contains(e.getLocalName())) {
                before = e;
            }
        }
        Element lang = child(d, rPr, "lang", before);
        lang.setAttributeNS(W, "w:val", LANGUAGE);
    }

    /** The element's first w:{@code local} child, made (before {@code before}, or last) if it has none. */
    private static Element child(Document d, Element parent, String local, Node before) {
        List<Element> existing = children(parent, local);
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        Element e = d.createElementNS(W, "w:" + local);
        parent.insertBefore(e, before);
        return e;
    }

    private static List<Element> children(Element parent, String local) {
        List<Element> out = new java.util.ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && W.equals(e.getNamespaceURI()) && local.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static boolean idTaken(Element root, String id) {
        return children(root, "style").stream().anyMatch(s -> id.equals(s.getAttributeNS(W, "styleId")));
    }

    private static Map<String, Element> names(Element root) {
        Map<String, Element> out = new HashMap<>();
        for (Element s : children(root, "style")) {
            if (s.hasAttributeNS(W, "styleId") && !children(s, "name").isEmpty()) {
                out.putIfAbsent(name(s), s);
            }
        }
        return out;
    }

    private static String name(Element style) {
        List<Element> n = children(style, "name");
        return n.isEmpty() ? "" : n.get(0).getAttributeNS(W, "val").toLowerCase(Locale.ROOT);
    }

    /** The element as XML, its names and namespace declarations as the template wrote them. */
    private static void write(Xml out, Node n) {
        switch (n.getNodeType()) {
            case Node.ELEMENT_NODE -> {
                out.append("<").append(n.getNodeName());
                NamedNodeMap attrs = n.getAttributes();
                for (int i = 0; i < attrs.getLength(); i++) {
                    Node a = attrs.item(i);
                    out.append(" ").append(a.getNodeName()).append("=\"").attr(a.getNodeValue()).append("\"");
                }
                if (n.getFirstChild() == null) {
                    out.append("/>");
                } else {
                    out.append(">");
                    for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
                        write(out, c);
                    }
                    out.append("</").append(n.getNodeName()).append(">");
                }
            }
            case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> out.text(n.getNodeValue());
            default -> {
                // Comments and processing instructions carry nothing Word reads from styles.
            }
        }
    }

    private static BedomningException bad(Path template, String message) {
        return BedomningException.badInput("The draft was not written.",
                List.of(Problem.at(template.toString(), 0, 0, "--template", message)));
    }

    /** The styles part as written into each document. */
    byte[] bytes() {
        return bytes;
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
