package se.bedomning.facts;

/**
 * The dimensions that describe what an indicator measures, beside its violence type and respondent:
 * what it is about, whom it concerns, how the service is provided and who acts. Themes (rules/themes.json)
 * and aggregation join findings on these, so a new indicator with the right dimensions joins them with no
 * rule change. Each is null when a fact file's own indicator does not give it (the catalog requires all).
 */
public record Dimensions(Topic topic, TargetGroup targetGroup, Provision provision, Actor actor) {

    public static final Dimensions NONE = new Dimensions(null, null, null, null);

    /** The code of a dimension value, null when absent; the rules compare codes, as in themes.json. */
    static String code(Codes.Coded c) {
        return c == null ? null : c.code();
    }
}
