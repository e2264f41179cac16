package se.bedomning.problem;

import java.util.Objects;

/**
 * One thing wrong with a user's file, said so that the user can find and fix it.
 * Line and column are 0 when the format or the library cannot tell them.
 */
public record Problem(String file, int line, int column, String field, String message) {

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        field = field == null ? "" : field;
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0");
        }
    }

    public static Problem at(String file, int line, int column, String field, String message) {
        return new Problem(file, line, column, field, message);
    }

    /** {@code file:line:column: field: message}, leaving out what is unknown. */
    public String render() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ");
        if (!field.isEmpty()) {
            sb.append(field).append(": ");
        }
        return sb.append(message).toString();
    }
}
