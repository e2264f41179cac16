/** Swedish number formats as the reports write them ("6,9", "2 455 914", procentenheter). */
package se.bedomning.render.sv;
