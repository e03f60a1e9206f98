/**
 * The oslo.messaging wire format, byte-compatible with Python peers: {@link org.jnova.domain.wire.PyJson}
 * (Python's json.dumps/json.loads), {@link org.jnova.domain.wire.PyRepr} (repr for Nova messages),
 * {@link org.jnova.domain.wire.OsloEnvelope} (the 2.0 envelope) and
 * {@link org.jnova.domain.wire.OsloMessages} (requests, replies, failures, notifications with Python's key
 * orders). This package depends on java.* and org.jnova.domain.rpc only; objects reach the codec through
 * {@link org.jnova.domain.wire.WirePrimitive}, so the object model can depend on it without a cycle.
 */
package org.jnova.domain.wire;
