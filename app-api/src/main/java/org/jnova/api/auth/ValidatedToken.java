package org.jnova.api.auth;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A token Keystone vouched for ({@code GET /v3/auth/tokens}): who it is for, until when. */
record ValidatedToken(UserContexts.Identity identity, Instant expiresAt) {

    boolean expired(Instant now) {
        return !expiresAt.isAfter(now);
    }

    /** From the {@code token} object of Keystone's answer. */
    static ValidatedToken fromBody(String authToken, Map<?, ?> token) {
        Map<?, ?> user = map(token.get("user"));
        Map<?, ?> project = map(token.get("project"));
        List<String> roles = new ArrayList<>();
        if (token.get("roles") instanceof List<?> rs) {
            for (Object r : rs) {
                roles.add(String.valueOf(map(r).get("name")));
            }
        }
        List<Object> catalog = new ArrayList<>();
        if (token.get("catalog") instanceof List<?> services) {
            // nova.context keeps only the services a compute may call on the user's behalf
            for (Object s : services) {
                Object type = map(s).get("type");
                if (List.of("image", "block-storage", "volumev3", "key-manager", "placement", "network",
                        "accelerator").contains(type)) {
                    catalog.add(s);
                }
            }
        }
        Object adminProject = token.get("is_admin_project");
        UserContexts.Identity id = new UserContexts.Identity(str(user.get("id")), str(user.get("name")),
                str(map(user.get("domain")).get("id")), str(project.get("id")), str(project.get("name")),
                str(map(project.get("domain")).get("id")), List.copyOf(roles), authToken,
                !(adminProject instanceof Boolean b) || b, catalog);
        return new ValidatedToken(id, parseTime(token.get("expires_at")));
    }

    static Instant parseTime(Object expiresAt) {
        try {
            return OffsetDateTime.parse(String.valueOf(expiresAt)).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Keystone's token has an unreadable expires_at: " + expiresAt, e);
        }
    }

    private static Map<?, ?> map(Object o) {
        return o instanceof Map<?, ?> m ? m : Map.of();
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
