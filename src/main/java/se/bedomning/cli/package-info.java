/**
 * The {@code bedomning} command line (picocli): options, outputs and the exit codes scripts rely on; the
 * drafting itself goes through {@link se.bedomning.cli.Pipeline}. Never imports the benchmarks.
 */
package se.bedomning.cli;
