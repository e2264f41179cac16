package se.bedomning.facts;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A reviewer-set number that a rule judges against, inserted as a fact so DRL never holds a literal.
 * A threshold may be qualified by unit and by base kind (what a share is a share of); a rule that
 * matches on {@code baseKind == $s.baseKind} needs an entry per base kind, including none (null).
 */
public final class Threshold {

    public static final Pattern NAME = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-zA-Z0-9]+)+");

    private final String name;
    private final Unit unit;
    private final BaseKind baseKind;
    private final BigDecimal decimal;
    private final String description;

    public Threshold(String name, Unit unit, BigDecimal value, String description) {
        this(name, unit, null, value, description);
    }

    public Threshold(String name, Unit unit, BaseKind baseKind, BigDecimal value, String description) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("threshold name must look like group.name, was " + name);
        }
        this.name = name;
        this.unit = unit;
        this.baseKind = baseKind;
        this.decimal = Objects.requireNonNull(value, "value");
        this.description = description == null ? "" : description;
    }

    public String getName() {
        return name;
    }

    public Unit getUnit() {
        return unit;
    }

    public BaseKind getBaseKind() {
        return baseKind;
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
        String qualifier = (unit == null ? "" : unit.code()) + (baseKind == null ? "" : "/" + baseKind.code());
        return qualifier.isEmpty() ? name : name + "[" + qualifier + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Threshold t && t.name.equals(name) && t.unit == unit && t.baseKind == baseKind
                && t.decimal.compareTo(decimal) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, unit, baseKind, decimal.stripTrailingZeros());
    }

    @Override
    public String toString() {
        return key() + "=" + decimal.toPlainString();
    }
}
