// Which of the given officers, agencies and cases exist (cases: active, of $area, and visible to $viewer).
RETURN [id IN $officerIds WHERE EXISTS { (:Officer {id: id}) }] AS officers,
       [id IN $agencyIds WHERE EXISTS { (:Agency {id: id}) }] AS agencies,
       [id IN $caseIds WHERE EXISTS {
          MATCH (n:Nominal)-[:HAS_CASE]->(mc:MappaCase {id: id})
          WHERE mc.area = $area AND mc.status = 'ACTIVE' AND {{person-visible n}} AND {{record-visible mc}} }] AS cases
