package se.bedomning.facts;

import java.math.BigDecimal;
import java.util.List;
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
    private final List<String> compares;
    private final boolean reachedBelow;
    /** Rules compare the value on every join and findings sort by the key; both are computed once. */
    private final double value;
    private final String key;
    private final int hash;

    public Threshold(String name, Unit unit, BigDecimal value, String description) {
        this(name, unit, null, value, description, List.of(), false);
    }

    /**
     * @param compares the Series fields this number is judged against, so {@code explain} can show how
     *     close a series came to it
     * @param reachedBelow true when a field reaches the threshold by staying below it (low levels, small
     *     bases); otherwise by reaching it in size (changes count in either direction)
     */
    public Threshold(String name, Unit unit, BaseKind baseKind, BigDecimal value, String description,
            List<String> compares, boolean reachedBelow) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("threshold name must look like group.name, was " + name);
        }
        this.name = name;
        this.unit = unit;
        this.baseKind = baseKind;
        this.decimal = Objects.requireNonNull(value, "value");
        this.description = description == null ? "" : description;
        this.compares = List.copyOf(compares);
        this.reachedBelow = reachedBelow;
        this.value = decimal.doubleValue();
        String qualifier = (unit == null ? "" : unit.code()) + (baseKind == null ? "" : "/" + baseKind.code());
        this.key = qualifier.isEmpty() ? name : name + "[" + qualifier + "]";
        this.hash = Objects.hash(name, unit, baseKind, decimal.stripTrailingZeros());
    }

    public boolean isReachedBelow() {
        return reachedBelow;
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
        return value;
    }

    /** The value exactly as the reviewer wrote it, for output. */
    public BigDecimal getDecimal() {
        return decimal;
    }

    public String getDescription() {
        return description;
    }

    public List<String> getCompares() {
        return compares;
    }

    public String key() {
        return key;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Threshold t && t.name.equals(name) && t.unit == unit && t.baseKind == baseKind
                && t.decimal.compareTo(decimal) == 0;
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return key() + "=" + decimal.toPlainString();
    }
}
