package se.bedomning.facts;

/** The fixed vocabulary of conclusions; the codes are what the JSON output and checklists use. */
public enum FindingKind implements Codes.Coded {
    TREND_UP("trend_up", true),
    TREND_DOWN("trend_down", true),
    STABLE("stable", false),
    UNCHANGED("unchanged", false),
    RECORD_HIGH("record_high", true),
    RECORD_LOW("record_low", true),
    BELOW_NATIONAL_MEDIAN("below_national_median", true),
    ABOVE_NATIONAL_MEDIAN("above_national_median", true),
    IN_LINE_WITH_MEDIAN("in_line_with_median", false),
    COVERAGE_GAP("coverage_gap", true),
    LOW_LEVEL("low_level", true),
    HIGH_LEVEL("high_level", true),
    GENDER_GAP("gender_gap", true),
    GROUP_GAP("group_gap", true),
    SMALL_NUMBERS_CAVEAT("small_numbers_caveat", false),
    DATA_CAVEAT("data_caveat", false),
    DEVELOPMENT_AREA("development_area", false),
    // The handlingsplan's åtgärder (actions.drl): what the report says of each one's follow-up.
    ACTION_CARRIED_OUT("action_carried_out", true),
    ACTION_PARTLY_IMPLEMENTED("action_partly_implemented", true),
    ACTION_ONGOING("action_ongoing", false),
    ACTION_NOT_CARRIED_OUT("action_not_carried_out", true),
    ACTION_NOTHING_TO_REPORT("action_nothing_to_report", true),
    ACTION_NOT_FOLLOWED_UP("action_not_followed_up", true),
    ACTION_REPORTED_ELSEWHERE("action_reported_elsewhere", false);

    private final String code;
    private final boolean judged;

    /**
     * @param judged whether the kind is good or bad news by its meaning (a rise, a low level, a gap), so a
     *     valence rule must judge it; stable, in line with the median, caveats and decisions are neutral
     */
    FindingKind(String code, boolean judged) {
        this.code = code;
        this.judged = judged;
    }

    /** Whether a valence rule must judge findings of this kind (checked when the rules are loaded). */
    public boolean judged() {
        return judged;
    }

    /** Whether the kind is about an åtgärd of the handlingsplan rather than an indicator series. */
    public boolean aboutAction() {
        return code.startsWith("action_");
    }

    @Override
    public String code() {
        return code;
    }
}
