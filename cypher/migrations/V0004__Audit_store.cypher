// Audit trail (docs/audit.md): one chain head, records unique by seq (no fork, no duplicate),
// one index node per touched object, and the orderings the auditor's queries read.
CREATE CONSTRAINT audit_chain_id IF NOT EXISTS FOR (h:AuditChain) REQUIRE h.id IS UNIQUE;
CREATE CONSTRAINT audit_record_seq IF NOT EXISTS FOR (r:AuditRecord) REQUIRE r.seq IS UNIQUE;
CREATE CONSTRAINT audit_object_key IF NOT EXISTS FOR (o:AuditObject) REQUIRE o.key IS UNIQUE;
CREATE INDEX audit_record_user_seq IF NOT EXISTS FOR (r:AuditRecord) ON (r.user, r.seq);
CREATE INDEX audit_record_event_seq IF NOT EXISTS FOR (r:AuditRecord) ON (r.event, r.seq);
CREATE INDEX audit_record_at IF NOT EXISTS FOR (r:AuditRecord) ON (r.at);
