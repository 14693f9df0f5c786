// The index that finds a relationship-file row's relationship by id (see unlink.cypher), created by
// the importer when no index on {{type}}(id) exists yet.
CREATE INDEX {{name}} IF NOT EXISTS FOR ()-[r:{{type}}]-() ON (r.id)
