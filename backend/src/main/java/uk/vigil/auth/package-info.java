/**
 * Who is signed in: user accounts (Argon2id passwords, TOTP second factor, vetting, lockout),
 * server-side sessions with idle and absolute timeouts, CSRF tokens and the security headers.
 *
 * <p>{@link uk.vigil.auth.Authentication} wires the parts; {@link uk.vigil.auth.AuthRoutes} is the
 * only class here that speaks HTTP, and puts the signed-in {@link uk.vigil.auth.SessionUser} on
 * every {@code /api} request. Accounts are read and changed with the plain driver and the Cypher in
 * {@code cypher/queries/auth/}, not Spring Data: sign-in state changes (failure counting, lockout,
 * one-time-code replay) must be single conditional writes, which whole-entity saves would race.
 * See docs/security.md.
 */
package uk.vigil.auth;
