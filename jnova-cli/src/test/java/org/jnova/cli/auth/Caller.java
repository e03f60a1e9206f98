package org.jnova.cli.auth;

/** Who sends a request in the authorization matrix. */
enum Caller {
    OWNER_MEMBER, OWNER_READER, OTHER_PROJECT, ADMIN, NO_TOKEN, BAD_TOKEN
}
