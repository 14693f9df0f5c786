package uk.vigil.importer;

import static uk.vigil.importer.Column.enumOf;
import static uk.vigil.importer.Column.listOf;
import static uk.vigil.importer.Column.of;
import static uk.vigil.importer.ColumnType.BOOL;
import static uk.vigil.importer.ColumnType.DATE;
import static uk.vigil.importer.ColumnType.DATETIME;
import static uk.vigil.importer.ColumnType.DECIMAL;
import static uk.vigil.importer.ColumnType.GEOJSON;
import static uk.vigil.importer.ColumnType.IMEI;
import static uk.vigil.importer.ColumnType.INT;
import static uk.vigil.importer.ColumnType.LAT;
import static uk.vigil.importer.ColumnType.LNG;
import static uk.vigil.importer.ColumnType.PHONE;
import static uk.vigil.importer.ColumnType.POSTCODE;
import static uk.vigil.importer.ColumnType.STRING;
import static uk.vigil.importer.ColumnType.TIME;
import static uk.vigil.importer.ColumnType.VRM;
import static uk.vigil.importer.FileSpec.node;
import static uk.vigil.importer.FileSpec.person;
import static uk.vigil.importer.FileSpec.relationship;
import static uk.vigil.importer.FileSpec.relationshipTypedBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every file of docs/import.md, in load order (a file only references files above it). This is
 * the one place the format lives in code: validation, writing and the tests all read it.
 */
final class ImportSpec {
    static final List<String> PEOPLE = List.of("nominals", "victims", "associates", "children");

    private static final String[] SEX = {"M", "F", "X", "U"};
    private static final String[] PLACE_TYPES = {"SCHOOL", "NURSERY", "PLAYGROUND", "SWIMMING_POOL", "YOUTH_CLUB",
            "PARK", "LEISURE_CENTRE"};

    static final List<FileSpec> FILES = List.of(
            node("areas", "area", "Area",
                    id(), str("name").required(), of("population_10_plus", INT)),
            node("agencies", "agency", "Agency",
                    id(), str("name").required(),
                    enumOf("type", "POLICE", "PROBATION", "PRISON", "YOUTH_JUSTICE", "CHILDRENS_SERVICES",
                            "ADULT_SOCIAL_CARE", "HEALTH", "MENTAL_HEALTH", "HOUSING", "EDUCATION", "JOBCENTRE",
                            "ELECTRONIC_MONITORING", "IMMIGRATION", "OTHER").required(),
                    of("responsible_authority", BOOL).required(), ref("area", "areas").required())
                    .out("area", "IN_AREA").remembering("area"),
            node("officers", "officer", "Officer",
                    id(), str("forename").required(), str("surname").required(),
                    enumOf("role", "OFFENDER_MANAGER", "POLICE_OFFENDER_MANAGER", "PRISON_OFFENDER_MANAGER",
                            "VICTIM_LIAISON_OFFICER", "MAPPA_CHAIR", "MAPPA_COORDINATOR", "ANALYST",
                            "PRACTITIONER").required(),
                    ref("agency", "agencies").required(), str("email"), str("phone"))
                    .out("agency", "MEMBER_OF"),
            person("nominals", "Nominal",
                    id(), str("forename").required(), str("surname").required(), str("middle_names"),
                    of("dob", DATE).required(), enumOf("sex", SEX).required(), str("ethnicity"), of("height_cm", INT),
                    enumOf("build", "SLIM", "MEDIUM", "STOCKY", "HEAVY", "MUSCULAR"), str("description"),
                    str("pnc_id"), str("cro_no"), str("crn"), str("noms_no"), str("visor_ref")),
            person("victims", "Victim",
                    id(), str("forename").required(), str("surname").required(), of("dob", DATE),
                    enumOf("sex", SEX).required(), of("vulnerable", BOOL),
                    enumOf("contact_scheme", "STATUTORY", "NON_STATUTORY", "DECLINED", "NONE")),
            person("associates", "Associate",
                    id(), str("forename").required(), str("surname").required(), of("dob", DATE),
                    enumOf("sex", SEX).required(), str("description")),
            person("children", "Child",
                    id(), str("forename").required(), str("surname").required(), of("dob", DATE).required(),
                    enumOf("sex", SEX).required()),
            node("aliases", "alias", "Alias",
                    id(), people("person").required(), str("forename"), str("surname"), of("dob", DATE),
                    enumOf("kind", "ALIAS", "NICKNAME", "MAIDEN_NAME", "PREVIOUS_NAME", "SPELLING_VARIANT").required())
                    .in("person", "HAS_ALIAS").rule(Rules.atLeastOneOf("forename", "surname")),
            node("addresses", "address", "Address",
                    id(), str("line1").required(), str("line2"), str("town").required(), str("county"),
                    of("postcode", POSTCODE).required(), of("lat", LAT).required(), of("lng", LNG).required(),
                    enumOf("kind", "PRIVATE", "APPROVED_PREMISES", "HOSTEL", "PRISON", "HOSPITAL", "BUSINESS",
                            "SCHOOL", "OTHER").required()),
            node("sensitive_places", "sensitive place", "SensitivePlace",
                    id(), str("name").required(), enumOf("type", PLACE_TYPES).required(),
                    of("lat", LAT).required(), of("lng", LNG).required(), str("town")),
            node("vehicles", "vehicle", "Vehicle",
                    id(), of("vrm", VRM).required(), str("make"), str("model"), str("colour")),
            node("devices", "device", "Device",
                    id(), enumOf("type", "MOBILE_PHONE", "LANDLINE", "COMPUTER", "TABLET", "GAMES_CONSOLE",
                            "CAMERA").required(),
                    of("phone_number", PHONE), of("imei", IMEI), str("make"), str("model")),
            node("accounts", "account", "Account",
                    id(), enumOf("type", "EMAIL", "SOCIAL_MEDIA", "MESSAGING", "GAMING", "OTHER").required(),
                    str("value").required(), str("platform")),
            node("offences", "offence", "Offence",
                    id(), enumOf("type", "RAPE", "SEXUAL_ASSAULT", "SEXUAL_ACTIVITY_WITH_CHILD", "INDECENT_IMAGES",
                            "GROOMING", "EXPOSURE", "VOYEURISM", "MURDER", "MANSLAUGHTER", "GBH", "ABH", "ROBBERY",
                            "ARSON", "KIDNAPPING", "STALKING", "HARASSMENT", "DOMESTIC_ABUSE", "BURGLARY",
                            "OTHER").required(),
                    enumOf("category", "SEXUAL", "VIOLENT", "OTHER").required(), of("date", DATE).required(),
                    of("lat", LAT), of("lng", LNG), str("place"), str("method"))
                    .rule(Rules.bothOrNeither("lat", "lng")),
            relationship("offence_victims", "offence victim", "offence", "AGAINST", "victim",
                    id(), ref("offence", "offences").required(), people("victim").required()),
            node("convictions", "conviction", "Conviction",
                    id(), people("person").required(), of("date", DATE).required(), str("court"),
                    enumOf("disposal", "CUSTODY", "SUSPENDED", "COMMUNITY", "HOSPITAL_ORDER", "FINE", "CAUTION",
                            "DISCHARGE").required(),
                    of("sentence_months", INT))
                    .in("person", "HAS_CONVICTION"),
            relationship("conviction_offences", "conviction offence", "conviction", "FOR_OFFENCE", "offence",
                    id(), ref("conviction", "convictions").required(), ref("offence", "offences").required()),
            node("custody_periods", "custody period", "CustodyPeriod",
                    id(), people("person").required(),
                    enumOf("type", "SENTENCE", "REMAND", "RECALL", "HOSPITAL").required(), from(), to(),
                    str("establishment"))
                    .in("person", "HAD_CUSTODY").rule(Rules.notBefore("from", "to")),
            node("orders", "order", "Order",
                    id(), people("person").required(),
                    enumOf("type", "NOTIFICATION_REQUIREMENTS", "SHPO", "SRO", "SOPO", "NOTIFICATION_ORDER", "FTO",
                            "ROSHO", "RESTRAINING_ORDER", "STALKING_PROTECTION_ORDER", "LICENCE").required(),
                    from(), to(), of("foreign_travel_restriction", BOOL), str("court"))
                    .in("person", "SUBJECT_OF").rule(Rules.notBefore("from", "to")),
            node("conditions", "condition", "Condition",
                    id(), ref("order", "orders").required(),
                    enumOf("type", "EXCLUSION_ZONE", "NO_CONTACT", "NO_CHILD_RESIDENCE",
                            "NO_UNSUPERVISED_CHILD_CONTACT", "NOT_IN_SIGHT_OF", "PROHIBITED_ACTIVITY", "CURFEW",
                            "RESIDENCE", "NO_INTERNET", "NO_CAMERA_PHONE", "NON_ASSOCIATION", "ELECTRONIC_MONITORING",
                            "POLYGRAPH", "OTHER").required(),
                    str("wording").required(), from(), to(), listOf("place_types", PLACE_TYPES),
                    of("distance_m", INT), of("curfew_start", TIME), of("curfew_end", TIME))
                    .in("order", "HAS_CONDITION").rule(Rules.notBefore("from", "to")).remembering("type"),
            relationship("condition_protects", "protected person", "condition", "PROTECTS", "person",
                    id(), ref("condition", "conditions").required(), people("person").required()),
            node("exclusion_zones", "exclusion zone", "ExclusionZone",
                    id(), ref("condition", "conditions").whereTarget("EXCLUSION_ZONE").required(),
                    people("protected_person").required(), str("name"), of("geometry", GEOJSON).required(),
                    of("radius_m", INT), from(), to())
                    .in("condition", "HAS_ZONE").out("protected_person", "PROTECTS")
                    .rule(Rules.zoneRadius("geometry", "radius_m")).rule(Rules.notBefore("from", "to")),
            node("risk_assessments", "risk assessment", "RiskAssessment",
                    id(), people("person").required(),
                    enumOf("tool", "ROSH", "RM2000", "ARMS", "SARA", "OGRS", "ASSET").required(),
                    of("date", DATE).required(), enumOf("level", "LOW", "MEDIUM", "HIGH", "VERY_HIGH"),
                    of("score", DECIMAL), str("notes"))
                    .in("person", "HAS_ASSESSMENT").rule(Rules.levelRequiredFor(Set.of("ROSH", "RM2000"))),
            node("mappa_cases", "MAPPA case", "MappaCase",
                    id(), ref("person", "nominals").required(), of("category", INT).between(1, 3).required(),
                    of("level", INT).between(1, 3).required(), enumOf("status", "ACTIVE", "CLOSED").required(),
                    ref("lead_agency", "agencies").required(), ref("area", "areas").required(),
                    of("referral_date", DATE).required(), of("closed_date", DATE), of("last_review_date", DATE),
                    of("next_review_date", DATE))
                    .in("person", "HAS_CASE").out("lead_agency", "LED_BY").out("area", "IN_AREA")
                    .rule(Rules.categoryThreeNotAtLevelOne()),
            node("case_levels", "level period", "LevelPeriod",
                    id(), ref("case", "mappa_cases").required(), of("category", INT).between(1, 3).required(),
                    of("level", INT).between(1, 3).required(), from(), to(), str("reason"))
                    .in("case", "HAD_LEVEL").rule(Rules.categoryThreeNotAtLevelOne())
                    .rule(Rules.notBefore("from", "to")),
            relationship("person_officers", "officer assignment", "person", "MANAGED_BY", "officer",
                    id(), people("person").required(), ref("officer", "officers").required(),
                    enumOf("role", "OFFENDER_MANAGER", "POLICE_OFFENDER_MANAGER", "PRISON_OFFENDER_MANAGER",
                            "VICTIM_LIAISON_OFFICER").required(), from(), to())
                    .rule(Rules.notBefore("from", "to")),
            node("meetings", "meeting", "Meeting",
                    id(), ref("area", "areas").required(), of("level", INT).between(2, 3).required(),
                    of("date", DATETIME).required(), ref("chair", "officers").required(),
                    enumOf("status", "PLANNED", "HELD", "CANCELLED").required(), str("minutes"))
                    .out("area", "IN_AREA").out("chair", "CHAIRED_BY"),
            relationship("meeting_cases", "meeting case", "meeting", "DISCUSSES", "case",
                    id(), ref("meeting", "meetings").required(), ref("case", "mappa_cases").required(),
                    of("agenda_order", INT)),
            relationship("meeting_invitations", "meeting invitation", "officer", "INVITED_TO", "meeting",
                    id(), ref("officer", "officers").required(), ref("meeting", "meetings").required(),
                    of("attended", BOOL)),
            relationship("case_invitations", "case invitation", "officer", "INVITED_FOR", "case",
                    id(), ref("officer", "officers").required(), ref("case", "mappa_cases").required(),
                    ref("meeting", "meetings"), from(), to())
                    .rule(Rules.notBefore("from", "to")),
            node("decisions", "decision", "Decision",
                    id(), ref("meeting", "meetings").required(), ref("case", "mappa_cases").required(),
                    str("decision").required(), str("reason").required())
                    .in("meeting", "DECIDED").out("case", "ABOUT"),
            node("actions", "action", "Action",
                    id(), ref("case", "mappa_cases").required(), ref("meeting", "meetings"),
                    str("description").required(), ref("owner", "officers").required(),
                    ref("owner_agency", "agencies").required(),
                    enumOf("pillar", "SUPERVISION", "MONITORING_CONTROL", "INTERVENTIONS", "VICTIM_SAFETY"),
                    of("due_date", DATE).required(), of("done_date", DATE),
                    enumOf("status", "OPEN", "DONE", "CANCELLED").required())
                    .in("case", "HAS_ACTION").in("meeting", "RAISED").out("owner", "OWNED_BY")
                    .out("owner_agency", "FOR_AGENCY"),
            node("risk_plans", "risk plan", "RiskPlan",
                    id(), ref("case", "mappa_cases").required(), of("date", DATE).required(), str("supervision"),
                    str("monitoring_control"), str("interventions"), str("victim_safety"))
                    .in("case", "HAS_PLAN"),
            node("disclosures", "disclosure decision", "DisclosureDecision",
                    id(), ref("case", "mappa_cases").required(), ref("meeting", "meetings"),
                    of("date", DATE).required(), of("disclose", BOOL).required(), str("recipient"), str("what"),
                    str("reason").required(), of("review_date", DATE), ref("authorised_by", "officers"))
                    .in("case", "HAS_DISCLOSURE").in("meeting", "DECIDED").out("authorised_by", "AUTHORISED_BY"),
            relationshipTypedBy("person_addresses", "person address", "person", "relation",
                    ordered("HOME", "LIVES_AT", "PROPOSED", "PROPOSED_ADDRESS", "WORK", "WORKS_AT",
                            "FREQUENTS", "FREQUENTS"), "address",
                    id(), people("person").required(), ref("address", "addresses").required(),
                    enumOf("relation", "HOME", "PROPOSED", "WORK", "FREQUENTS").required(), from(), to())
                    .rule(Rules.notBefore("from", "to")),
            relationship("person_vehicles", "person vehicle", "person", "USES_VEHICLE", "vehicle",
                    id(), people("person").required(), ref("vehicle", "vehicles").required(),
                    enumOf("relation", "KEEPER", "DRIVER", "PASSENGER").required(), from(), to())
                    .rule(Rules.notBefore("from", "to")),
            relationship("vehicle_addresses", "vehicle address", "vehicle", "REGISTERED_AT", "address",
                    id(), ref("vehicle", "vehicles").required(), ref("address", "addresses").required(), from(), to())
                    .rule(Rules.notBefore("from", "to")),
            relationship("person_devices", "person device", "person", "USES_DEVICE", "device",
                    id(), people("person").required(), ref("device", "devices").required(), from(), to())
                    .rule(Rules.notBefore("from", "to")),
            relationship("person_accounts", "person account", "person", "USES_ACCOUNT", "account",
                    id(), people("person").required(), ref("account", "accounts").required(), from(), to())
                    .rule(Rules.notBefore("from", "to")),
            relationship("associations", "association", "person", "ASSOCIATED_WITH", "other",
                    id(), people("person").required(), people("other").required(),
                    enumOf("kind", "PARTNER", "EX_PARTNER", "PARENT_OF", "SIBLING", "FAMILY", "FRIEND", "ASSOCIATE",
                            "CO_OFFENDER", "CHILD_CONTACT", "NEIGHBOUR").required(),
                    of("from", DATE), of("to", DATE))
                    .rule(Rules.different("person", "other")).rule(Rules.notBefore("from", "to")),
            node("intelligence", "intelligence report", "Intelligence",
                    id(), of("date", DATE).required(),
                    enumOf("source_type", "POLICE", "PROBATION", "PRISON", "MAPPA_F", "PUBLIC", "COSA",
                            "DEVICE_MONITORING", "POLYGRAPH", "ELECTRONIC_MONITORING", "OTHER").required(),
                    enumOf("source_eval", "A", "B", "C", "D", "E").required(),
                    enumOf("intel_eval", "1", "2", "3", "4", "5").required(), enumOf("handling", "P", "C").required(),
                    str("text").required(), of("crime_incident", BOOL).required(),
                    of("domestic_violence", BOOL).required(), of("child_present", BOOL).required(),
                    of("vulnerable_person", BOOL).required(), of("lat", LAT), of("lng", LNG))
                    .rule(Rules.bothOrNeither("lat", "lng")),
            relationship("intelligence_mentions", "mention", "intelligence", "MENTIONS", "subject",
                    id(), ref("intelligence", "intelligence").required(),
                    enumOf("subject_type", "PERSON", "VEHICLE", "ADDRESS", "DEVICE", "ACCOUNT").required(),
                    Column.refBy("subject", "subject_type", Map.of("PERSON", PEOPLE, "VEHICLE", List.of("vehicles"),
                            "ADDRESS", List.of("addresses"), "DEVICE", List.of("devices"),
                            "ACCOUNT", List.of("accounts"))).required(),
                    str("role")),
            node("events", "event", "Event",
                    id(), people("person").required(),
                    enumOf("type", "HOME_VISIT", "NOTIFICATION", "ANNUAL_RENOTIFICATION", "CHANGE_OF_ADDRESS",
                            "NEW_RELATIONSHIP", "FOREIGN_TRAVEL", "BREACH", "CAUTION", "CHARGE", "CONVICTION",
                            "RECALL", "RETURN_TO_CUSTODY", "HOSPITAL_ADMISSION",
                            "SERIOUS_FURTHER_OFFENCE").required(),
                    of("date", DATE).required(),
                    enumOf("breach_of", "LICENCE", "NOTIFICATION", "SHPO", "SOPO", "SRO", "OTHER"),
                    str("outcome"), str("notes"), ref("address", "addresses"), ref("officer", "officers"))
                    .in("person", "HAD_EVENT").out("address", "AT").out("officer", "BY"),
            // electronic monitoring (GPS tag) location fixes: what the suspect search reads (docs/suspects.md)
            node("tag_fixes", "tag fix", "TagFix",
                    id(), people("person").required(), of("recorded_at", DATETIME).required(),
                    of("lat", LAT).required(), of("lng", LNG).required(), of("accuracy_m", INT))
                    .in("person", "HAD_TAG_FIX").rule(Rules.between("accuracy_m", 0, 5_000)));

    private ImportSpec() {
    }

    static Optional<FileSpec> byFile(String fileName) {
        return FILES.stream().filter(f -> f.file().equals(fileName)).findFirst();
    }

    static FileSpec named(String name) {
        return FILES.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No import file " + name));
    }

    /** The node label shared by a reference's target files ({@code Person} for any people file). */
    static String labelOf(List<String> files) {
        List<String> labels = files.stream().map(f -> named(f).label()).distinct().toList();
        if (labels.size() != 1) {
            throw new IllegalStateException("Reference targets " + files + " do not share one label");
        }
        return labels.get(0);
    }

    /** The role label a reference's target must carry, when it points at one people file only. */
    static String roleOf(List<String> files) {
        return files.size() == 1 ? named(files.get(0)).role() : null;
    }

    private static Column id() {
        return str("id").required();
    }

    private static Column str(String name) {
        return of(name, STRING);
    }

    private static Column from() {
        return of("from", DATE).required();
    }

    private static Column to() {
        return of("to", DATE);
    }

    private static Column ref(String name, String file) {
        return Column.ref(name, List.of(file));
    }

    private static Column people(String name) {
        return Column.ref(name, PEOPLE);
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
