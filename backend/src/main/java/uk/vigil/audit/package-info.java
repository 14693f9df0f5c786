/**
 * The tamper-evident audit trail: who did what to which record, when, from where and why.
 *
 * <p>{@link uk.vigil.audit.AuditTrail} appends records to one HMAC-SHA256 hash chain and answers the
 * auditor's questions; {@link uk.vigil.audit.AuditVerifier} walks the chain and names the first
 * record that was edited, deleted, moved or forged. Nothing here can change or delete a record.
 * The chain format is described in {@code docs/audit.md}.
 */
package uk.vigil.audit;
