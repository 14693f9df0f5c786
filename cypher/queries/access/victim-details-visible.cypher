// Fragment: true when $viewer has a need to see the identity and address of victims and protected
// people linked to nominal __x: a victim liaison officer of the area, the nominal's current offender
// manager, or the chair of a meeting that discusses the nominal's case.
(
  ($viewer.vlo AND __x.area IN $viewer.areas)
  OR EXISTS { (__x)-[om:MANAGED_BY]->(:Officer {id: $viewer.officerId})
              WHERE om.role = 'OFFENDER_MANAGER' AND (om.to IS NULL OR om.to >= date()) }
  OR EXISTS { (__x)-[:HAS_CASE]->(:MappaCase)<-[:DISCUSSES]-(chaired:Meeting)-[:CHAIRED_BY]->(:Officer {id: $viewer.officerId})
              WHERE chaired.status <> 'CANCELLED' }
)
