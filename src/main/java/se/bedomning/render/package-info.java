/** Turning an assessment into a draft (sentences with their trace) and writing it as Markdown or JSON. */
package se.bedomning.render;
