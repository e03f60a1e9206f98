package org.jnova.adapter.transport.archfixturea;

import org.jnova.adapter.hypervisor.archfixtureb.OtherAdapterClass;
import org.jnova.common.config.ConfigOpts;
import org.jnova.messaging.driver.TransportDriver;

/** Deliberate violations: an adapter using another adapter, an app class, and the RPC core. */
public class BadAdapterClass {
    public OtherAdapterClass other;
    public ConfigOpts config;
    public TransportDriver core;
}
