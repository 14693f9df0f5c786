package uk.vigil.access;

import java.util.Set;

/**
 * Who is asking. Every service call that reads or writes records takes one, so the access rules
 * and the audit trail have what they need at the one place that applies them ({@link RecordAccess}).
 */
public record Viewer(String username, String agency, Set<String> areas, Set<String> roles, String sessionId,
                     String sourceIp) {
}
