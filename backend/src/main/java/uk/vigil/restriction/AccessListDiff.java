package uk.vigil.restriction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** What a change does to a person's restriction, for the audit record: the flag and who was added or removed. */
record AccessListDiff(boolean restrictedBefore, boolean restrictedAfter, List<String> allowedAdded,
                      List<String> allowedRemoved, List<String> deniedAdded, List<String> deniedRemoved) {

    static AccessListDiff of(AccessList before, AccessListChange after) {
        return new AccessListDiff(before.restricted(), after.restricted(),
                minus(after.allowed(), before.allowed()), minus(before.allowed(), after.allowed()),
                minus(after.denied(), before.denied()), minus(before.denied(), after.denied()));
    }

    /** The audit detail; lists that did not change are left out (a null value is not recorded). */
    Map<String, String> detail() {
        Map<String, String> d = new HashMap<>();
        d.put("action", "SET_ACCESS_LIST");
        d.put("restricted", restrictedBefore + "->" + restrictedAfter);
        d.put("allowedAdded", joined(allowedAdded));
        d.put("allowedRemoved", joined(allowedRemoved));
        d.put("deniedAdded", joined(deniedAdded));
        d.put("deniedRemoved", joined(deniedRemoved));
        return d;
    }

    /** Every user whose access changed, so an auditor can also find the change from the user's side. */
    List<String> usersTouched() {
        TreeSet<String> all = new TreeSet<>(allowedAdded);
        all.addAll(allowedRemoved);
        all.addAll(deniedAdded);
        all.addAll(deniedRemoved);
        return List.copyOf(all);
    }

    private static List<String> minus(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.removeAll(b);
        return out;
    }

    private static String joined(List<String> names) {
        return names.isEmpty() ? null : String.join(",", names);
    }
}
