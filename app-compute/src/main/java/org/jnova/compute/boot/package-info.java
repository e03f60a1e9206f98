/** Wiring of nova-compute: the Guice module and the launcher the CLI starts. */
package org.jnova.compute.boot;
