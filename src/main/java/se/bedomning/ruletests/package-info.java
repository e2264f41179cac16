/**
 * The rule tests reviewers write as data in {@code rules/tests/*.json}: reading the cases, running each
 * through the rules and the draft, and saying what differs. Used by {@code test-rules} and {@code mvn test}.
 */
package se.bedomning.ruletests;
