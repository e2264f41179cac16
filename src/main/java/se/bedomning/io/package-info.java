/** Reading fact files, the catalog, thresholds and wording with exact locations for every problem; writing outputs atomically. */
package se.bedomning.io;
