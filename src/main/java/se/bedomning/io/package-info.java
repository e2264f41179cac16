/**
 * Reading fact files (JSON, CSV, Kolada), the catalog, thresholds and mappings with exact locations for
 * every problem, and the JSON toolkit the lexicon reads with; writing outputs atomically.
 */
package se.bedomning.io;
