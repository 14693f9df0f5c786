package uk.vigil.network;

import java.util.List;

/**
 * The hidden-associations report for one person: linked people ranked by evidence, and the common
 * places (hubs) left out because too many people share them to tell anything.
 */
public record HiddenAssociationReport(NetworkNode subject, List<HiddenAssociation> associations, List<Hub> hubs) {

    /** A thing shared by more than the hub degree of visible people: counted, not listed. */
    public record Hub(String via, NetworkNode shared, long sharedBy) {
    }
}
