package se.bedomning.evaluation;

import se.bedomning.facts.FactSet;

/**
 * Facts in, {@link Assessment} out: the one seam between what reads and drafts and what concludes. The
 * rules ({@link Evaluator}) draft; the benchmark's plain-Java baseline stands beside them to measure
 * what the rule engine costs.
 */
public interface Engine {

    Assessment assess(FactSet facts);
}
