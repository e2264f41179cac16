package se.bedomning.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The packages point one way: cli → render / evaluation → rules → lexicon / io → facts, problem at the
 * bottom, the benchmarks beside the command line (they may use it; it never uses them) and the entry
 * point above both. Any import that runs back up fails here, naming the classes. A new package must
 * be placed in a layer before anything compiles against it.
 */
@AnalyzeClasses(packages = "se.bedomning", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule LAYERS_POINT_ONE_WAY = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .ensureAllClassesAreContainedInArchitecture()
            .layer("Entry").definedBy("se.bedomning")
            .layer("Cli").definedBy("se.bedomning.cli..")
            .layer("Bench").definedBy("se.bedomning.bench..")
            .layer("RuleTests").definedBy("se.bedomning.ruletests..")
            .layer("Render").definedBy("se.bedomning.render..")
            .layer("Evaluation").definedBy("se.bedomning.evaluation..")
            .layer("Rules").definedBy("se.bedomning.rules..")
            .layer("Lexicon").definedBy("se.bedomning.lexicon..")
            .layer("Io").definedBy("se.bedomning.io..")
            .layer("Facts").definedBy("se.bedomning.facts..")
            .layer("Problem").definedBy("se.bedomning.problem..")
            .whereLayer("Entry").mayNotBeAccessedByAnyLayer()
            .whereLayer("Bench").mayOnlyBeAccessedByLayers("Entry")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("Entry", "Bench")
            .whereLayer("RuleTests").mayOnlyBeAccessedByLayers("Cli")
            .whereLayer("Render").mayOnlyBeAccessedByLayers("Cli", "Bench", "RuleTests")
            .whereLayer("Evaluation").mayOnlyBeAccessedByLayers("Cli", "Bench", "RuleTests", "Render")
            // Render words an assessment with the lexicon and the thresholds it is handed, never a RuleSet.
            .whereLayer("Rules").mayOnlyBeAccessedByLayers("Cli", "Bench", "RuleTests", "Evaluation")
            .whereLayer("Lexicon").mayOnlyBeAccessedByLayers("Cli", "Bench", "RuleTests", "Render", "Evaluation",
                    "Rules")
            // The lexicon reads its JSON with io's located-problem toolkit, as the catalog does; never the reverse.
            .whereLayer("Io").mayOnlyBeAccessedByLayers("Cli", "Bench", "RuleTests", "Render", "Evaluation", "Rules",
                    "Lexicon")
            .whereLayer("Facts").mayOnlyBeAccessedByLayers("Cli", "Bench", "RuleTests", "Render", "Evaluation",
                    "Rules", "Lexicon", "Io")
            .whereLayer("Problem").mayOnlyBeAccessedByLayers("Cli", "Bench", "RuleTests", "Render", "Evaluation",
                    "Rules", "Lexicon", "Io", "Facts");
}
