package org.jnova.conductor.endpoint;

import java.util.List;
import org.jnova.domain.error.ObjectActionError;
import org.jnova.domain.objects.ComputeNode;
import org.jnova.domain.objects.ComputeNodeList;
import org.jnova.ports.persistence.ComputeNodeRepository;

/** ComputeNode and ComputeNodeList remotable methods ({@code nova/objects/compute_node.py}). */
public final class ComputeNodeHandlers {
    private final ComputeNodeRepository nodes;

    public ComputeNodeHandlers(ComputeNodeRepository nodes) {
        this.nodes = nodes;
    }

    public void register(ObjectMethods table) {
        table.classMethod("ComputeNode", PySignature.of("get_by_host_and_nodename", "host", "nodename"),
                (ctx, a) -> nodes.getByHostAndNodename(a.requiredString("host"), a.requiredString("nodename")));
        table.instanceMethod("ComputeNode", ComputeNode.class, PySignature.of("create"), (ctx, self, a) -> {
            if (self.isSet("id")) {
                throw new ObjectActionError("create", "already created");
            }
            InstanceHandlers.copyInto(self, nodes.create(self));
            return null;
        });
        table.instanceMethod("ComputeNode", ComputeNode.class, PySignature.of("save", "prune_stats="),
                (ctx, self, a) -> {
                    InstanceHandlers.copyInto(self, nodes.save(self));
                    return null;
                });
        table.classMethod("ComputeNodeList", PySignature.of("get_all"), (ctx, a) -> list(nodes.listAll()));
        table.classMethod("ComputeNodeList", PySignature.of("get_all_by_host", "host", "use_slave="),
                (ctx, a) -> list(nodes.listByHost(a.requiredString("host"))));
    }

    private static ComputeNodeList list(List<ComputeNode> rows) {
        ComputeNodeList out = new ComputeNodeList();
        out.setObjects(rows);
        out.resetChanges();
        return out;
    }
}
