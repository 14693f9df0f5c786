package uk.vigil.generator;

import static uk.vigil.generator.ImportFile.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of every import file, transcribed from docs/import.md (the contract): name, type,
 * required, enum values, reference target. Writers emit values in exactly this order, then the
 * provenance columns; tests check the transcription against the doc and every row against it.
 */
public final class ImportColumns {
    private static final String SEX = "enum:R:M|F|X|U";
    private static final String PERSON = "ref:R:people";
    private static final String FROM = "from:date:R";
    private static final String TO = "to:date";

    private static final Map<ImportFile, List<Column>> DOMAIN = new EnumMap<>(ImportFile.class);

    static {
        put(AREAS, "id:string:R", "name:string:R", "population_10_plus:int");
        put(AGENCIES, "id:string:R", "name:string:R",
                "type:enum:R:POLICE|PROBATION|PRISON|YOUTH_JUSTICE|CHILDRENS_SERVICES|ADULT_SOCIAL_CARE|HEALTH|MENTAL_HEALTH|HOUSING|EDUCATION|JOBCENTRE|ELECTRONIC_MONITORING|IMMIGRATION|OTHER",
                "responsible_authority:bool:R", "area:ref:R:areas");
        put(OFFICERS, "id:string:R", "forename:string:R", "surname:string:R",
                "role:enum:R:OFFENDER_MANAGER|POLICE_OFFENDER_MANAGER|PRISON_OFFENDER_MANAGER|VICTIM_LIAISON_OFFICER|MAPPA_CHAIR|MAPPA_COORDINATOR|ANALYST|PRACTITIONER",
                "agency:ref:R:agencies", "email:string", "phone:string");
        put(NOMINALS, "id:string:R", "forename:string:R", "surname:string:R", "middle_names:string", "dob:date:R",
                "sex:" + SEX, "ethnicity:string", "height_cm:int", "build:enum:SLIM|MEDIUM|STOCKY|HEAVY|MUSCULAR",
                "description:string", "pnc_id:string", "cro_no:string", "crn:string", "noms_no:string", "visor_ref:string");
        put(VICTIMS, "id:string:R", "forename:string:R", "surname:string:R", "dob:date", "sex:" + SEX,
                "vulnerable:bool", "contact_scheme:enum:STATUTORY|NON_STATUTORY|DECLINED|NONE");
        put(ASSOCIATES, "id:string:R", "forename:string:R", "surname:string:R", "dob:date", "sex:" + SEX, "description:string");
        put(CHILDREN, "id:string:R", "forename:string:R", "surname:string:R", "dob:date:R", "sex:" + SEX);
        put(ALIASES, "id:string:R", "person:" + PERSON, "forename:string", "surname:string", "dob:date",
                "kind:enum:R:ALIAS|NICKNAME|MAIDEN_NAME|PREVIOUS_NAME|SPELLING_VARIANT");
        put(ADDRESSES, "id:string:R", "line1:string:R", "line2:string", "town:string:R", "county:string",
                "postcode:postcode:R", "lat:lat:R", "lng:lng:R",
                "kind:enum:R:PRIVATE|APPROVED_PREMISES|HOSTEL|PRISON|HOSPITAL|BUSINESS|SCHOOL|OTHER");
        put(SENSITIVE_PLACES, "id:string:R", "name:string:R",
                "type:enum:R:SCHOOL|NURSERY|PLAYGROUND|SWIMMING_POOL|YOUTH_CLUB|PARK|LEISURE_CENTRE",
                "lat:lat:R", "lng:lng:R", "town:string");
        put(VEHICLES, "id:string:R", "vrm:vrm:R", "make:string", "model:string", "colour:string");
        put(DEVICES, "id:string:R", "type:enum:R:MOBILE_PHONE|LANDLINE|COMPUTER|TABLET|GAMES_CONSOLE|CAMERA",
                "phone_number:phone", "imei:imei", "make:string", "model:string");
        put(ACCOUNTS, "id:string:R", "type:enum:R:EMAIL|SOCIAL_MEDIA|MESSAGING|GAMING|OTHER", "value:string:R", "platform:string");
        put(OFFENCES, "id:string:R",
                "type:enum:R:RAPE|SEXUAL_ASSAULT|SEXUAL_ACTIVITY_WITH_CHILD|INDECENT_IMAGES|GROOMING|EXPOSURE|VOYEURISM|MURDER|MANSLAUGHTER|GBH|ABH|ROBBERY|ARSON|KIDNAPPING|STALKING|HARASSMENT|DOMESTIC_ABUSE|BURGLARY|OTHER",
                "category:enum:R:SEXUAL|VIOLENT|OTHER", "date:date:R", "lat:lat", "lng:lng", "place:string", "method:string");
        put(OFFENCE_VICTIMS, "id:string:R", "offence:ref:R:offences", "victim:" + PERSON);
        put(CONVICTIONS, "id:string:R", "person:" + PERSON, "date:date:R", "court:string",
                "disposal:enum:R:CUSTODY|SUSPENDED|COMMUNITY|HOSPITAL_ORDER|FINE|CAUTION|DISCHARGE", "sentence_months:int");
        put(CONVICTION_OFFENCES, "id:string:R", "conviction:ref:R:convictions", "offence:ref:R:offences");
        put(CUSTODY_PERIODS, "id:string:R", "person:" + PERSON, "type:enum:R:SENTENCE|REMAND|RECALL|HOSPITAL",
                FROM, TO, "establishment:string");
        put(ORDERS, "id:string:R", "person:" + PERSON,
                "type:enum:R:NOTIFICATION_REQUIREMENTS|SHPO|SRO|SOPO|NOTIFICATION_ORDER|FTO|ROSHO|RESTRAINING_ORDER|STALKING_PROTECTION_ORDER|LICENCE",
                FROM, TO, "foreign_travel_restriction:bool", "court:string");
        put(CONDITIONS, "id:string:R", "order:ref:R:orders",
                "type:enum:R:EXCLUSION_ZONE|NO_CONTACT|NO_CHILD_RESIDENCE|NO_UNSUPERVISED_CHILD_CONTACT|NOT_IN_SIGHT_OF|PROHIBITED_ACTIVITY|CURFEW|RESIDENCE|NO_INTERNET|NO_CAMERA_PHONE|NON_ASSOCIATION|ELECTRONIC_MONITORING|POLYGRAPH|OTHER",
                "wording:string:R", FROM, TO,
                "place_types:list:SCHOOL|NURSERY|PLAYGROUND|SWIMMING_POOL|YOUTH_CLUB|PARK|LEISURE_CENTRE",
                "distance_m:int", "curfew_start:time", "curfew_end:time");
        put(CONDITION_PROTECTS, "id:string:R", "condition:ref:R:conditions", "person:" + PERSON);
        put(EXCLUSION_ZONES, "id:string:R", "condition:ref:R:conditions", "protected_person:" + PERSON, "name:string",
                "geometry:geojson:R", "radius_m:int", FROM, TO);
        put(RISK_ASSESSMENTS, "id:string:R", "person:" + PERSON, "tool:enum:R:ROSH|RM2000|ARMS|SARA|OGRS|ASSET",
                "date:date:R", "level:enum:LOW|MEDIUM|HIGH|VERY_HIGH", "score:decimal", "notes:string");
        put(MAPPA_CASES, "id:string:R", "person:ref:R:nominals", "category:int:R", "level:int:R",
                "status:enum:R:ACTIVE|CLOSED", "lead_agency:ref:R:agencies", "area:ref:R:areas", "referral_date:date:R",
                "closed_date:date", "last_review_date:date", "next_review_date:date");
        put(CASE_LEVELS, "id:string:R", "case:ref:R:mappa_cases", "category:int:R", "level:int:R", FROM, TO, "reason:string");
        put(PERSON_OFFICERS, "id:string:R", "person:" + PERSON, "officer:ref:R:officers",
                "role:enum:R:OFFENDER_MANAGER|POLICE_OFFENDER_MANAGER|PRISON_OFFENDER_MANAGER|VICTIM_LIAISON_OFFICER", FROM, TO);
        put(MEETINGS, "id:string:R", "area:ref:R:areas", "level:int:R", "date:datetime:R", "chair:ref:R:officers",
                "status:enum:R:PLANNED|HELD|CANCELLED", "minutes:string");
        put(MEETING_CASES, "id:string:R", "meeting:ref:R:meetings", "case:ref:R:mappa_cases", "agenda_order:int");
        put(MEETING_INVITATIONS, "id:string:R", "officer:ref:R:officers", "meeting:ref:R:meetings", "attended:bool");
        put(CASE_INVITATIONS, "id:string:R", "officer:ref:R:officers", "case:ref:R:mappa_cases", "meeting:ref:meetings", FROM, TO);
        put(DECISIONS, "id:string:R", "meeting:ref:R:meetings", "case:ref:R:mappa_cases", "decision:string:R", "reason:string:R");
        put(ACTIONS, "id:string:R", "case:ref:R:mappa_cases", "meeting:ref:meetings", "description:string:R",
                "owner:ref:R:officers", "owner_agency:ref:R:agencies",
                "pillar:enum:SUPERVISION|MONITORING_CONTROL|INTERVENTIONS|VICTIM_SAFETY", "due_date:date:R", "done_date:date",
                "status:enum:R:OPEN|DONE|CANCELLED");
        put(RISK_PLANS, "id:string:R", "case:ref:R:mappa_cases", "date:date:R", "supervision:string",
                "monitoring_control:string", "interventions:string", "victim_safety:string");
        put(DISCLOSURES, "id:string:R", "case:ref:R:mappa_cases", "meeting:ref:meetings", "date:date:R", "disclose:bool:R",
                "recipient:string", "what:string", "reason:string:R", "review_date:date", "authorised_by:ref:officers");
        put(PERSON_ADDRESSES, "id:string:R", "person:" + PERSON, "address:ref:R:addresses",
                "relation:enum:R:HOME|PROPOSED|WORK|FREQUENTS", FROM, TO);
        put(PERSON_VEHICLES, "id:string:R", "person:" + PERSON, "vehicle:ref:R:vehicles",
                "relation:enum:R:KEEPER|DRIVER|PASSENGER", FROM, TO);
        put(VEHICLE_ADDRESSES, "id:string:R", "vehicle:ref:R:vehicles", "address:ref:R:addresses", FROM, TO);
        put(PERSON_DEVICES, "id:string:R", "person:" + PERSON, "device:ref:R:devices", FROM, TO);
        put(PERSON_ACCOUNTS, "id:string:R", "person:" + PERSON, "account:ref:R:accounts", FROM, TO);
        put(ASSOCIATIONS, "id:string:R", "person:" + PERSON, "other:" + PERSON,
                "kind:enum:R:PARTNER|EX_PARTNER|PARENT_OF|SIBLING|FAMILY|FRIEND|ASSOCIATE|CO_OFFENDER|CHILD_CONTACT|NEIGHBOUR",
                "from:date", TO);
        put(INTELLIGENCE, "id:string:R", "date:date:R",
                "source_type:enum:R:POLICE|PROBATION|PRISON|MAPPA_F|PUBLIC|COSA|DEVICE_MONITORING|POLYGRAPH|ELECTRONIC_MONITORING|OTHER",
                "source_eval:enum:R:A|B|C|D|E", "intel_eval:enum:R:1|2|3|4|5", "handling:enum:R:P|C", "text:string:R",
                "crime_incident:bool:R", "domestic_violence:bool:R", "child_present:bool:R", "vulnerable_person:bool:R",
                "lat:lat", "lng:lng");
        put(INTELLIGENCE_MENTIONS, "id:string:R", "intelligence:ref:R:intelligence",
                "subject_type:enum:R:PERSON|VEHICLE|ADDRESS|DEVICE|ACCOUNT", "subject:ref:R:subject", "role:string");
        put(EVENTS, "id:string:R", "person:" + PERSON,
                "type:enum:R:HOME_VISIT|NOTIFICATION|ANNUAL_RENOTIFICATION|CHANGE_OF_ADDRESS|NEW_RELATIONSHIP|FOREIGN_TRAVEL|BREACH|CAUTION|CHARGE|CONVICTION|RECALL|RETURN_TO_CUSTODY|HOSPITAL_ADMISSION|SERIOUS_FURTHER_OFFENCE",
                "date:date:R", "breach_of:enum:LICENCE|NOTIFICATION|SHPO|SOPO|SRO|OTHER", "outcome:string", "notes:string",
                "address:ref:addresses", "officer:ref:officers");
        put(TAG_FIXES, "id:string:R", "person:" + PERSON, "recorded_at:datetime:R", "lat:lat:R", "lng:lng:R", "accuracy_m:int");
    }

    /** Columns on every file; {@code owning_agency} is optional in areas and agencies (they come first). */
    static List<Column> provenance(ImportFile file) {
        boolean agencyOptional = file == AREAS || file == AGENCIES;
        return List.of(
                Column.parse("source_system:string:R"),
                Column.parse("entered_by:string:R"),
                Column.parse("entered_at:datetime:R"),
                Column.parse(agencyOptional ? "owning_agency:ref:agencies" : "owning_agency:ref:R:agencies"),
                Column.parse("marking:enum:R:OFFICIAL|OFFICIAL_SENSITIVE|SECRET"));
    }

    private ImportColumns() {
    }

    private static void put(ImportFile file, String... specs) {
        DOMAIN.put(file, Arrays.stream(specs).map(Column::parse).toList());
    }

    /** The file's own columns, in the order the generator writes them (provenance excluded). */
    public static List<Column> domain(ImportFile file) {
        return DOMAIN.get(file);
    }

    /** Every column of the file: its own columns, then provenance. */
    public static List<Column> all(ImportFile file) {
        List<Column> all = new ArrayList<>(DOMAIN.get(file));
        all.addAll(provenance(file));
        return Collections.unmodifiableList(all);
    }

    /** The header line's names, in order. */
    public static List<String> header(ImportFile file) {
        return all(file).stream().map(Column::name).toList();
    }
}
