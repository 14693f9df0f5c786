package uk.vigil.auth;

/**
 * National security or police vetting a user holds. Any level with an unexpired date lets a user
 * sign in; what each level may see is an access-control decision.
 */
public enum VettingLevel {
    /** Baseline Personnel Security Standard. */
    BPSS,
    /** Non-Police Personnel Vetting levels 1 to 3. */
    NPPV1, NPPV2, NPPV3,
    /** Counter-Terrorist Check. */
    CTC,
    /** Security Check. */
    SC,
    /** Developed Vetting. */
    DV
}
