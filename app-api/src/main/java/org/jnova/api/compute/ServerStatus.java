package org.jnova.api.compute;

import java.util.EnumSet;
import java.util.Set;
import org.jnova.domain.instance.TaskState;
import org.jnova.domain.instance.VmState;

/** The API's server status, {@code nova/api/openstack/common.py status_from_state} (EnumSets, so a null task_state is simply not a member). */
public final class ServerStatus {
    private static final Set<TaskState> REBUILD = TaskState.REBUILD_STATES;
    private static final Set<TaskState> RESIZE = EnumSet.of(TaskState.RESIZE_PREP, TaskState.RESIZE_MIGRATING,
            TaskState.RESIZE_MIGRATED, TaskState.RESIZE_FINISH);

    private ServerStatus() {
    }

    /**
     * The vm_states a status can come from ({@code task_and_vm_state_from_status}), derived from
     * {@link #of} itself so the two never disagree; an unknown status has none.
     */
    public static Set<VmState> vmStatesOf(String status) {
        Set<VmState> out = EnumSet.noneOf(VmState.class);
        for (VmState vm : VmState.values()) {
            if (status.equals(of(vm, null))) {
                out.add(vm);
            }
            for (TaskState task : TaskState.values()) {
                if (status.equals(of(vm, task))) {
                    out.add(vm);
                }
            }
        }
        return out;
    }

    public static String of(VmState vmState, TaskState taskState) {
        if (vmState == null) {
            return "UNKNOWN";
        }
        return switch (vmState) {
            case ACTIVE -> active(taskState);
            case BUILDING -> "BUILD";
            case STOPPED -> RESIZE.contains(taskState) ? "RESIZE" : REBUILD.contains(taskState) ? "REBUILD" : "SHUTOFF";
            case RESIZED -> taskState == TaskState.RESIZE_REVERTING ? "REVERT_RESIZE" : "VERIFY_RESIZE";
            case PAUSED -> taskState == TaskState.MIGRATING ? "MIGRATING" : "PAUSED";
            case SUSPENDED -> "SUSPENDED";
            case RESCUED -> "RESCUE";
            case ERROR -> REBUILD.contains(taskState) ? "REBUILD" : "ERROR";
            case DELETED -> "DELETED";
            case SOFT_DELETED -> "SOFT_DELETED";
            case SHELVED -> "SHELVED";
            case SHELVED_OFFLOADED -> "SHELVED_OFFLOADED";
        };
    }

    private static String active(TaskState t) {
        if (t == null) {
            return "ACTIVE";
        }
        if (TaskState.SOFT_REBOOT_STATES.contains(t)) {
            return "REBOOT";
        }
        if (TaskState.HARD_REBOOT_STATES.contains(t)) {
            return "HARD_REBOOT";
        }
        if (t == TaskState.UPDATING_PASSWORD) {
            return "PASSWORD";
        }
        if (REBUILD.contains(t)) {
            return "REBUILD";
        }
        if (t == TaskState.MIGRATING) {
            return "MIGRATING";
        }
        return RESIZE.contains(t) ? "RESIZE" : "ACTIVE";
    }
}
