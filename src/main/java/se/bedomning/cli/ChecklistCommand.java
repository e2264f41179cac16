package se.bedomning.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.bedomning.evaluation.Checklist;
import se.bedomning.problem.ExitCode;
import se.bedomning.rules.RuleSet;

/** {@code bedomning checklist}: how many of the report's own conclusions the draft reproduces. */
@Command(name = "checklist", mixinStandardHelpOptions = true,
        description = "Print how many of a report's data-derived conclusions (conclusions.json beside the fact file)"
                + " the draft reproduces, and why each missed one is missed.")
public final class ChecklistCommand extends DataCommand implements Callable<Integer> {

    @Option(names = "--conclusions", paramLabel = "FILE", description = "Checklist. Default: conclusions.json beside --data")
    Path conclusions;

    @Override
    public Integer call() {
        RuleSet ruleSet = loadRules();
        Path list = conclusions != null ? conclusions : dataFile().resolveSibling("conclusions.json");
        Pipeline.Result r = Pipeline.run(ruleSet, dataFile());
        List<Checklist.Outcome> outcomes = Checklist.read(list).check(r.assessment());
        PrintWriter out = out();
        out.print(report(list.toString(), outcomes));
        // Per layer: the bedömning alone (what an analyst reads first) against bedömning + underlag above.
        List<Checklist.Outcome> alone = Checklist.read(list).checkAssessment(r.assessment());
        out.println("bedömning layer alone: " + summary(alone).replace("the draft reproduces", "reproduces"));
        // The conclusions about indicators and about åtgärder apart: every åtgärd finding is said in the
        // bedömning's handlingsplan paragraph, so a share of all conclusions hides how much of what the report
        // concluded from the indicators the bedömning itself states.
        out.println(layerLine("bedömning + underlag", outcomes));
        out.println(layerLine("bedömning alone", alone));
        out.flush();
        return ExitCode.OK.code();
    }

    /** "reproduces 19 of 35 conclusions (54 %); 19 of the 22 (86 %) whose data the fixture holds". */
    static String summary(List<Checklist.Outcome> outcomes) {
        long hit = outcomes.stream().filter(Checklist.Outcome::reproduced).count();
        long supported = outcomes.stream().filter(o -> o.reproduced() || o.dataInFixture()).count();
        return String.format(Locale.ROOT, "the draft reproduces %d of %d conclusions (%d %%); %d of the %d (%d %%) whose"
                + " data the fixture holds", hit, outcomes.size(), percent(hit, outcomes.size()), hit, supported,
                percent(hit, supported));
    }

    /**
     * "bedömning alone: indicator conclusions 36 of 55 (65 %); åtgärd conclusions 28 of 28 (100 %)": one layer's
     * share of the conclusions about indicators and of those about åtgärder of the handlingsplan, each apart.
     */
    static String layerLine(String layer, List<Checklist.Outcome> outcomes) {
        return layer + ": " + share("indicator", outcomes.stream().filter(o -> o.conclusion().action() == null).toList())
                + "; " + share("åtgärd", outcomes.stream().filter(o -> o.conclusion().action() != null).toList());
    }

    private static String share(String what, List<Checklist.Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return "no " + what + " conclusions";
        }
        long hit = outcomes.stream().filter(Checklist.Outcome::reproduced).count();
        return String.format(Locale.ROOT, "%s conclusions %d of %d (%d %%)", what, hit, outcomes.size(),
                percent(hit, outcomes.size()));
    }

    private static long percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(100.0 * part / whole);
    }

    static String report(String file, List<Checklist.Outcome> outcomes) {
        StringBuilder sb = new StringBuilder();
        sb.append(file).append(": ").append(summary(outcomes)).append(System.lineSeparator());
        for (Checklist.Outcome o : outcomes) {
            Checklist.Conclusion c = o.conclusion();
            sb.append(String.format(Locale.ROOT, "  %s %-28s Mål %d %s %s%s%n", o.reproduced() ? "ok  " : "MISS", c.id(),
                    c.goal(), c.kind().code(), c.action() != null ? "åtgärd " + c.action() : c.indicator(),
                    c.group() == null ? "" : "/" + c.group()));
            if (!o.reproduced()) {
                sb.append("       ").append(o.dataInFixture() ? "" : "[no data in the fixture] ").append(o.reason())
                        .append(System.lineSeparator());
            }
        }
        return sb.toString();
    }
}
