package se.bedomning.rules;

import java.nio.file.Path;
import java.util.Objects;
import org.kie.api.KieBase;
import se.bedomning.io.Catalog;
import se.bedomning.io.KoladaMapping;
import se.bedomning.io.Themes;
import se.bedomning.io.Thresholds;
import se.bedomning.lexicon.Wording;

/** Everything a rules folder holds, compiled and validated: ready to draft any number of fact files. */
public record RuleSet(Path folder, KieBase kieBase, Thresholds thresholds, Wording wording, Catalog catalog,
        String digest, String drlDigest, KoladaMapping kolada, Themes themes) {

    public RuleSet {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(kieBase, "kieBase");
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(wording, "wording");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(drlDigest, "drlDigest");
        Objects.requireNonNull(kolada, "kolada");
        Objects.requireNonNull(themes, "themes");
    }

    /** A rule set whose folder has no Kolada mapping. */
    public RuleSet(Path folder, KieBase kieBase, Thresholds thresholds, Wording wording, Catalog catalog, String digest,
            String drlDigest) {
        this(folder, kieBase, thresholds, wording, catalog, digest, drlDigest,
                KoladaMapping.absent(folder.resolve(KoladaMapping.FILE)), new Themes(folder.resolve(Themes.FILE),
                        java.util.List.of()));
    }

    /** The same compiled rules with other thresholds (rule tests, candidate values). */
    public RuleSet withThresholds(Thresholds other) {
        return new RuleSet(folder, kieBase, other, wording, catalog, digest, drlDigest, kolada, themes);
    }
}
