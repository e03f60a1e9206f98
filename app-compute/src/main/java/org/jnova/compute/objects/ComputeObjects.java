package org.jnova.compute.objects;

import java.util.List;
import org.jnova.domain.instance.TaskStateSet;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.rpc.RequestContext;

/**
 * Nova's remotable object methods that nova-compute uses, each one conductor call. Errors are the
 * conductor's Nova errors (InstanceNotFound, UnexpectedTaskStateError, ...) as the engine rebuilds them.
 * Every method takes the context of the request being handled, so request ids propagate.
 */
public interface ComputeObjects {
    /** {@code Instance.get_by_uuid(uuid, expected_attrs=[metadata, system_metadata, flavor])}. */
    Instance getInstance(RequestContext context, String uuid);

    /** {@code InstanceList.get_by_host(host, expected_attrs=[metadata, system_metadata, flavor])}. */
    List<Instance> instancesOnHost(RequestContext context, String host);

    /**
     * {@code instance.save(expected_task_state=...)}: writes the changed fields; {@code expected} null
     * means no expectation. The instance is updated in place with what the conductor stored.
     */
    void save(RequestContext context, Instance instance, TaskStateSet expected);

    /** {@code instance.refresh()}: reloads the instance in place. */
    void refresh(RequestContext context, Instance instance);

    /** {@code instance.destroy()}. */
    void destroy(RequestContext context, Instance instance);

    /** {@code InstanceAction.action_start(uuid, action)}, as compute_api does before acting. */
    void actionStart(RequestContext context, String instanceUuid, String action);

    /** {@code InstanceActionEvent.event_start(uuid, event, want_result=False, host=host)}. */
    void eventStart(RequestContext context, String instanceUuid, String eventName, String host);

    /**
     * {@code InstanceActionEvent.event_finish_with_failure(uuid, event, exc_val, exc_tb)}: both null
     * means Success, a traceback means Error with {@code exc_val} as the details.
     */
    void eventFinish(RequestContext context, String instanceUuid, String eventName, String excVal, String excTb);

    /** {@code InstanceFault(...).create()}. */
    void createFault(RequestContext context, FaultRecord fault);

    /**
     * {@code ComputeNode.get_by_host_and_nodename} then {@code create()} or {@code save()} with the
     * figures ({@code update_available_resource}); returns the node's uuid (its Placement provider's).
     */
    String updateComputeNode(RequestContext context, ComputeNodeFigures figures);
}
