package uk.vigil.auth;

/** Why a sign-in failed: for the audit trail only, never for the caller (who always gets the same answer). */
public enum LoginFailure {
    UNKNOWN_USER,
    BAD_PASSWORD,
    BAD_CODE,
    /** The user's role needs a one-time code but no secret is enrolled. */
    NO_TOTP_ENROLLED,
    LOCKED,
    DISABLED,
    NOT_VETTED,
    VETTING_EXPIRED
}
