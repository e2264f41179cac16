package se.bedomning.facts;

import java.util.Objects;

/**
 * A goal × theme raised by a current concern that can raise it (development.drl): the unit an utvecklingsområde
 * is decided for; other concerns of the goal that fit the theme join it.
 */
public final class Theme {

    private final int goal;
    private final String name;

    public Theme(int goal, String name) {
        this.goal = goal;
        this.name = Objects.requireNonNull(name, "name");
    }

    public int getGoal() {
        return goal;
    }

    public String getName() {
        return name;
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
