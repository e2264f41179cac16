package se.bedomning.facts;

/**
 * How a service is provided (catalog "provision"): in the municipality's own management (egen_regi), in
 * cooperation with others (samverkan), either (egen_regi_eller_samverkan), or not a question of provision
 * (ej_tillampligt).
 */
public enum Provision implements Codes.Coded {
    EGEN_REGI("egen_regi"),
    SAMVERKAN("samverkan"),
    EGEN_REGI_ELLER_SAMVERKAN("egen_regi_eller_samverkan"),
    EJ_TILLAMPLIGT("ej_tillampligt");

    private final String code;

    Provision(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
