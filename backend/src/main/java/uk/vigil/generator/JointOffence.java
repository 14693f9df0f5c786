package uk.vigil.generator;

import java.time.LocalDate;

/**
 * An earlier offence two nominals were both convicted of: it bridges co-offender groups into wider
 * networks. The owner's bundle writes the offence; both write a conviction for it.
 */
record JointOffence(String offenceId, int owner, int other, String type, LocalDate date, LocalDate convictionDate) {
}
