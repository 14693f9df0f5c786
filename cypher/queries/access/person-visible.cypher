// Fragment: true when $viewer may see the person __x at all. Included in queries as {{person-visible p}}.
// Deny list first; then clearance against the record's marking (unmarked = hidden); then either the
// allow list (restricted records) or the ordinary scope: a Responsible Authority user sees their
// areas, a duty-to-co-operate member only the cases they are currently invited for.
(
  NOT EXISTS { (__x)<-[:DENIED_ACCESS]-(:User {username: $viewer.username}) }
  AND coalesce($markingRank[__x.marking], 99) <= $viewer.clearanceRank
  AND (
    EXISTS { (__x)<-[:ALLOWED_ACCESS]-(:User {username: $viewer.username}) }
    OR (
      NOT coalesce(__x.restricted, false)
      AND (
        (NOT $viewer.dtc AND (__x.area IN $viewer.areas
             OR EXISTS { (__x)-[:HAS_CASE]->(scopeCase:MappaCase) WHERE scopeCase.area IN $viewer.areas }))
        OR ($viewer.dtc AND EXISTS {
              (__x)-[:HAS_CASE]->(:MappaCase)<-[inv:INVITED_FOR]-(:Officer {id: $viewer.officerId})
              WHERE inv.from <= date() AND (inv.to IS NULL OR inv.to >= date()) })
      )
    )
  )
)
