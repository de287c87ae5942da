/**
 * Pure check algorithms used by the rules: NHS number modulus 11, SNOMED CT identifier structure
 * and Verhoeff check digit, postcode shapes, ODS code shapes, referrer code formats, NICIP code shape
 * and Spark's {@code months_between}. No state, no I/O, no allocation on the passing path; the rules
 * turn their answers into messages (did-reference.md §4).
 */
package org.didworkbench.domain.rules.checks;
