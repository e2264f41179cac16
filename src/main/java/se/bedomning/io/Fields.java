package se.bedomning.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.bedomning.facts.Codes;
import se.bedomning.problem.Problem;

/**
 * Typed access to the fields of a located JSON object that records a problem (instead of throwing)
 * for every missing, mistyped or out-of-range value, so one run reports everything wrong at once.
 *
 * <p>A field's path ("series[3].points[2].value") is the object's path and the field's name, joined only
 * when a problem names it: a national batch reads millions of valid values, and joining the path of each
 * was a tenth of reading a fact file.
 */
public final class Fields {

    private final String file;
    private final List<Problem> problems;

    public Fields(String file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    public String file() {
        return file;
    }

    public void problem(Node at, String field, String message) {
        problems.add(Problem.at(file, at.line(), at.column(), field, message));
    }

    /** Reports fields that the format does not know, naming the ones it does. */
    public void onlyKnown(Node object, String path, Set<String> known) {
        for (Map.Entry<String, Node> e : object.fields().entrySet()) {
            if (!known.contains(e.getKey())) {
                problem(e.getValue(), join(path, e.getKey()), "unknown field; expected one of "
                        + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }

    public boolean isObject(Node node, String path) {
        if (node == null || !node.isObject()) {
            if (node != null) {
                problem(node, path, "is " + node.describe() + "; expected an object { … }");
            }
            return false;
        }
        return true;
    }

    public Optional<Node> optional(Node object, String name) {
        return Optional.ofNullable(present(object, name));
    }

    /** The field's value, or null when it is absent or JSON null (as {@link #optional}, without the wrapper). */
    private static Node present(Node object, String name) {
        Node n = object.fields().get(name);
        return n == null || n.isNull() ? null : n;
    }

    /** The field's value; null, with the problem recorded, when it is absent or JSON null. */
    private Node required(Node object, String path, String name, String expected) {
        Node n = present(object, name);
        if (n == null) {
            missing(object, path, name, expected);
        }
        return n;
    }

    /** Records that a required field is absent (at the object) or JSON null (at the null). */
    private void missing(Node object, String path, String name, String expected) {
        Node n = object.fields().get(name);
        problem(n == null ? object : n, join(path, name), "is missing; expected " + expected);
    }

    public String text(Node object, String path, String name) {
        Node n = required(object, path, name, "a text");
        return n == null ? null : asText(n, path, name);
    }

    public String optionalText(Node object, String path, String name) {
        Node n = present(object, name);
        return n == null ? null : asText(n, path, name);
    }

    public Boolean optionalBoolean(Node object, String path, String name) {
        Node n = present(object, name);
        if (n == null) {
            return null;
        }
        if (n.value() instanceof Boolean b) {
            return b;
        }
        problem(n, join(path, name), "is " + n.describe() + "; expected true or false");
        return null;
    }

    private String asText(Node n, String path, String name) {
        if (!n.isText()) {
            problem(n, join(path, name), "is " + n.describe() + "; expected a text in quotes");
            return null;
        }
        return (String) n.value();
    }

    public BigDecimal number(Node object, String path, String name) {
        Node n = required(object, path, name, "a number");
        return n == null ? null : asNumber(n, path, name);
    }

    public BigDecimal optionalNumber(Node object, String path, String name) {
        Node n = present(object, name);
        return n == null ? null : asNumber(n, path, name);
    }

    private BigDecimal asNumber(Node n, String path, String name) {
        if (n.isNumber()) {
            String tooBig = PointChecks.size((BigDecimal) n.value());
            if (tooBig != null) {
                problem(n, join(path, name), tooBig);
                return null;
            }
            return (BigDecimal) n.value();
        }
        String hint = n.isText() && ((String) n.value()).matches("-?[0-9 ]+,[0-9]+")
                ? " (write a decimal point: " + ((String) n.value()).replace(" ", "").replace(',', '.') + ")"
                : "";
        problem(n, join(path, name), "is " + n.describe() + "; expected a number" + hint);
        return null;
    }

    public Integer integer(Node object, String path, String name, int min, int max) {
        Node n = required(object, path, name, "a whole number");
        return n == null ? null : asInteger(n, path, name, min, max);
    }

    public Integer optionalInteger(Node object, String path, String name, int min, int max) {
        Node n = present(object, name);
        return n == null ? null : asInteger(n, path, name, min, max);
    }

    private Integer asInteger(Node n, String path, String name, int min, int max) {
        BigDecimal b = asNumber(n, path, name);
        if (b == null) {
            return null;
        }
        if (b.stripTrailingZeros().scale() > 0 || b.compareTo(BigDecimal.valueOf(min)) < 0
                || b.compareTo(BigDecimal.valueOf(max)) > 0) {
            problem(n, join(path, name), "is " + PointChecks.show(b) + "; expected a whole number from " + min + " to " + max);
            return null;
        }
        return b.intValueExact();
    }

    public <E extends Enum<E> & Codes.Coded> E code(Node object, String path, String name, Class<E> type) {
        Node n = present(object, name);
        if (n == null) {
            // The codes are listed only when a message needs them.
            missing(object, path, name, "one of " + Codes.allowed(type));
            return null;
        }
        return asCode(n, path, name, type);
    }

    public <E extends Enum<E> & Codes.Coded> E optionalCode(Node object, String path, String name, Class<E> type) {
        Node n = present(object, name);
        return n == null ? null : asCode(n, path, name, type);
    }

    private <E extends Enum<E> & Codes.Coded> E asCode(Node n, String path, String name, Class<E> type) {
        String s = asText(n, path, name);
        if (s == null) {
            return null;
        }
        Optional<E> e = Codes.find(type, s);
        if (e.isEmpty()) {
            problem(n, join(path, name), "is \"" + s + "\"; expected one of " + Codes.allowed(type));
        }
        return e.orElse(null);
    }

    public List<Node> list(Node object, String path, String name, boolean required) {
        Node n = required ? required(object, path, name, "a list [ … ]") : present(object, name);
        if (n == null) {
            return List.of();
        }
        if (!n.isArray()) {
            problem(n, join(path, name), "is " + n.describe() + "; expected a list [ … ]");
            return List.of();
        }
        return new ArrayList<>(n.items());
    }

    /** One object of a list field, with its index and the path problems name it by ("series[3]"). */
    public record Item(int index, String path, Node node) {
    }

    /** The objects of a list field, each with its path; an element that is not an object is reported and skipped. */
    public List<Item> objects(Node object, String path, String name, boolean required) {
        List<Item> out = new ArrayList<>();
        List<Node> nodes = list(object, path, name, required);
        String list = join(path, name);
        for (int i = 0; i < nodes.size(); i++) {
            String p = list + "[" + i + "]";
            if (isObject(nodes.get(i), p)) {
                out.add(new Item(i, p, nodes.get(i)));
            }
        }
        return out;
    }

    public static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
