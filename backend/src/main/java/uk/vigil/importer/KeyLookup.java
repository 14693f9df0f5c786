package uk.vigil.importer;

import java.util.Collection;
import java.util.Map;

/** Finds keys already in the graph: which of {@code ids} exist as {@code label} nodes (with {@code role}, if given). */
@FunctionalInterface
interface KeyLookup {
    /** Returns the found ids, each with the node's {@code attribute} property (null when none asked or set). */
    Map<String, String> find(String label, String role, String attribute, Collection<String> ids);
}
