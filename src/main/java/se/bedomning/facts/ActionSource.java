package se.bedomning.facts;

/**
 * What the {@code actions} of a fact file are. A report either follows up the handlingsplan's numbered
 * åtgärder, or (like Länsstyrelsen Stockholm's redovisning 2023, written before the handlingsplan 2024–2027)
 * gives the agency's own activities, which the fact file files under the number of the åtgärd each
 * corresponds to so the years compare. The draft must not say a report followed up a handlingsplan it did
 * not, so the wording is chosen by this (a ".activities" variant of a key first).
 */
public enum ActionSource implements Codes.Coded {
    /** The report follows up the handlingsplan's numbered åtgärder (the default). */
    HANDLINGSPLAN("handlingsplan"),
    /** The report gives its own activities, each filed under the number of the åtgärd it corresponds to. */
    ACTIVITIES("activities");

    private final String code;

    ActionSource(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
