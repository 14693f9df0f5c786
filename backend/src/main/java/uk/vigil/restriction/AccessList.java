package uk.vigil.restriction;

import java.util.List;

/**
 * Who may see a person regardless of area ({@code allowed}), who may never see them
 * ({@code denied}), and whether only the allow list may ({@code restricted}). Usernames, sorted.
 * Deliberately nothing else of the person.
 */
public record AccessList(String id, boolean restricted, List<String> allowed, List<String> denied) {

    public AccessList {
        allowed = List.copyOf(allowed);
        denied = List.copyOf(denied);
    }
}
