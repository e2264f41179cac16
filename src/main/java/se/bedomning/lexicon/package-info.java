/**
 * The Swedish lexicon: the wording templates of a rules folder ({@code wording/sv.json}), read and
 * validated like the catalog. Kept apart from the realiser in {@code render}, which fills the templates.
 */
package se.bedomning.lexicon;
