package org.jnova.adapter.transport.fake;

import org.pf4j.Plugin;

/** The {@code fake://} transport plugin: an in-process bus shared by every driver of the JVM. */
public class FakeTransportPlugin extends Plugin {
}
