package org.jnova.domain.instance;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle operations jnova exposes, as one table: what the compute API checks
 * ({@code check_instance_state}), the task_state it enters and the expectation it saves with, the
 * instance action it records and the compute RPC method it casts; and, for the compute side, the
 * task_state the manager expects when it starts and the vm_state it leaves on success.
 * Nova splits these rules between {@code compute/api.py} and {@code compute/manager.py}; here they are
 * kept in one place (spec §7.2, §7.3).
 */
public enum InstanceOperation {
    START("start", "start_instance",
            EnumSet.of(VmState.STOPPED), TaskStateSet.NONE_ONLY,
            TaskState.POWERING_ON, TaskStateSet.of((TaskState) null), true),
    STOP("stop", "stop_instance",
            EnumSet.of(VmState.ACTIVE, VmState.ERROR), TaskStateSet.NONE_ONLY,
            TaskState.POWERING_OFF, TaskStateSet.of((TaskState) null), true),
    REBOOT_SOFT("reboot", "reboot_instance",
            EnumSet.of(VmState.ACTIVE), TaskStateSet.NONE_ONLY,
            TaskState.REBOOTING, TaskStateSet.of((TaskState) null), true),
    REBOOT_HARD("reboot", "reboot_instance",
            EnumSet.of(VmState.ACTIVE, VmState.STOPPED, VmState.PAUSED, VmState.SUSPENDED, VmState.ERROR),
            TaskStateSet.of(null, TaskState.REBOOTING, TaskState.REBOOT_PENDING, TaskState.REBOOT_STARTED,
                    TaskState.RESUMING, TaskState.REBOOTING_HARD, TaskState.UNPAUSING, TaskState.PAUSING,
                    TaskState.SUSPENDING),
            TaskState.REBOOTING_HARD,
            TaskStateSet.of(null, TaskState.REBOOTING, TaskState.REBOOT_PENDING, TaskState.REBOOT_STARTED,
                    TaskState.RESUMING, TaskState.REBOOTING_HARD, TaskState.UNPAUSING, TaskState.PAUSING,
                    TaskState.SUSPENDING),
            true),
    PAUSE("pause", "pause_instance",
            EnumSet.of(VmState.ACTIVE), TaskStateSet.NONE_ONLY,
            TaskState.PAUSING, TaskStateSet.of((TaskState) null), true),
    UNPAUSE("unpause", "unpause_instance",
            EnumSet.of(VmState.PAUSED), TaskStateSet.NONE_ONLY,
            TaskState.UNPAUSING, TaskStateSet.of((TaskState) null), true),
    SUSPEND("suspend", "suspend_instance",
            EnumSet.of(VmState.ACTIVE), TaskStateSet.NONE_ONLY,
            TaskState.SUSPENDING, TaskStateSet.of((TaskState) null), true),
    RESUME("resume", "resume_instance",
            EnumSet.of(VmState.SUSPENDED), TaskStateSet.NONE_ONLY,
            TaskState.RESUMING, TaskStateSet.of((TaskState) null), true),
    /** Delete accepts any state; the API saves task_state=deleting without an expectation. */
    DELETE("delete", "terminate_instance",
            EnumSet.allOf(VmState.class), TaskStateSet.ANY,
            TaskState.DELETING, TaskStateSet.ANY, false);

    private final String actionName;
    private final String rpcMethod;
    private final Set<VmState> allowedVmStates;
    private final TaskStateSet allowedTaskStates;
    private final TaskState entryTaskState;
    private final TaskStateSet entryExpectation;
    private final boolean mustHaveLaunched;

    InstanceOperation(String actionName, String rpcMethod, EnumSet<VmState> allowedVmStates,
                      TaskStateSet allowedTaskStates, TaskState entryTaskState, TaskStateSet entryExpectation,
                      boolean mustHaveLaunched) {
        this.actionName = actionName;
        this.rpcMethod = rpcMethod;
        this.allowedVmStates = Collections.unmodifiableSet(allowedVmStates);
        this.allowedTaskStates = allowedTaskStates;
        this.entryTaskState = entryTaskState;
        this.entryExpectation = entryExpectation;
        this.mustHaveLaunched = mustHaveLaunched;
    }

    /** The instance action recorded for it ({@code nova/compute/instance_actions.py}). */
    public String actionName() {
        return actionName;
    }

    /** The ComputeAPI method cast to the instance's host. */
    public String rpcMethod() {
        return rpcMethod;
    }

    public Set<VmState> allowedVmStates() {
        return allowedVmStates;
    }

    public TaskStateSet allowedTaskStates() {
        return allowedTaskStates;
    }

    /** The task_state the API sets before casting. */
    public TaskState entryTaskState() {
        return entryTaskState;
    }

    /** The expected_task_state the API saves with (a compare-and-swap). */
    public TaskStateSet entryExpectation() {
        return entryExpectation;
    }

    public boolean mustHaveLaunched() {
        return mustHaveLaunched;
    }

    /**
     * {@code check_instance_state}: returns normally if the operation may start, otherwise throws
     * {@link org.jnova.domain.error.InstanceInvalidState} naming the offending attribute.
     */
    public void checkAllowed(String instanceUuid, VmState vmState, TaskState taskState, boolean launched) {
        if (!allowedVmStates.contains(vmState)) {
            throw new org.jnova.domain.error.InstanceInvalidState("vm_state", instanceUuid,
                    String.valueOf(vmState), method());
        }
        if (!allowedTaskStates.contains(taskState)) {
            throw new org.jnova.domain.error.InstanceInvalidState("task_state", instanceUuid,
                    String.valueOf(taskState), method());
        }
        if (mustHaveLaunched && !launched) {
            throw new org.jnova.domain.error.InstanceInvalidState("launched_at", instanceUuid, "None", method());
        }
    }

    /** The compute-API method name Nova puts in InstanceInvalidState messages: the action's name. */
    public String method() {
        return actionName;
    }
}
