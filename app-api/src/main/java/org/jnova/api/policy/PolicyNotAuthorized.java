package org.jnova.api.policy;

/** Nova's {@code PolicyNotAuthorized}: HTTP 403 "Policy doesn't allow ACTION to be performed." */
public final class PolicyNotAuthorized extends RuntimeException {
    private final String action;

    public PolicyNotAuthorized(String action) {
        super("Policy doesn't allow " + action + " to be performed.");
        this.action = action;
    }

    public String action() {
        return action;
    }
}
