/** Benchmark support: a generated national data set and a plain-Java baseline of the rules' findings. */
package se.bedomning.bench;
