/**
 * The object calls the compute makes (Nova's remotable methods), as one narrow interface so the
 * operations are testable without a bus; {@code org.jnova.compute.conductor} implements it over RPC.
 */
package org.jnova.compute.objects;
