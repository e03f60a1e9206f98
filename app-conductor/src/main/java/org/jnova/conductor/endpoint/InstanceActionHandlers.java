package org.jnova.conductor.endpoint;

import org.jnova.domain.objects.InstanceActionEventList;
import org.jnova.domain.objects.InstanceActionList;
import org.jnova.ports.persistence.InstanceActionRepository;

/**
 * InstanceAction, InstanceActionList, InstanceActionEvent and InstanceActionEventList remotable methods
 * ({@code nova/objects/instance_action.py}).
 */
public final class InstanceActionHandlers {
    private final InstanceActionRepository actions;

    public InstanceActionHandlers(InstanceActionRepository actions) {
        this.actions = actions;
    }

    public void register(ObjectMethods table) {
        table.classMethod("InstanceAction", PySignature.of("action_start", "instance_uuid", "action_name",
                "want_result="), (ctx, a) -> {
                    var action = actions.actionStart(ctx, a.requiredString("instance_uuid"),
                            a.requiredString("action_name"));
                    return a.bool("want_result", true) ? action : null;
                });
        table.classMethod("InstanceAction", PySignature.of("get_by_request_id", "instance_uuid", "request_id"),
                (ctx, a) -> actions.getByRequestId(a.requiredString("instance_uuid"), a.requiredString("request_id")));
        table.classMethod("InstanceActionList", PySignature.of("get_by_instance_uuid", "instance_uuid", "limit=",
                "marker=", "filters="), (ctx, a) -> {
                    InstanceActionList out = new InstanceActionList();
                    out.setObjects(actions.listByInstance(a.requiredString("instance_uuid"), a.integer("limit"),
                            a.string("marker")));
                    out.resetChanges();
                    return out;
                });
        table.classMethod("InstanceActionEventList", PySignature.of("get_by_action", "action_id"), (ctx, a) -> {
            Integer id = a.integer("action_id");
            if (id == null) {
                throw new IllegalArgumentException("get_by_action() needs an action_id");
            }
            InstanceActionEventList out = new InstanceActionEventList();
            out.setObjects(actions.eventsOfAction(id));
            out.resetChanges();
            return out;
        });
        table.classMethod("InstanceActionEvent", PySignature.of("event_start", "instance_uuid", "event_name",
                "want_result=", "host="), (ctx, a) -> {
                    var event = actions.eventStart(ctx, a.requiredString("instance_uuid"),
                            a.requiredString("event_name"), a.string("host"));
                    return a.bool("want_result", true) ? event : null;
                });
        table.classMethod("InstanceActionEvent", PySignature.of("event_finish_with_failure", "instance_uuid",
                "event_name", "exc_val=", "exc_tb=", "want_result="), (ctx, a) -> {
                    // serialize_args already turned exc_val and exc_tb into strings on the caller's side
                    Object val = a.get("exc_val");
                    Object tb = a.get("exc_tb");
                    var event = actions.eventFinish(ctx, a.requiredString("instance_uuid"),
                            a.requiredString("event_name"), val == null ? null : val.toString(),
                            tb == null ? null : tb.toString());
                    return a.bool("want_result", false) ? event : null;
                });
        table.classMethod("InstanceActionEvent", PySignature.of("event_finish", "instance_uuid", "event_name",
                "want_result="), (ctx, a) -> {
                    var event = actions.eventFinish(ctx, a.requiredString("instance_uuid"),
                            a.requiredString("event_name"), null, null);
                    return a.bool("want_result", true) ? event : null;
                });
    }
}
