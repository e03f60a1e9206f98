package org.jnova.api.policy;

import java.util.List;
import java.util.Map;

/**
 * A parsed policy check, as oslo.policy's {@code _checks} classes evaluate them against a target (the
 * object acted on, e.g. {@code {"project_id": ...}}) and the caller's credentials
 * ({@code context.to_policy_values()} plus Nova's {@code is_admin}).
 */
sealed interface Check {
    boolean test(Map<String, ?> target, Map<String, ?> creds, Rules rules);

    /** Named rules a {@code rule:} check refers to. */
    interface Rules {
        Check rule(String name);
    }

    /** {@code @}: always passes. */
    record Always() implements Check {
        @Override
        public boolean test(Map<String, ?> target, Map<String, ?> creds, Rules rules) {
            return true;
        }

        @Override
        public String toString() {
            return "@";
        }
    }

    /** {@code !}, and what an unparsable rule becomes. */
    record Never() implements Check {
        @Override
        public boolean test(Map<String, ?> target, Map<String, ?> creds, Rules rules) {
            return false;
        }

        @Override
        public String toString() {
            return "!";
        }
    }

    record Not(Check check) implements Check {
        @Override
        public boolean test(Map<String, ?> target, Map<String, ?> creds, Rules rules) {
            return !check.test(target, creds, rules);
        }

        @Override
        public String toString() {
            return "not " + check;
        }
    }

    record And(List<Check> checks) implements Check {
        @Override
        public boolean test(Map<String, ?> target, Map<String, ?> creds, Rules rules) {
            return checks.stream().allMatch(c -> c.test(target, creds, rules));
        }

        @Override
        public String toString() {
            return "(" + String.join(" and ", checks.stream().map(Check::toString).toList()) + ")";
        }
    }

    record Or(List<Check> checks) implements Check {
        @Override
        public boolean test(Map<String, ?> target, Map<String, ?> creds, Rules rules) {
            return checks.stream().anyMatch(c -> c.test(target, creds, rules));
        }

        @Override
        public String toString() {
            return "(" + String.join(" or ", checks.stream().map(Check::toString).toList()) + ")";
        }
    }

    /** {@code rule:NAME}: another rule; an undefined one fails. */
    record RuleRef(String name) implements Check {
        @Override
        public boolean test(Map<String, ?> target, Map<String, ?> creds, Rules rules) {
            Check c = rules.rule(name);
            return c != null && c.test(target, creds, rules);
        }

        @Override
        public String toString() {
            return "rule:" + name;
        }
    }

    /** {@code role:NAME}: the caller has the role (case-insensitive; the name may use %(key)s of the target). */
    record Role(String match) implements Check {
        @Override
        public boolean test(Map<String, ?> target, Map<String, ?> creds, Rules rules) {
            String role = PyPercent.format(match, target);
            if (role == null || !(creds.get("roles") instanceof List<?> roles)) {
                return false;
            }
            return roles.stream().anyMatch(r -> String.valueOf(r).equalsIgnoreCase(role));
        }

        @Override
        public String toString() {
            return "role:" + match;
        }
    }

    /**
     * {@code KIND:MATCH} ({@code GenericCheck}): MATCH, with %(key)s taken from the target, equals the
     * credential named by the dotted path KIND (any element when it is a list), or the Python literal
     * KIND itself ({@code True:%(enabled)s}, {@code 'member':%(role)s}).
     */
    record Generic(String kind, String match) implements Check {
        @Override
        public boolean test(Map<String, ?> target, Map<String, ?> creds, Rules rules) {
            String value = PyPercent.format(match, target);
            if (value == null) {
                return false;
            }
            String literal = PyPercent.literal(kind);
            if (literal != null) {
                return value.equals(literal);
            }
            return find(creds, List.of(kind.split("\\.", -1)), value);
        }

        private static boolean find(Object current, List<String> path, String value) {
            if (path.isEmpty()) {
                return value.equals(PyPercent.str(current));
            }
            if (!(current instanceof Map<?, ?> m) || !m.containsKey(path.get(0))) {
                return false;
            }
            Object next = m.get(path.get(0));
            List<String> rest = path.subList(1, path.size());
            if (next instanceof List<?> items) {
                return items.stream().anyMatch(item -> find(item, rest, value));
            }
            return find(next, rest, value);
        }

        @Override
        public String toString() {
            return kind + ":" + match;
        }
    }
}
