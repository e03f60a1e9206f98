/**
 * jnova's oslo.messaging: the RPC engine over a {@link org.jnova.messaging.driver.TransportDriver}, which is the
 * RPC core ({@link org.jnova.messaging.driver.CoreTransportDriver}) around a transport plugin's wire.
 * <p>
 * Typical use (one {@link org.jnova.messaging.RpcTransport} per process):
 * <pre>{@code
 * RpcTransport transport = RpcTransport.overWire(factory.create(url, context));
 * RpcServer server = transport.server(new Target(null, "compute", host, null, null, false),
 *         List.of(computeEndpoint, new BaseRpcEndpoint("compute")), executorThreadPoolSize).start();
 * RpcClient client = transport.client(Target.topic("conductor").withVersion("3.0"), rpcResponseTimeout, null);
 * Object result = client.withServer("c1").call(ctx, "method", args);
 * server.stop(); server.awaitInFlight(Duration.ofSeconds(60)); server.close();
 * }</pre>
 * Remote Nova errors come back as their {@code org.jnova.domain.error} class, the dispatcher's as
 * {@link org.jnova.messaging.NoSuchMethod} / {@link org.jnova.messaging.UnsupportedVersion}, anything
 * else as {@link org.jnova.messaging.RemoteError}; timeouts as
 * {@link org.jnova.ports.transport.MessagingTimeoutException}.
 */
package org.jnova.messaging;
