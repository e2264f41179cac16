package se.bedomning.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import se.bedomning.facts.Group;
import se.bedomning.facts.Indicator;

/** Indicator and group definitions by id, in file order. */
public record Catalog(Map<String, Indicator> indicators, Map<String, Group> groups) {

    public Catalog {
        indicators = Collections.unmodifiableMap(new LinkedHashMap<>(indicators));
        groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
    }

    public static Catalog empty() {
        return new Catalog(Map.of(), Map.of());
    }

    /** This catalog with {@code overrides} replacing or adding entries. */
    public Catalog with(Catalog overrides) {
        Map<String, Indicator> i = new LinkedHashMap<>(indicators);
        i.putAll(overrides.indicators);
        Map<String, Group> g = new LinkedHashMap<>(groups);
        g.putAll(overrides.groups);
        return new Catalog(i, g);
    }
}
