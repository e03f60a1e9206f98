/**
 * The compute manager's instance operations, one class per family (build, power, delete, console),
 * all run through {@link org.jnova.compute.ops.InstanceTaskRunner}, which does explicitly what Nova's
 * {@code reverts_task_state / wrap_instance_event / wrap_instance_fault} decorators do.
 */
package org.jnova.compute.ops;
