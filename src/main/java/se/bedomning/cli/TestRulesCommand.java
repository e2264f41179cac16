package se.bedomning.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import se.bedomning.problem.ExitCode;
import se.bedomning.rules.RuleSet;
import se.bedomning.ruletests.RuleTests;

/** {@code bedomning test-rules}: runs the rule tests written as data in {@code rules/tests/*.json}. */
@Command(name = "test-rules", mixinStandardHelpOptions = true,
        description = "Run the rule tests in <rules>/tests/*.json; prints pass/fail per case with the difference."
                + " Exit 1 when a case fails.")
public final class TestRulesCommand extends RulesCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        RuleSet set = loadRules();
        List<RuleTests.Case> cases = RuleTests.read(rulesFolder());
        PrintWriter out = out();
        int failed = 0;
        for (RuleTests.Case c : cases) {
            RuleTests.Result r = RuleTests.run(set, c);
            out.println((r.passed() ? "PASS " : "FAIL ") + c.file() + ":" + c.line() + "  " + c.name());
            for (String f : r.failures()) {
                out.println("       " + f);
            }
            failed += r.passed() ? 0 : 1;
        }
        out.println("rule tests: " + (cases.size() - failed) + " passed, " + failed + " failed");
        out.flush();
        return failed == 0 ? ExitCode.OK.code() : ExitCode.DIFFERENCES.code();
    }
}
