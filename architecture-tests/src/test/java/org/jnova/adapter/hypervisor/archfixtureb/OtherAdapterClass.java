package org.jnova.adapter.hypervisor.archfixtureb;

/** A class of a second fixture adapter. */
public class OtherAdapterClass {
}
