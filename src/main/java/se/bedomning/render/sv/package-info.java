/** Swedish: number formats as the reports write them, wording templates and their validation. */
package se.bedomning.render.sv;
