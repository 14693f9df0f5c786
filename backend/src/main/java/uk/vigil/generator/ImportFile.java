package uk.vigil.generator;

/** The files of the import format, in the order the importer loads them (docs/import.md). */
public enum ImportFile {
    AREAS, AGENCIES, OFFICERS,
    NOMINALS, VICTIMS, ASSOCIATES, CHILDREN, ALIASES,
    ADDRESSES, SENSITIVE_PLACES, VEHICLES, DEVICES, ACCOUNTS,
    OFFENCES, OFFENCE_VICTIMS, CONVICTIONS, CONVICTION_OFFENCES, CUSTODY_PERIODS,
    ORDERS, CONDITIONS, CONDITION_PROTECTS, EXCLUSION_ZONES, RISK_ASSESSMENTS,
    MAPPA_CASES, CASE_LEVELS, PERSON_OFFICERS,
    MEETINGS, MEETING_CASES, MEETING_INVITATIONS, CASE_INVITATIONS, DECISIONS, ACTIONS, RISK_PLANS, DISCLOSURES,
    PERSON_ADDRESSES, PERSON_VEHICLES, VEHICLE_ADDRESSES, PERSON_DEVICES, PERSON_ACCOUNTS, ASSOCIATIONS,
    INTELLIGENCE, INTELLIGENCE_MENTIONS, EVENTS, TAG_FIXES;

    /** e.g. {@code mappa_cases} — the name {@code ref:} columns use. */
    public String baseName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String fileName() {
        return baseName() + ".csv";
    }

    /** The four person files: a {@code ref:people} may point at any of them. */
    boolean isPersonFile() {
        return this == NOMINALS || this == VICTIMS || this == ASSOCIATES || this == CHILDREN;
    }
}
