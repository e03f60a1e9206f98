package org.jnova.archfixturea;

import org.jnova.archfixtureb.CycleB;

/** One half of a deliberate package cycle. */
public class CycleA {
    public CycleB b;
}
