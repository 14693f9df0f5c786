package uk.vigil.generator;

import java.time.LocalDate;

/**
 * Where a nominal lives: the current home (private, a hub, or the prison while in custody), the one
 * before it (ending when the current one starts), and a proposed release address for prisoners.
 * {@code ownsCurrent} is false when the current address belongs to someone else's bundle (a hub, or
 * another nominal's home shared without a recorded association).
 */
record Residence(Address current, LocalDate currentFrom, boolean ownsCurrent,
                 Address previous, LocalDate previousFrom, Address proposed) {

    Residence sharing(Address someoneElses, LocalDate from) {
        return new Residence(someoneElses, from, false, previous, previousFrom, proposed);
    }
}
