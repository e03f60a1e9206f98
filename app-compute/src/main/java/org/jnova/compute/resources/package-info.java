/** The compute's own view of its nodes' resources: the resource tracker's claims and audit. */
package org.jnova.compute.resources;
