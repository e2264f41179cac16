package se.bedomning.facts;

/** The strategy's violence types. */
public enum ViolenceType implements Codes.Coded {
    NARA_RELATIONER("nara_relationer"),
    HEDER("heder"),
    SEXUELLT_VALD("sexuellt_vald"),
    PROSTITUTION("prostitution"),
    MANNISKOHANDEL("manniskohandel"),
    ALLA("alla");

    private final String code;

    ViolenceType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
