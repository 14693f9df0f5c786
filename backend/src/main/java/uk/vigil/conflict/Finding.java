package uk.vigil.conflict;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * One conflict as the rules find it. {@code id} is stable for the same rule, nominal, place and
 * involved record, so a recompute updates the stored conflict instead of making a new one.
 * {@code summary} never names a victim or says where they live: others read it.
 *
 * @param relation  LIVES_AT, PROPOSED_ADDRESS, WORKS_AT, FREQUENTS, INTELLIGENCE, MONITORING or VETTING
 * @param placeId   the address (or intelligence, or the first tag position inside the zone) id
 * @param involves  the records involved, each with its role (ZONE, ADDRESS, VICTIM, PROTECTED_PERSON,
 *                  VICTIM_ADDRESS, SENSITIVE_PLACE, CHILD, CONDITION, INTELLIGENCE, TAG_FIX, NEARBY_OFFENDER)
 */
public record Finding(String id, ConflictRule rule, String nominal, String area, String relation, String placeId,
                      double distanceM, String summary, List<Involved> involves) {

    public record Involved(String role, String label, String id) {
        public Map<String, Object> cypher() {
            return Map.of("role", role, "label", label, "id", id);
        }
    }

    static String idOf(ConflictRule rule, String nominal, String relation, String placeId, String key) {
        return "CF-" + sha256(String.join("|", rule.name(), nominal, relation, String.valueOf(placeId), key)).substring(0, 20);
    }

    /**
     * Everything a stored conflict shows (area, distance, summary, involved records): a recompute
     * that finds the same fingerprint on an open conflict leaves it as it is instead of rewriting it.
     */
    public String fingerprint() {
        StringBuilder s = new StringBuilder(String.join("|", String.valueOf(area), Long.toString(metres()), summary));
        involves.stream().map(i -> i.role() + ":" + i.label() + ":" + i.id()).sorted().forEach(i -> s.append('|').append(i));
        return sha256(s.toString());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The distance rounded to a metre, as stored and shown. */
    public long metres() {
        return Math.round(distanceM);
    }
}
