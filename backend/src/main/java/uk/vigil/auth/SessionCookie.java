package uk.vigil.auth;

/**
 * The session cookie, written by hand so every attribute is certain. The {@code __Host-} prefix
 * makes browsers insist on Secure, Path=/ and no Domain, so no other host (a sibling subdomain
 * included) can set or overwrite it. No Max-Age: it goes when the browser closes; the server
 * enforces the real timeouts. Browsers accept Secure cookies from http://localhost and
 * http://127.0.0.1, which the demo uses.
 */
public final class SessionCookie {
    public static final String NAME = "__Host-vigil-session";
    private static final String ATTRIBUTES = "; Path=/; Secure; HttpOnly; SameSite=Strict";

    private SessionCookie() {
    }

    /** The {@code Set-Cookie} value that gives the browser a new session id. */
    public static String issue(String sessionId) {
        return NAME + "=" + sessionId + ATTRIBUTES;
    }

    /** The {@code Set-Cookie} value that removes the cookie. */
    public static String clear() {
        return NAME + "=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT" + ATTRIBUTES;
    }
}
