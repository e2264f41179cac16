package se.bedomning.facts;

import java.util.Objects;

/** A concern whose dimensions fit a theme's (development.drl); the concern goes to one of its candidates. */
public final class ThemeCandidate {

    private final Concern concern;
    private final ThemeDefinition theme;
    private final int hash;

    public ThemeCandidate(Concern concern, ThemeDefinition theme) {
        this.concern = Objects.requireNonNull(concern, "concern");
        this.theme = Objects.requireNonNull(theme, "theme");
        this.hash = Objects.hash(concern, theme);
    }

    public Concern getConcern() {
        return concern;
    }

    public ThemeDefinition getTheme() {
        return theme;
    }

    public String getThemeId() {
        return theme.getId();
    }

    public int getRank() {
        return theme.getRank();
    }

    public int getGoal() {
        return concern.getGoal();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ThemeCandidate c && c.concern.equals(concern) && c.theme.equals(theme);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
