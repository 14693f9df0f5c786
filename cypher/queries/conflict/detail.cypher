// One conflict with the records it involves, as $viewer may see them: victims, protected people, children,
// their homes and the zone's shape only for viewers with a need (victim-details-visible for the nominal);
// other offenders only when the viewer may see them. No row when the nominal is not visible.
MATCH (c:Conflict {id: $id})-[:CONCERNS]->(n:Person)
WHERE {{person-visible n}}
WITH c, n, {{victim-details-visible n}} AS victimDetails
CALL (c, n, victimDetails) {
  OPTIONAL MATCH (c)-[r:INVOLVES]->(x)
  WITH r, x, victimDetails,
       r.role IN ['VICTIM', 'PROTECTED_PERSON', 'VICTIM_ADDRESS', 'CHILD'] AS protectedRecord
  WHERE x IS NOT NULL
  RETURN collect(CASE
    WHEN protectedRecord AND NOT victimDetails THEN {role: r.role, redacted: true}
    WHEN r.role = 'NEARBY_OFFENDER' AND NOT {{person-visible x}} THEN {role: r.role, redacted: true}
    WHEN x:Person THEN {role: r.role, id: x.id, forename: x.forename, surname: x.surname, dob: x.dob}
    WHEN x:Address THEN {role: r.role, id: x.id, line1: x.line1, town: x.town, postcode: x.postcode, kind: x.kind,
                         lat: x.location.latitude, lng: x.location.longitude}
    WHEN x:ExclusionZone THEN {role: r.role, id: x.id, name: x.name, from: x.from, to: x.to, radiusM: x.radiusM,
                               geometry: CASE WHEN victimDetails THEN x.geometry END}
    WHEN x:SensitivePlace THEN {role: r.role, id: x.id, name: x.name, type: x.type, town: x.town,
                                lat: x.location.latitude, lng: x.location.longitude}
    WHEN x:Condition THEN {role: r.role, id: x.id, type: x.type, from: x.from, to: x.to}
    WHEN x:Intelligence AND {{record-visible x}} THEN {role: r.role, id: x.id, date: x.date}
    // a tag position, as the suspect search shows them: never to duty-to-cooperate agencies
    WHEN x:TagFix AND {{record-visible x}} AND NOT $viewer.dtc THEN {role: r.role, id: x.id, recordedAt: x.recordedAt,
                                                                  accuracyM: x.accuracyM, lat: x.location.latitude, lng: x.location.longitude}
    ELSE {role: r.role, redacted: true} END) AS involves
}
// an open conflict was checked on the later of its own asOf and its area's last whole scan (area-scanned.cypher)
OPTIONAL MATCH (area:Area {id: c.area})
RETURN c {.id, .rule, .status, .firstSeen, .resolvedAt, .distanceM, .summary, .area, .relation, .reopenedAt,
          asOf: CASE WHEN c.status = 'OPEN' AND area.conflictsAsOf > c.asOf THEN area.conflictsAsOf ELSE c.asOf END} AS conflict,
       {id: n.id, forename: n.forename, surname: n.surname} AS nominal, victimDetails, involves
