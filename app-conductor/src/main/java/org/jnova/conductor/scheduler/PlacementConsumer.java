package org.jnova.conductor.scheduler;

import org.jnova.domain.objects.Instance;
import org.jnova.domain.rpc.RequestContext;

/** An instance as a Placement consumer: its uuid, and the project and user its allocations belong to. */
public record PlacementConsumer(String uuid, String projectId, String userId) {
    /** Placement's {@code incomplete_consumer_project_id} / {@code _user_id}: an owner nobody named. */
    static final String UNKNOWN_OWNER = "00000000-0000-0000-0000-000000000000";

    /** The instance's own project and user, else the request's. */
    public static PlacementConsumer of(Instance instance, RequestContext ctx) {
        String project = instance.isSet("project_id") && instance.getProjectId() != null ? instance.getProjectId()
                : ctx.projectId();
        String user = instance.isSet("user_id") && instance.getUserId() != null ? instance.getUserId() : ctx.userId();
        return new PlacementConsumer(instance.getUuid(), blank(project) ? UNKNOWN_OWNER : project,
                blank(user) ? UNKNOWN_OWNER : user);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
