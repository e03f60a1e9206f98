package org.jnova.messaging.archfixture;

import org.jnova.common.config.ConfigOpts;

/** Deliberate violation: the RPC engine reaching up into an app module. */
public class BadCoreClass {
    public ConfigOpts config;
}
