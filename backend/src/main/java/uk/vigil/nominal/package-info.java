/** Nominals (managed offenders): the area list and the profile. */
package uk.vigil.nominal;
