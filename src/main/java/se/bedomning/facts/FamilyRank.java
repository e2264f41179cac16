package se.bedomning.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a series stands among the other members of its family (catalog "family", e.g. clearance rates
 * per crime type) with the same group, unit and last year. The ranks are computed across all series
 * before any {@link Series} is built, and each is built with its own, so a fact never changes once
 * made.
 *
 * @param size how many series, this one included, it is ranked among; 0 without a family
 * @param rank 1 = highest (ties share the rank)
 * @param rankFromBottom 1 = lowest (ties share the rank)
 * @param ties how many other members have exactly the same value: four crime types tied at 0 % are
 *     not each "the lowest"
 */
record FamilyRank(int size, int rank, int rankFromBottom, int ties) {

    static final FamilyRank NONE = new FamilyRank(0, 0, 0, 0);

    /** What a series is compared on; a series without a family or without values has no peers. */
    record Member(Peers peers, BigDecimal value) {
    }

    /** Series are peers when all of these are equal. */
    record Peers(String family, String group, Unit unit, int year) {
    }

    static Member member(SeriesData data, Segment s) {
        String family = data.indicator().family();
        if (family == null || s.isEmpty()) {
            return new Member(null, null);
        }
        return new Member(new Peers(family, data.group().id(), data.indicator().unit(), s.last().year()),
                s.last().value());
    }

    /** The rank of each member among its peers, in the members' order. */
    static List<FamilyRank> of(List<Member> members) {
        Map<Peers, List<BigDecimal>> values = new LinkedHashMap<>();
        for (Member m : members) {
            if (m.peers() != null) {
                values.computeIfAbsent(m.peers(), k -> new ArrayList<>()).add(m.value());
            }
        }
        List<FamilyRank> ranks = new ArrayList<>(members.size());
        for (Member m : members) {
            if (m.peers() == null) {
                ranks.add(NONE);
                continue;
            }
            List<BigDecimal> peers = values.get(m.peers());
            int above = 0;
            int below = 0;
            for (BigDecimal v : peers) {
                int c = v.compareTo(m.value());
                above += c > 0 ? 1 : 0;
                below += c < 0 ? 1 : 0;
            }
            ranks.add(new FamilyRank(peers.size(), 1 + above, 1 + below, peers.size() - 1 - above - below));
        }
        return List.copyOf(ranks);
    }
}
