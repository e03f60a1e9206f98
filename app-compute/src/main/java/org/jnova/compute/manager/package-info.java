/**
 * The compute service's life: waiting for the conductor, start-up recovery of this host's instances,
 * resource reporting, power-state sync and driver lifecycle events, all behind
 * {@link org.jnova.compute.manager.ComputeManager}, the {@link org.jnova.common.service.Manager} that
 * {@link org.jnova.common.service.NovaService} runs.
 */
package org.jnova.compute.manager;
