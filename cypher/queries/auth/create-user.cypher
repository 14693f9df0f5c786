// Creates a user account, enabled and unlocked. The user_username constraint (V0005) rejects a
// username that exists. Null parameters (no TOTP secret, no officer) leave the property unset.
CREATE (u:User {
  username: $username, displayName: $displayName, agency: $agency, areas: $areas, roles: $roles,
  clearance: $clearance, vettingLevel: $vettingLevel, vettingExpiry: $vettingExpiry,
  enabled: true, locked: false, passwordHash: $passwordHash, totpSecret: $totpSecret, totpLastStep: -1,
  failedAttempts: [], officerId: $officerId, createdAt: $now, createdBy: $actor})
RETURN u
