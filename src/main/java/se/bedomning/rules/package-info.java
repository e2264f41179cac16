/** Loading the rules folder at run time: DRL files, thresholds, wording and catalog, each validated with file and line. */
package se.bedomning.rules;
