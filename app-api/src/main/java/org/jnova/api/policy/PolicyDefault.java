package org.jnova.api.policy;

/**
 * A registered default rule ({@code oslo_policy.RuleDefault}): its name, check string and, when the
 * rule replaced an older one, that one's name and check string ({@code DeprecatedRule}).
 */
record PolicyDefault(String name, String checkStr, String deprecatedName, String deprecatedCheckStr) {
    boolean hasDeprecated() {
        return deprecatedCheckStr != null;
    }
}
