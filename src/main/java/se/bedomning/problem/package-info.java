/** User-facing problems (file, line, field, value, expectation) and the one exception that carries an exit code. */
package se.bedomning.problem;
