package se.bedomning.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bedomning.bench.NationalData;
import se.bedomning.evaluation.Evaluator;
import se.bedomning.facts.FactSet;
import se.bedomning.io.FactFileReader;
import se.bedomning.testing.Facts;
import se.bedomning.testing.RulesCopy;

/**
 * The saliences in the DRL files order the layers (classify, suppress, judge, decide) only to save work:
 * with no saliences, or with every salience reversed so decisions run before the findings they rest on,
 * truth maintenance must still reach exactly the same conclusions.
 */
class RuleLayersTest {

    private static final Pattern SALIENCE = Pattern.compile("(?m)^salience (-?\\d+)$");

    @TempDir
    Path tmp;

    private Path rulesWith(String name, java.util.function.Function<Integer, String> salience) throws IOException {
        Path rules = RulesCopy.into(tmp.resolve(name));
        int changed = 0;
        try (Stream<Path> drls = Files.list(rules)) {
            for (Path drl : drls.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Matcher m = SALIENCE.matcher(Files.readString(drl));
                StringBuilder out = new StringBuilder();
                while (m.find()) {
                    changed++;
                    m.appendReplacement(out, salience.apply(Integer.parseInt(m.group(1))));
                }
                m.appendTail(out);
                Files.writeString(drl, out.toString());
            }
        }
        assertTrue(changed > 0, "the rules have saliences to change");
        return rules;
    }

    private List<FactSet> cases() throws IOException {
        List<FactSet> out = new ArrayList<>();
        for (String year : new String[] {"2018", "2023", "2024"}) {
            out.add(FactFileReader.read(Path.of("fixtures/stockholm", year, "facts.json"), Facts.rules().catalog()));
        }
        for (Path p : NationalData.write(tmp.resolve("national"), Facts.rules().catalog(), 2, 300, 6)) {
            out.add(FactFileReader.read(p, Facts.rules().catalog()));
        }
        return out;
    }

    private void sameConclusions(Path rules) throws IOException {
        RuleSet other = RuleLoader.load(rules);
        for (FactSet f : cases()) {
            assertEquals(Evaluator.evaluate(Facts.rules(), f).conclusions(), Evaluator.evaluate(other, f).conclusions(),
                    f.file());
            // The åtgärder's conclusions too: the handlingsplan paragraph's sentences and what it leaves unsaid.
            assertEquals(Evaluator.evaluate(Facts.rules(), f).actions().conclusions(),
                    Evaluator.evaluate(other, f).actions().conclusions(), f.file() + " (åtgärder)");
        }
    }

    @Test
    void withoutSaliencesTheConclusionsAreTheSame() throws IOException {
        sameConclusions(rulesWith("none", s -> ""));
    }

    @Test
    void withEverySalienceReversedTheConclusionsAreTheSame() throws IOException {
        sameConclusions(rulesWith("reversed", s -> "salience " + (-s)));
    }
}
