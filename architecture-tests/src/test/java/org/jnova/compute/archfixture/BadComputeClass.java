package org.jnova.compute.archfixture;

import java.sql.Connection;
import org.jnova.adapter.hypervisor.archfixtureb.OtherAdapterClass;

/** Deliberate violations: compute using JDBC and an adapter class directly; printing to stdout. */
public class BadComputeClass {
    public Connection connection;
    public OtherAdapterClass driver;

    public void print() {
        System.out.println("compute output");
    }
}
