package se.bedomning.facts;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One named theme of the utvecklingsområden, as a reviewer writes it in rules/themes.json: the concern kinds
 * it gathers ({@code concerns}; {@code raisedBy} those that can raise it on their own, the others only join
 * it once raised), the dimension values it covers (an empty set covers every value), its Swedish name and
 * the action phrase that becomes the bullet. {@code rank} is its place in the file: a concern that fits
 * several themes goes to the first (development.drl decides this, not Java).
 */
public final class ThemeDefinition {

    private final String id;
    private final int rank;
    private final String name;
    private final String action;
    private final Set<String> concerns;
    private final Set<String> raisedBy;
    private final Set<String> topics;
    private final Set<String> targetGroups;
    private final Set<String> violenceTypes;
    private final Set<String> provisions;
    private final Set<String> actors;
    /** The name for a report that gives the agency's own activities ("name.activities"); the name when absent. */
    private final String nameForActivities;

    public ThemeDefinition(String id, int rank, String name, String action, Collection<String> concerns,
            Collection<String> raisedBy, Collection<String> topics, Collection<String> targetGroups,
            Collection<String> violenceTypes, Collection<String> provisions, Collection<String> actors) {
        this(id, rank, name, null, action, concerns, raisedBy, topics, targetGroups, violenceTypes, provisions, actors);
    }

    public ThemeDefinition(String id, int rank, String name, String nameForActivities, String action,
            Collection<String> concerns, Collection<String> raisedBy, Collection<String> topics,
            Collection<String> targetGroups, Collection<String> violenceTypes, Collection<String> provisions,
            Collection<String> actors) {
        this.id = Objects.requireNonNull(id, "id");
        this.rank = rank;
        this.name = Objects.requireNonNull(name, "name");
        this.nameForActivities = nameForActivities == null ? name : nameForActivities;
        this.action = Objects.requireNonNull(action, "action");
        this.concerns = set(concerns);
        this.raisedBy = raisedBy.isEmpty() ? this.concerns : set(raisedBy);
        this.topics = set(topics);
        this.targetGroups = set(targetGroups);
        this.violenceTypes = set(violenceTypes);
        this.provisions = set(provisions);
        this.actors = set(actors);
    }

    /** A hash set: the rules ask {@code topics contains $topic} with a null topic, which Set.of refuses. */
    private static Set<String> set(Collection<String> values) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(values));
    }

    public String getId() {
        return id;
    }

    public int getRank() {
        return rank;
    }

    public String getName() {
        return name;
    }

    /**
     * The name in a draft whose åtgärder are of {@code source}: a theme whose name speaks of the handlingsplan has
     * another for activities, so the bullet does not say the report followed up a handlingsplan it did not.
     */
    public String nameFor(ActionSource source) {
        return source == ActionSource.ACTIVITIES ? nameForActivities : name;
    }

    public String getAction() {
        return action;
    }

    public Set<String> getConcerns() {
        return concerns;
    }

    public Set<String> getRaisedBy() {
        return raisedBy;
    }

    public Set<String> getTopics() {
        return topics;
    }

    public Set<String> getTargetGroups() {
        return targetGroups;
    }

    public Set<String> getViolenceTypes() {
        return violenceTypes;
    }

    public Set<String> getProvisions() {
        return provisions;
    }

    public Set<String> getActors() {
        return actors;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ThemeDefinition t && t.id.equals(id) && t.rank == rank;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, rank);
    }

    @Override
    public String toString() {
        return "ThemeDefinition[" + id + "]";
    }
}
