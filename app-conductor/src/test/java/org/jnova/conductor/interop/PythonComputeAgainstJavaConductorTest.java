package org.jnova.conductor.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jnova.adapter.transport.rabbit.RabbitSettings;
import org.jnova.adapter.transport.rabbit.RabbitWire;
import org.jnova.common.config.ConfigOpts;
import org.jnova.common.config.NovaOptions;
import org.jnova.common.service.RunningService;
import org.jnova.common.service.ServiceEnvironment;
import org.jnova.conductor.boot.ConductorLauncher;
import org.jnova.domain.wire.PyJson;
import org.jnova.messaging.RpcTransport;
import org.jnova.messaging.driver.CoreTransportDriver;
import org.jnova.ports.transport.TransportUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Java conductor serving Debian's real Python nova objects (nova 26.2.2, oslo.messaging 14) over
 * RabbitMQ: service registration and state report, instance create and compare-and-swap saves,
 * InstanceList with expected attrs, actions and events, and Nova errors rebuilt as Nova classes.
 * Skipped, saying why, without a broker on 127.0.0.1:5672 or without python3-nova.
 */
class PythonComputeAgainstJavaConductorTest {
    static final String PYTHON = "/usr/bin/python3";
    /** Its own vhost: the queue names (conductor, conductor.<host>) must not meet other tests' consumers. */
    static final String VHOST = System.getenv().getOrDefault("JNOVA_TEST_VHOST_PREFIX", "") + "jnova_conductor_test";
    static final String URL = "rabbit://guest:guest@127.0.0.1:5672/" + VHOST;

    private RpcTransport transport;
    private RunningService conductor;

    @AfterEach
    void stop() {
        if (conductor != null) {
            conductor.close();
        }
        if (transport != null) {
            transport.close();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void pythonNovaObjectsWorkThroughTheJavaConductor() throws Exception {
        assumeAvailable();
        String exchange = "jnova-interop-" + UUID.randomUUID().toString().substring(0, 8);
        TransportUrl url = TransportUrl.parse(URL);
        transport = new RpcTransport(new CoreTransportDriver(new RabbitWire(url, RabbitSettings.from(url, null), exchange,
                "conductor-interop")));
        ConfigOpts config = NovaOptions.newConfig();
        config.set("DEFAULT", "host", "cond-interop");
        config.set("database", "connection", "h2:mem:interop" + System.nanoTime());
        conductor = new ConductorLauncher().start(new ServiceEnvironment(config, null, transport, Clock.systemUTC()));

        Map<String, Object> out = (Map<String, Object>) runPython(exchange, "pycmp1");

        assertThat(out.get("service_before")).isEqualTo(true);
        assertThat((Long) out.get("service_id")).isPositive();
        assertThat(out.get("service_last_seen_up")).isEqualTo(true);
        assertThat(out.get("min_version")).isEqualTo(64L);
        assertThat((Long) out.get("instance_id")).isPositive();
        assertThat(out.get("instance_vm_state")).isEqualTo("stopped");
        assertThat(out.get("conflict")).isEqualTo(Map.of("class", "UnexpectedTaskStateError",
                "actual", java.util.Collections.singletonMap("task_state", null)));
        assertThat((List<Object>) out.get("listed")).hasSize(1);
        assertThat(out.get("network_info")).isEqualTo("[]");
        assertThat(out.get("migrations")).isEqualTo(0L);
        assertThat(out.get("bdms")).isEqualTo(0L);
        assertThat(out.get("events")).isEqualTo(List.of(List.of("compute_stop_instance", "Success")));
        assertThat(out.get("not_found")).isEqualTo("InstanceNotFound");
    }

    private static Object runPython(String exchange, String host) throws Exception {
        Path script = Path.of("src/test/python/nova_compute_client.py");
        if (!Files.exists(script)) {
            script = Path.of(System.getProperty("jnova.root", "."), "app-conductor/src/test/python/nova_compute_client.py");
        }
        Process p = new ProcessBuilder(PYTHON, script.toAbsolutePath().toString(), URL, exchange, host)
                .redirectErrorStream(false).start();
        byte[] stdout = p.getInputStream().readAllBytes();
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new AssertionError("the Python nova client failed: " + stderr);
        }
        String[] lines = new String(stdout, StandardCharsets.UTF_8).trim().split("\n");
        return PyJson.loads(lines[lines.length - 1]);
    }

    /** Runs rabbitmqctl; an already existing vhost counts as success. */
    private static boolean rabbitmqctl(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("rabbitmqctl"));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor(60, TimeUnit.SECONDS) && (p.exitValue() == 0 || out.contains("already exists"));
        } catch (IOException e) {
            return false;
        }
    }

    private static void assumeAvailable() throws Exception {
        boolean up;
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", 5672), 1000);
            up = true;
        } catch (IOException e) {
            up = false;
        }
        assumeTrue(up, "SKIPPED: no RabbitMQ on 127.0.0.1:5672; the Python interop test needs the loopback broker");
        assumeTrue(Files.isExecutable(Path.of(PYTHON)), "SKIPPED: no " + PYTHON);
        Process p = new ProcessBuilder(PYTHON, "-c", "import nova.objects, oslo_messaging").start();
        assumeTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0,
                "SKIPPED: " + PYTHON + " cannot import nova and oslo_messaging; install python3-nova");
        assumeTrue(rabbitmqctl("add_vhost", VHOST) && rabbitmqctl("set_permissions", "-p", VHOST, "guest", ".*", ".*",
                ".*"), "SKIPPED: rabbitmqctl could not create the vhost " + VHOST);
    }
}
