package uk.vigil.conflict;

import java.util.List;

/** Records that changed (by id), from which the nominals to recompute are found. */
public record Changes(List<String> addresses, List<String> zones, List<String> conditions, List<String> people,
                      List<String> places) {
    public static Changes none() {
        return new Changes(List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public static Changes address(String id) {
        return new Changes(List.of(id), List.of(), List.of(), List.of(), List.of());
    }

    public static Changes zone(String id) {
        return new Changes(List.of(), List.of(id), List.of(), List.of(), List.of());
    }

    public static Changes person(String id) {
        return new Changes(List.of(), List.of(), List.of(), List.of(id), List.of());
    }

    public static Changes place(String id) {
        return new Changes(List.of(), List.of(), List.of(), List.of(), List.of(id));
    }
}
