/**
 * The draft as a Word document (.docx, its parts written as text and zipped; POI only reads it back in the tests): Word's built-in styles or the agency template's, the
 * report's tables and native charts from {@link se.bedomning.render.ReportTables}, sources as footnotes.
 */
package se.bedomning.render.docx;
