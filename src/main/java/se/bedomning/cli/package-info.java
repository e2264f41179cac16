/** The {@code bedomning} command line (picocli): draft, checklist and the exit codes scripts rely on. */
package se.bedomning.cli;
