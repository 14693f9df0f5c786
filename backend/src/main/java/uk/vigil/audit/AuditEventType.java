package uk.vigil.audit;

/** What happened. Stored by name, so names never change once records use them; add, never rename. */
public enum AuditEventType {
    LOGIN_SUCCESS,
    LOGIN_FAILURE,
    LOGOUT,
    SESSION_EXPIRED,
    ACCOUNT_LOCKED,
    VIEW_PERSON,
    VIEW_CASE,
    LIST,
    SEARCH,
    NETWORK_QUERY,
    PATH_QUERY,
    MAP_QUERY,
    EXPORT,
    IMPORT,
    CHANGE,
    PERMISSION_DENIED,
    ADMIN_ACTION,
    AUDIT_READ,
    /** A user opened one result of a search (which search, which result, at which rank). */
    SEARCH_SELECT,
    /** Opening one conflict with the records it involves (docs/geo.md). */
    VIEW_CONFLICT,
    /** An address vetting check: the proposed address and what was found (docs/geo.md). */
    VETTING_CHECK,
    /** A suspect search for an offence, with its crime reference as the purpose (docs/suspects.md). */
    SUSPECT_SEARCH,
    /** A saved investigation created (docs/investigations.md). */
    INVESTIGATION_CREATE,
    /** A saved investigation opened, with the people it includes. */
    INVESTIGATION_OPEN,
    /** A saved investigation renamed, or a chart or saved search added (the action in the detail). */
    INVESTIGATION_UPDATE,
    /** A saved investigation soft-deleted. */
    INVESTIGATION_DELETE,
    /** A soft-deleted investigation restored. */
    INVESTIGATION_RESTORE
}
