package se.bedomning.facts;

import java.util.Objects;

/**
 * A goal × theme raised by a current concern that can raise it (development.drl): the unit an utvecklingsområde
 * is decided for; other concerns of the goal that fit the theme join it.
 */
public final class Theme {

    private final int goal;
    private final String name;
    /**
     * The theme's place in rules/themes.json, so that the rule filing a concern under the first raised theme it
     * fits can compare raised themes; not part of the identity (the name decides it).
     */
    private final int rank;

    public Theme(int goal, String name, int rank) {
        this.goal = goal;
        this.name = Objects.requireNonNull(name, "name");
        this.rank = rank;
    }

    /** The theme as raised under a goal, keeping its place in the file for the rules that take the first. */
    public static Theme of(int goal, ThemeDefinition theme) {
        return new Theme(goal, theme.getId(), theme.getRank());
    }

    public int getGoal() {
        return goal;
    }

    public String getName() {
        return name;
    }

    public int getRank() {
        return rank;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Theme t && t.goal == goal && t.name.equals(name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(goal, name);
    }
}
