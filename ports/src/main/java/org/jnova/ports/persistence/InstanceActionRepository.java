package org.jnova.ports.persistence;

import java.util.List;
import org.jnova.domain.objects.InstanceAction;
import org.jnova.domain.objects.InstanceActionEvent;
import org.jnova.domain.rpc.RequestContext;

/**
 * Instance actions and their events ({@code db.action_*}, {@code db.action_event_*}). An event's
 * parent action is the one with the context's {@code (instance_uuid, request_id)}; when there is none
 * and the context has no project (a service or admin context) the newest action of the instance is
 * used; otherwise {@code InstanceActionNotFound}.
 */
public interface InstanceActionRepository {
    /** {@code InstanceAction.action_start}: request_id, user, project and start_time from the context. */
    InstanceAction actionStart(RequestContext context, String instanceUuid, String action);

    /** {@code InstanceAction.get_by_request_id}; null if none. */
    InstanceAction getByRequestId(String instanceUuid, String requestId);

    /** {@code InstanceActionList.get_by_instance_uuid}: newest first; {@code marker} is a request_id. */
    List<InstanceAction> listByInstance(String instanceUuid, Integer limit, String marker);

    /** {@code InstanceActionEvent.event_start}: a new event with start_time now. */
    InstanceActionEvent eventStart(RequestContext context, String instanceUuid, String event, String host);

    /**
     * {@code event_finish} / {@code event_finish_with_failure}: finishes the newest event of that name
     * ({@code InstanceActionEventNotFound} if none). {@code traceback} null means Success; otherwise
     * Error, {@code details} = the message, and the parent action's message becomes {@code Error}.
     */
    InstanceActionEvent eventFinish(RequestContext context, String instanceUuid, String event, String details,
                                    String traceback);

    /** {@code InstanceActionEventList.get_by_action}: oldest first. */
    List<InstanceActionEvent> eventsOfAction(long actionId);
}
