/** The compute's RPC endpoint: wire method names and arguments mapped onto the operation classes. */
package org.jnova.compute.endpoint;
