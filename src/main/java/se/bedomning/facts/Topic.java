package se.bedomning.facts;

/**
 * What an indicator or åtgärd is about, from a fixed vocabulary (catalog and action facts "topic"), so that
 * themes and aggregation join on it rather than on ids: utsatthet (exposure to violence), forebyggande
 * (prevention), styrning (governance and coordination), upptackt (detection), stod (support to victims), skydd
 * (protection), aterfall (work with perpetrators against relapse), samverkan (agreements and cooperation),
 * lagforing (investigation and prosecution), rattsprocess (the legal process: times, contact bans), uppfoljning
 * (follow-up and statistics), kompetens (training and competence), metoder (methods and research), information
 * (information to the public).
 */
public enum Topic implements Codes.Coded {
    UTSATTHET("utsatthet"),
    FOREBYGGANDE("forebyggande"),
    STYRNING("styrning"),
    UPPTACKT("upptackt"),
    STOD("stod"),
    SKYDD("skydd"),
    ATERFALL("aterfall"),
    SAMVERKAN("samverkan"),
    LAGFORING("lagforing"),
    RATTSPROCESS("rattsprocess"),
    UPPFOLJNING("uppfoljning"),
    KOMPETENS("kompetens"),
    METODER("metoder"),
    INFORMATION("information");

    private final String code;

    Topic(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
