package org.jnova.adapter.hypervisor.fake;

import org.pf4j.Plugin;

/** The PF4J plugin holding Nova's fake hypervisor; all the work is in {@link FakeDriverFactory}. */
public class FakeHypervisorPlugin extends Plugin {
}
