package se.bedomning.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The themes one concern fits, in the file's order (development.drl gathers them once per concern), so that the
 * rules raising a theme and filing the concern under one join one fact per concern instead of one per
 * concern × theme. Which theme the concern raises and which it goes to is decided in development.drl; this
 * only keeps the themes in order and reads through which of them list the concern's kind in raisedBy.
 */
public final class ThemeFit {

    private static final Comparator<ThemeDefinition> FILE_ORDER = Comparator.comparingInt(ThemeDefinition::getRank);

    private final Concern concern;
    private final List<ThemeDefinition> themes;
    private final List<String> themeIds;
    private final List<ThemeDefinition> raisable;
    /** Truth maintenance hashes derived facts on every logical insert; computed once. */
    private final int hash;

    private ThemeFit(Concern concern, List<ThemeDefinition> themes) {
        this.concern = Objects.requireNonNull(concern, "concern");
        this.themes = themes;
        List<String> ids = new ArrayList<>(themes.size());
        List<ThemeDefinition> raising = new ArrayList<>(themes.size());
        for (ThemeDefinition t : themes) {
            ids.add(t.getId());
            if (t.getRaisedBy().contains(concern.getKind())) {
                raising.add(t);
            }
        }
        this.themeIds = List.copyOf(ids);
        this.raisable = List.copyOf(raising);
        this.hash = Objects.hash(concern, themes);
    }

    /**
     * The themes of the concern's own topic and those of every topic (two hash joins, each in the engine's
     * order) as one list in the file's order.
     */
    public static ThemeFit of(Concern concern, Collection<?> ownTopic, Collection<?> everyTopic) {
        List<ThemeDefinition> all = new ArrayList<>(ownTopic.size() + everyTopic.size());
        for (Object t : ownTopic) {
            all.add((ThemeDefinition) t);
        }
        for (Object t : everyTopic) {
            all.add((ThemeDefinition) t);
        }
        all.sort(FILE_ORDER);
        return new ThemeFit(concern, List.copyOf(all));
    }

    public Concern getConcern() {
        return concern;
    }

    public int getGoal() {
        return concern.getGoal();
    }

    /** The themes the concern fits, in the file's order. */
    public List<ThemeDefinition> getThemes() {
        return themes;
    }

    /** Whether the concern fits the theme of this id. */
    public boolean fits(String themeId) {
        return themeIds.contains(themeId);
    }

    /** The themes it fits whose raisedBy lists the concern's kind (it may raise them), in the file's order. */
    public List<ThemeDefinition> getRaisable() {
        return raisable;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ThemeFit f && f.concern.equals(concern) && f.themes.equals(themes);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "ThemeFit[" + concern + " " + themeIds + "]";
    }
}
