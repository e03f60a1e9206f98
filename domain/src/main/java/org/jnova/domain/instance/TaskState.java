package org.jnova.domain.instance;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Nova's task_state: the transition an instance is going through ({@code nova/compute/task_states.py}).
 * "No task" is represented by {@code null}, exactly as on the wire.
 */
public enum TaskState {
    SCHEDULING("scheduling"),
    BLOCK_DEVICE_MAPPING("block_device_mapping"),
    NETWORKING("networking"),
    SPAWNING("spawning"),
    IMAGE_SNAPSHOT("image_snapshot"),
    IMAGE_SNAPSHOT_PENDING("image_snapshot_pending"),
    IMAGE_PENDING_UPLOAD("image_pending_upload"),
    IMAGE_UPLOADING("image_uploading"),
    IMAGE_BACKUP("image_backup"),
    UPDATING_PASSWORD("updating_password"),
    RESIZE_PREP("resize_prep"),
    RESIZE_MIGRATING("resize_migrating"),
    RESIZE_MIGRATED("resize_migrated"),
    RESIZE_FINISH("resize_finish"),
    RESIZE_REVERTING("resize_reverting"),
    RESIZE_CONFIRMING("resize_confirming"),
    REBOOTING("rebooting"),
    REBOOT_PENDING("reboot_pending"),
    REBOOT_STARTED("reboot_started"),
    REBOOTING_HARD("rebooting_hard"),
    REBOOT_PENDING_HARD("reboot_pending_hard"),
    REBOOT_STARTED_HARD("reboot_started_hard"),
    PAUSING("pausing"),
    UNPAUSING("unpausing"),
    SUSPENDING("suspending"),
    RESUMING("resuming"),
    POWERING_OFF("powering-off"),
    POWERING_ON("powering-on"),
    RESCUING("rescuing"),
    UNRESCUING("unrescuing"),
    REBUILDING("rebuilding"),
    REBUILD_BLOCK_DEVICE_MAPPING("rebuild_block_device_mapping"),
    REBUILD_SPAWNING("rebuild_spawning"),
    MIGRATING("migrating"),
    DELETING("deleting"),
    SOFT_DELETING("soft-deleting"),
    RESTORING("restoring"),
    SHELVING("shelving"),
    SHELVING_IMAGE_PENDING_UPLOAD("shelving_image_pending_upload"),
    SHELVING_IMAGE_UPLOADING("shelving_image_uploading"),
    SHELVING_OFFLOADING("shelving_offloading"),
    UNSHELVING("unshelving");

    /** {@code task_states.soft_reboot_states}. */
    public static final Set<TaskState> SOFT_REBOOT_STATES =
            Collections.unmodifiableSet(EnumSet.of(REBOOTING, REBOOT_PENDING, REBOOT_STARTED));
    /** {@code task_states.hard_reboot_states}. */
    public static final Set<TaskState> HARD_REBOOT_STATES =
            Collections.unmodifiableSet(EnumSet.of(REBOOTING_HARD, REBOOT_PENDING_HARD, REBOOT_STARTED_HARD));
    /** {@code task_states.rebuild_states}. */
    public static final Set<TaskState> REBUILD_STATES =
            Collections.unmodifiableSet(EnumSet.of(REBUILDING, REBUILD_BLOCK_DEVICE_MAPPING, REBUILD_SPAWNING));
    /** The build task states that {@code _init_instance} turns into ERROR. */
    public static final Set<TaskState> BUILD_STATES =
            Collections.unmodifiableSet(EnumSet.of(SCHEDULING, BLOCK_DEVICE_MAPPING, NETWORKING, SPAWNING));

    private final String wireValue;

    TaskState(String wireValue) {
        this.wireValue = wireValue;
    }

    public String wireValue() {
        return wireValue;
    }

    /** Wire value of a possibly-null task state (null means "no task"). */
    public static String wireOf(TaskState state) {
        return state == null ? null : state.wireValue;
    }

    /** Parses a wire value; null ("no task") stays null. */
    public static TaskState fromWire(String value) {
        if (value == null) {
            return null;
        }
        return Arrays.stream(values()).filter(s -> s.wireValue.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown task_state '" + value + "'"));
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
