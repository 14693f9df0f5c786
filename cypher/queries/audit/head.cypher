// The chain head: how many records the chain should have and the hash of the last one.
OPTIONAL MATCH (h:AuditChain {id: 'main'})
RETURN h.seq AS seq, h.hash AS hash, h.keyId AS keyId
