package se.bedomning.facts;

/**
 * How the actor reports an åtgärd in the handlingsplan for the year. A small vocabulary because the
 * report's own wording for these cases is formulaic ("Åtgärden har inte genomförts under året",
 * "har inget arbete att rapportera", "följs inte upp systematiskt", "Se uppföljning under åtgärd 3.8").
 */
public enum ActionStatus implements Codes.Coded {
    CARRIED_OUT("carried_out", "genomförd"),
    ONGOING("ongoing", "pågår"),
    NOT_CARRIED_OUT("not_carried_out", "ej genomförd"),
    NO_WORK_TO_REPORT("no_work_to_report", "inget att rapportera"),
    NOT_FOLLOWED_UP("not_followed_up", "följs inte upp"),
    REPORTED_ELSEWHERE("reported_elsewhere", "redovisas under annan åtgärd");

    private final String code;
    private final String swedish;

    ActionStatus(String code, String swedish) {
        this.code = code;
        this.swedish = swedish;
    }

    @Override
    public String code() {
        return code;
    }

    /** The Swedish status word a CSV from an analyst may use instead of the code. */
    public String swedish() {
        return swedish;
    }
}
