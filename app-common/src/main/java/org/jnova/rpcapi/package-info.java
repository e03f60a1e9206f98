/**
 * Nova's RPC APIs with their exact wire contracts: {@link org.jnova.rpcapi.BaseRpcClient} /
 * {@link org.jnova.rpcapi.BaseRpcEndpoint} ({@code baseapi}), {@link org.jnova.rpcapi.ComputeRpcClient}
 * (topic {@code compute}), {@link org.jnova.rpcapi.ConductorRpcClient} (object indirection) with its typed
 * facade {@link org.jnova.rpcapi.RemoteObjects}, and {@link org.jnova.rpcapi.ComputeTaskRpcClient}
 * ({@code compute_task}). Version caps come from {@code [upgrade_levels]} via
 * {@link org.jnova.rpcapi.UpgradeLevels}.
 */
package org.jnova.rpcapi;
