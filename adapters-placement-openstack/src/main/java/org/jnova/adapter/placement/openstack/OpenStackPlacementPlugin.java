package org.jnova.adapter.placement.openstack;

import org.pf4j.Plugin;

/** The PF4J plugin holding the OpenStack Placement client; the work is in {@link OpenStackPlacementFactory}. */
public class OpenStackPlacementPlugin extends Plugin {
}
