/**
 * The benchmarks beside the command line ({@code bench}, {@code bench firing}, {@code bench generate}):
 * timings, a generated national data set, and a plain-Java baseline of the rules' findings. They use
 * the command line's pipeline; nothing outside {@code se.bedomning.Main} uses them.
 */
package se.bedomning.bench;
