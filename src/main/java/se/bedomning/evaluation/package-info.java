/** Running the rules over one fact set and collecting the derived facts in a deterministic order. */
package se.bedomning.evaluation;
