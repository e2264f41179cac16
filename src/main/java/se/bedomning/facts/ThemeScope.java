package se.bedomning.facts;

import java.util.Objects;
import java.util.Set;

/**
 * One topic a theme covers, or every topic ({@code anyTopic}, for a theme that lists none), and one concern kind
 * it gathers, so that the rule matching concerns to themes can join on the concern's topic and kind by hash
 * instead of testing every concern against every theme (a region has hundreds of concerns; most themes cover one
 * or two topics and gather a few kinds). The other dimensions are the theme's, read through.
 */
public final class ThemeScope {

    private final ThemeDefinition theme;
    private final String topic;
    private final String concern;
    private final int hash;

    public ThemeScope(ThemeDefinition theme, String topic, String concern) {
        this.theme = Objects.requireNonNull(theme, "theme");
        this.topic = topic;
        this.concern = Objects.requireNonNull(concern, "concern");
        this.hash = Objects.hash(theme, topic, concern);
    }

    /** The one concern kind (of those the theme gathers) this scope is for. */
    public String getConcern() {
        return concern;
    }

    public ThemeDefinition getTheme() {
        return theme;
    }

    /** The topic, null when the theme covers every topic. */
    public String getTopic() {
        return topic;
    }

    public boolean isAnyTopic() {
        return theme.getTopics().isEmpty();
    }

    public Set<String> getTargetGroups() {
        return theme.getTargetGroups();
    }

    public Set<String> getViolenceTypes() {
        return theme.getViolenceTypes();
    }

    public Set<String> getProvisions() {
        return theme.getProvisions();
    }

    public Set<String> getActors() {
        return theme.getActors();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ThemeScope s && s.theme.equals(theme) && Objects.equals(s.topic, topic)
                && Objects.equals(s.concern, concern);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "ThemeScope[" + theme.getId() + " " + (topic == null ? "*" : topic) + " " + concern + "]";
    }
}
