// One user account by username (lower case), secrets included: for sign-in and administration.
MATCH (u:User {username: $username})
RETURN u
