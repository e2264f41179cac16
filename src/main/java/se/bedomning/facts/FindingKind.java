package se.bedomning.facts;

/** The fixed vocabulary of conclusions; the codes are what the JSON output and checklists use. */
public enum FindingKind implements Codes.Coded {
    TREND_UP("trend_up"),
    TREND_DOWN("trend_down"),
    STABLE("stable"),
    UNCHANGED("unchanged"),
    RECORD_HIGH("record_high"),
    RECORD_LOW("record_low"),
    BELOW_NATIONAL_MEDIAN("below_national_median"),
    ABOVE_NATIONAL_MEDIAN("above_national_median"),
    IN_LINE_WITH_MEDIAN("in_line_with_median"),
    COVERAGE_GAP("coverage_gap"),
    LOW_LEVEL("low_level"),
    HIGH_LEVEL("high_level"),
    GENDER_GAP("gender_gap"),
    GROUP_GAP("group_gap"),
    SMALL_NUMBERS_CAVEAT("small_numbers_caveat"),
    DATA_CAVEAT("data_caveat"),
    DEVELOPMENT_AREA("development_area");

    private final String code;

    FindingKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
