package org.jnova.compute.archfixture;

import com.rabbitmq.client.Channel;
import com.sun.jna.Pointer;
import java.sql.Connection;
import org.jnova.adapter.hypervisor.archfixtureb.OtherAdapterClass;

/** Deliberate violations: compute using JDBC, RabbitMQ, JNA and an adapter class directly; printing to stdout. */
public class BadComputeClass {
    public Channel channel;
    public Pointer pointer;
    public Connection connection;
    public OtherAdapterClass driver;

    public void print() {
        System.out.println("compute output");
    }
}
