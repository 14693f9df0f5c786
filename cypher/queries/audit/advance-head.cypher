// Step 1 of an append: take the chain head's write lock by advancing its seq (concurrent appends
// queue here until this transaction ends), creating the head on the very first append.
// Returns the new record's seq, the previous record's hash and the id of the key the chain uses.
MERGE (h:AuditChain {id: 'main'})
  ON CREATE SET h.seq = 0, h.hash = $genesis, h.keyId = $keyId
SET h.seq = h.seq + 1
RETURN h.seq AS seq, h.hash AS prevHash, h.keyId AS keyId
