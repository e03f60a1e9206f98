package org.jnova.compute.objects;

/**
 * An InstanceFault to create ({@code add_instance_fault_from_exc}): code from the error (500 when it
 * has none), its message, and the traceback as details only for 500s.
 */
public record FaultRecord(String instanceUuid, String host, int code, String message, String details) {
}
