/**
 * Nova's {@code fake.FakeDriver} (and its Small/Medium variants) as a PF4J plugin: an in-memory
 * hypervisor for functional tests and demos, with one general fault-injection mechanism instead of
 * Nova's 23 failing subclasses.
 */
package org.jnova.adapter.hypervisor.fake;
