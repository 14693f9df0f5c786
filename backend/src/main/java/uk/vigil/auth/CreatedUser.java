package uk.vigil.auth;

/**
 * A new account, with its TOTP secret and {@code otpauth://} URI shown this once so the
 * administrator can enrol the user's authenticator; both null when the user's roles need no code.
 */
public record CreatedUser(UserSummary user, String totpSecret, String otpauthUri) {

    @Override
    public String toString() {
        return "CreatedUser[" + user.username() + "]";
    }
}
