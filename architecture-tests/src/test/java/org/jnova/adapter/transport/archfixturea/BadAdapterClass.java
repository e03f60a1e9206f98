package org.jnova.adapter.transport.archfixturea;

import org.jnova.adapter.hypervisor.archfixtureb.OtherAdapterClass;
import org.jnova.common.config.ConfigOpts;

/** Deliberate violations: an adapter using another adapter and an app class. */
public class BadAdapterClass {
    public OtherAdapterClass other;
    public ConfigOpts config;
}
