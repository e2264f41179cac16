package se.bedomning.facts;

/**
 * Whom an indicator concerns (catalog "targetGroup"): barn, unga (pupils), vuxna, valdsutovare (perpetrators),
 * alla. A series whose group segment is one of these codes ("barn", "vuxna") concerns that group.
 */
public enum TargetGroup implements Codes.Coded {
    BARN("barn"),
    UNGA("unga"),
    VUXNA("vuxna"),
    VALDSUTOVARE("valdsutovare"),
    ALLA("alla");

    private final String code;

    TargetGroup(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
