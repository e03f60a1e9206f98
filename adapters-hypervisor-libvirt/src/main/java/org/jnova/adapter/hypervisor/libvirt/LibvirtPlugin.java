package org.jnova.adapter.hypervisor.libvirt;

import org.pf4j.Plugin;

/**
 * The PF4J plugin for {@code compute_driver = libvirt.LibvirtDriver}. It holds no state: the libvirt
 * connection and event loop belong to the driver the factory creates, so loading the plugin never touches
 * the native library (a host without libvirt0 can still list it).
 */
public class LibvirtPlugin extends Plugin {
}
