package se.bedomning.io;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A JSON value with the line and column it started at. Jackson's tree forgets locations, and every
 * problem we report must name its line, so the reader builds this small tree instead.
 */
public record Node(Object value, int line, int column) {

    public boolean isObject() {
        return value instanceof Map;
    }

    public boolean isArray() {
        return value instanceof List;
    }

    public boolean isText() {
        return value instanceof String;
    }

    public boolean isNumber() {
        return value instanceof BigDecimal;
    }

    public boolean isNull() {
        return value == null;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Node> fields() {
        return (Map<String, Node>) value;
    }

    @SuppressWarnings("unchecked")
    public List<Node> items() {
        return (List<Node>) value;
    }

    /** What the value is, in the words an error message uses. */
    public String describe() {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return "\"" + (s.length() > 60 ? s.substring(0, 57) + "..." : s) + "\"";
        }
        if (value instanceof BigDecimal b) {
            return PointChecks.show(b);
        }
        if (value instanceof Boolean b) {
            return b.toString();
        }
        return isObject() ? "an object" : "a list";
    }
}
