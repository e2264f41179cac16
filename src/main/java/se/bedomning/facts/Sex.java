package se.bedomning.facts;

/** The sex of a group, used to pair groups for gender gaps. */
public enum Sex implements Codes.Coded {
    FEMALE("female"),
    MALE("male");

    private final String code;

    Sex(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
