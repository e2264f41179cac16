package se.bedomning.facts;

/**
 * Who acts on what an indicator measures or who carries out an åtgärd (catalog "actor", action "actors").
 */
public enum Actor implements Codes.Coded {
    KOMMUN("kommun"),
    REGION("region"),
    SKOLA("skola"),
    POLIS("polis"),
    AKLAGARE("aklagare"),
    DOMSTOL("domstol"),
    KRIMINALVARDEN("kriminalvarden"),
    LANSSTYRELSEN("lansstyrelsen"),
    ARBETSFORMEDLINGEN("arbetsformedlingen"),
    FORSAKRINGSKASSAN("forsakringskassan"),
    IDEELL("ideell"),
    FLERA("flera");

    private final String code;

    Actor(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
