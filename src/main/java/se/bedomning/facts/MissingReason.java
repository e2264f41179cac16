package se.bedomning.facts;

/**
 * Why a source gives no value for a year. Kolada's markers map onto these: {@code ..} suppressed,
 * {@code .} not applicable, {@code -} missing. The reason is kept so that a gap is never read as zero.
 */
public enum MissingReason implements Codes.Coded {
    SUPPRESSED("suppressed", ".."),
    NOT_APPLICABLE("not_applicable", "."),
    MISSING("missing", "-");

    private final String code;
    private final String marker;

    MissingReason(String code, String marker) {
        this.code = code;
        this.marker = marker;
    }

    @Override
    public String code() {
        return code;
    }

    /** The marker Kolada and Swedish statistical tables print in the cell instead of a number. */
    public String marker() {
        return marker;
    }

    /** The reason a table marker stands for, or null when {@code text} is not a marker. */
    public static MissingReason ofMarker(String text) {
        for (MissingReason r : values()) {
            if (r.marker.equals(text)) {
                return r;
            }
        }
        return null;
    }
}
