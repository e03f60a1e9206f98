/**
 * What a transport plugin supplies: its wire and nothing else. A wire connects, addresses, publishes,
 * consumes and acknowledges, and translates between its protocol's bytes and the neutral
 * {@link org.jnova.ports.transport.wire.WireRequest} / {@link org.jnova.ports.transport.wire.WireReply}.
 * Everything oslo.messaging does above its drivers (request validation, the reply inbox with call-monitor
 * heartbeats, {@code _unique_id} dedupe, failure mapping, the one-final-reply rule, rate-limited logging of
 * dropped messages) lives once in the RPC core of the {@code messaging} module, which wraps every wire.
 */
package org.jnova.ports.transport.wire;
