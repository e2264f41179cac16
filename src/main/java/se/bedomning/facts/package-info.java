/** Immutable facts: indicators, groups and series going into the rules, findings coming out. */
package se.bedomning.facts;
