// Replaces a password hash made with old Argon2 parameters after a successful sign-in.
MATCH (u:User {username: $username})
SET u.passwordHash = $passwordHash
