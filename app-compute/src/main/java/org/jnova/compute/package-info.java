/**
 * jnova's nova-compute: the RPC endpoint, the instance operations (split by family, with an explicit
 * task runner instead of Nova's decorator stack), start-up recovery, resource reporting and power-state
 * sync. It never touches a database: every object call goes to the conductor.
 */
package org.jnova.compute;
