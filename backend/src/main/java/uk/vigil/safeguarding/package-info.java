/**
 * Safeguarding children: children who live or lived with a registered sex offender or a nominal
 * barred from living with children ({@link uk.vigil.safeguarding.ChildrenAtRisk}, docs/network.md).
 */
package uk.vigil.safeguarding;
