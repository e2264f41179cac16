package se.bedomning.facts;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A reviewer-set number that a rule judges against, inserted as a fact so DRL never holds a literal.
 * A threshold without a unit applies to every unit.
 */
public final class Threshold {

    public static final Pattern NAME = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-zA-Z0-9]+)+");

    private final String name;
    private final Unit unit;
    private final BigDecimal decimal;
    private final String description;

    public Threshold(String name, Unit unit, BigDecimal value, String description) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("threshold name must look like group.name, was " + name);
        }
        this.name = name;
        this.unit = unit;
        this.decimal = Objects.requireNonNull(value, "value");
        this.description = description == null ? "" : description;
    }

    public String getName() {
        return name;
    }

    public Unit getUnit() {
        return unit;
    }

    /** The value as the rules compare it. */
    public double getValue() {
        return decimal.doubleValue();
    }

    /** The value exactly as the reviewer wrote it, for output. */
    public BigDecimal getDecimal() {
        return decimal;
    }

    public String getDescription() {
        return description;
    }

    public String key() {
        return unit == null ? name : name + "[" + unit.code() + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Threshold t && t.name.equals(name) && t.unit == unit && t.decimal.compareTo(decimal) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, unit, decimal.stripTrailingZeros());
    }

    @Override
    public String toString() {
        return key() + "=" + decimal.toPlainString();
    }
}
