// Which of $ids already exist as {{label}} nodes (carrying label $role when it is not null), with
// the property named $attribute (an agency's area, a condition's type) when one is asked for.
UNWIND $ids AS id
MATCH (n:{{label}} {id: id})
WHERE $role IS NULL OR $role IN labels(n)
RETURN n.id AS id, CASE WHEN $attribute IS NULL THEN null ELSE n[$attribute] END AS attribute
