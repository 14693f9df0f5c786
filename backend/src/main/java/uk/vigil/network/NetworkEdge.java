package uk.vigil.network;

import java.time.LocalDate;

/** One link drawn between two nodes (by key), with when it held and what it means in words. */
public record NetworkEdge(String id, String type, String source, String target, LocalDate from, LocalDate to,
                          String detail, String explanation) {
}
