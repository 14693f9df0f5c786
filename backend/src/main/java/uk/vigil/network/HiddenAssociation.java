package uk.vigil.network;

import java.util.List;

/** One person linked to the subject with no recorded association: the combined score and every piece of evidence. */
public record HiddenAssociation(NetworkNode person, double score, String strength, List<Evidence> evidence) {

    /** One shared thing, in words, with its score and the factors that made it. */
    public record Evidence(String via, NetworkNode shared, long sharedBy, String text, LinkEvidence.Score score) {
    }
}
