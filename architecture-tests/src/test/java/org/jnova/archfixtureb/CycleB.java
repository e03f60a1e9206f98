package org.jnova.archfixtureb;

import org.jnova.archfixturea.CycleA;

/** The other half of a deliberate package cycle. */
public class CycleB {
    public CycleA a;
}
