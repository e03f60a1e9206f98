package org.jnova.ports.persistence;

import java.util.List;
import org.jnova.domain.objects.ComputeNode;

/** Compute nodes ({@code db.compute_node_*}): one per hypervisor node a compute host reports. */
public interface ComputeNodeRepository {
    /** {@code ComputeNode.create()}: uuid generated if unset; returns the node with id and created_at. */
    ComputeNode create(ComputeNode node);

    /** {@code ComputeNode.save()}: writes the changed fields; returns the node as stored. */
    ComputeNode save(ComputeNode node);

    /** {@code ComputeNode.get_by_host_and_nodename}; {@code ComputeHostNotFound} if missing. */
    ComputeNode getByHostAndNodename(String host, String nodename);

    /** {@code ComputeNodeList.get_all}. */
    List<ComputeNode> listAll();

    /** {@code ComputeNodeList.get_all_by_host}; {@code ComputeHostNotFound} if the host has none. */
    List<ComputeNode> listByHost(String host);
}
