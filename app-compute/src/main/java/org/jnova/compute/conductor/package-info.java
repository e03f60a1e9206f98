/** The compute's persistence: the conductor's object calls over RPC ({@link org.jnova.rpcapi.RemoteObjects}). */
package org.jnova.compute.conductor;
