package uk.vigil.auth;

/** What a user does in MAPPA. A user has one or more; access rules and the TOTP policy read them. */
public enum Role {
    /** Police public-protection officer (manages registered sex offenders). */
    POLICE_PRACTITIONER,
    /** Probation practitioner. */
    PROBATION_PRACTITIONER,
    /** Prison practitioner (offender management unit, intelligence). */
    PRISON_PRACTITIONER,
    /** The named offender manager of cases. */
    OFFENDER_MANAGER,
    /** Probation victim liaison officer. */
    VICTIM_LIAISON_OFFICER,
    /** Intelligence analyst. */
    ANALYST,
    /** Chair of MAPP meetings and panels. */
    MAPPA_CHAIR,
    /** Member of a duty-to-co-operate agency (children's services, housing, health...). */
    DTC_MEMBER,
    /** Manages user accounts. */
    ADMINISTRATOR,
    /** Reads the audit trail. */
    AUDITOR;

    /** Everyone who works cases and so may read nominals (within their scope): not administrators or auditors. */
    public static final Role[] CASEWORK = {POLICE_PRACTITIONER, PROBATION_PRACTITIONER, PRISON_PRACTITIONER,
            OFFENDER_MANAGER, VICTIM_LIAISON_OFFICER, ANALYST, MAPPA_CHAIR, DTC_MEMBER};

    /** Responsible Authority casework roles (no duty-to-co-operate members). */
    public static final Role[] RESPONSIBLE_AUTHORITY = {POLICE_PRACTITIONER, PROBATION_PRACTITIONER,
            PRISON_PRACTITIONER, OFFENDER_MANAGER, VICTIM_LIAISON_OFFICER, ANALYST, MAPPA_CHAIR};
}
