// Fragment: true when nominal __x is in $viewer's own caseload: managed by them, or on a meeting
// they chair or are invited to. Opening anyone else asks the viewer for a purpose.
(
  EXISTS { (__x)-[cm:MANAGED_BY]->(:Officer {id: $viewer.officerId}) WHERE cm.to IS NULL OR cm.to >= date() }
  OR EXISTS { (__x)-[:HAS_CASE]->(:MappaCase)<-[:DISCUSSES]-(:Meeting)-[:CHAIRED_BY]->(:Officer {id: $viewer.officerId}) }
  OR EXISTS { (__x)-[:HAS_CASE]->(:MappaCase)<-[:DISCUSSES]-(:Meeting)<-[:INVITED_TO]-(:Officer {id: $viewer.officerId}) }
  OR EXISTS { (__x)-[:HAS_CASE]->(:MappaCase)<-[:INVITED_FOR]-(:Officer {id: $viewer.officerId}) }
)
