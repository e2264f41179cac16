/**
 * Facts in, assessment out: the {@link se.bedomning.evaluation.Engine} seam, the rules behind it
 * ({@link se.bedomning.evaluation.Evaluator}), the derived facts in a deterministic order, and the
 * checklist of a report's own conclusions.
 */
package se.bedomning.evaluation;
