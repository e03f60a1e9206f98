package org.jnova.compute.archfixture;

import com.rabbitmq.client.Channel;
import com.sun.jna.Pointer;
import java.net.http.HttpClient;
import java.sql.Connection;
import org.jnova.adapter.hypervisor.archfixtureb.OtherAdapterClass;

/**
 * Deliberate violations: compute using JDBC, RabbitMQ, JNA, an HTTP client and an adapter class directly;
 * printing to stdout.
 */
public class BadComputeClass {
    public Channel channel;
    public Pointer pointer;
    public Connection connection;
    public HttpClient http;
    public OtherAdapterClass driver;

    public void print() {
        System.out.println("compute output");
    }
}
