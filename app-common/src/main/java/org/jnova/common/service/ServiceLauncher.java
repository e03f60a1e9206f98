package org.jnova.common.service;

/**
 * Starts one Nova service ({@code nova-conductor}, {@code nova-compute}, the API) inside a JVM.
 * The CLI finds the launcher, builds one {@link ServiceEnvironment} and calls {@link #start}; an
 * all-in-one process starts several launchers over the same environment (one bus, one servicegroup).
 */
public interface ServiceLauncher {
    /** The Nova binary name, e.g. {@code nova-compute}; used in logs and the service record. */
    String binary();

    /** Starts the service and returns once it serves; the result stops it. */
    RunningService start(ServiceEnvironment env) throws Exception;
}
