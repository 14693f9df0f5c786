package uk.vigil.generator;

import java.time.LocalDate;

/**
 * A victim of an index offence. {@code exPartner} victims (domestic abuse, stalking) are also
 * associates of the offender and appear in both person files with the same id. Deceased victims
 * have no home.
 */
record Victim(String id, Names.Name name, String sex, LocalDate dob, boolean vulnerable, String contactScheme,
              boolean deceased, boolean exPartner, Address home) {
}
