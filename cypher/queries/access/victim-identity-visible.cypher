// Fragment: true when $viewer may know who the victim or protected person __x is: a victim liaison
// officer of the person's area, or a viewer with a need to see victims of some nominal they may see
// whose offence was against __x or whose condition or exclusion zone protects __x (victim-details-visible).
(
  ($viewer.vlo AND __x.area IN $viewer.areas)
  OR EXISTS {
    MATCH (vn:Nominal)-[:HAS_CONVICTION]->(:Conviction)-[:FOR_OFFENCE]->(:Offence)-[:AGAINST]->(__x)
    WHERE {{person-visible vn}} AND {{victim-details-visible vn}}
  }
  OR EXISTS {
    MATCH (vn:Nominal)-[:SUBJECT_OF]->(:Order)-[:HAS_CONDITION]->(:Condition)-[:PROTECTS]->(__x)
    WHERE {{person-visible vn}} AND {{victim-details-visible vn}}
  }
)
