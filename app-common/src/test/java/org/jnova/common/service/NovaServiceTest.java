package org.jnova.common.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jnova.common.config.ConfigOpts;
import org.jnova.common.config.NovaOptions;
import org.jnova.domain.objects.Service;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.domain.rpc.Target;
import org.jnova.messaging.FakeTransports;
import org.jnova.messaging.RpcEndpoint;
import org.jnova.messaging.RpcMethod;
import org.jnova.messaging.RpcTransport;
import org.jnova.ports.servicegroup.ServiceGroupDriver;
import org.jnova.rpcapi.BaseRpcClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** NovaService over the real fake:// transport with an in-memory service record store. */
class NovaServiceTest {
    private final String exchange = FakeTransports.newExchange();
    private final RpcTransport transport = FakeTransports.transport(exchange);
    private final RpcTransport clientTransport = FakeTransports.transport(exchange);
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final InMemoryStore store = new InMemoryStore();
    private final RecordingServiceGroup serviceGroup = new RecordingServiceGroup();

    @AfterEach
    void closeTransports() {
        clientTransport.close();
        transport.close();
    }

    private ServiceEnvironment env() {
        ConfigOpts config = NovaOptions.newConfig()
                .set("DEFAULT", "host", "cmp1")
                .set("DEFAULT", "periodic_fuzzy_delay", "0")
                .set("DEFAULT", "graceful_shutdown_timeout", "5");
        return new ServiceEnvironment(config, null, transport, Clock.systemUTC());
    }

    private final class TestManager implements Manager {
        final AtomicInteger ticks = new AtomicInteger();
        final AtomicInteger failures = new AtomicInteger();

        @Override public String serviceName() { return "compute"; }
        @Override public String topic() { return "compute"; }
        @Override public String binary() { return "nova-compute"; }
        @Override public void initHost() { events.add("init_host records=" + store.records.size()); }
        @Override public void preStartHook() { events.add("pre_start_hook records=" + store.records.size()); }
        @Override public void postStartHook() { events.add("post_start_hook"); }
        @Override public void cleanupHost() { events.add("cleanup_host"); }

        @Override
        public List<RpcEndpoint> endpoints() {
            RpcMethod echo = (ctx, args) -> Map.of("echo", args.requiredString("text"));
            return List.of(new RpcEndpoint() {
                @Override public Target target() { return Target.endpoint(null, "6.1"); }
                @Override public Map<String, RpcMethod> methods() { return Map.of("echo", echo); }
            });
        }

        @Override
        public List<PeriodicTask> periodicTasks() {
            return List.of(
                    new PeriodicTask("_tick", Duration.ofMillis(50), ticks::incrementAndGet),
                    new PeriodicTask("_broken", Duration.ofMillis(50), () -> {
                        failures.incrementAndGet();
                        throw new IllegalStateException("deliberate periodic failure");
                    }));
        }
    }

    @Test
    void startsInZedOrderServesRpcReportsAndRunsPeriodicTasks() throws Exception {
        TestManager manager = new TestManager();
        NovaService service = new NovaService(env(), manager, store, serviceGroup).start();
        try {
            assertThat(events).containsExactly("init_host records=0", "pre_start_hook records=1", "post_start_hook");
            Service record = service.serviceRecord();
            assertThat(record.getHost()).isEqualTo("cmp1");
            assertThat(record.getBinary()).isEqualTo("nova-compute");
            assertThat(record.getTopic()).isEqualTo("compute");
            assertThat(record.getReportCount()).isZero();
            assertThat(record.getVersion()).isEqualTo(Service.SERVICE_VERSION);

            Object pong = new BaseRpcClient(clientTransport, "compute", Duration.ofSeconds(5))
                    .ping(RequestContext.admin(), "1.21 GigaWatts", Duration.ofSeconds(5));
            assertThat(pong).isEqualTo(Map.of("service", "compute", "arg", "1.21 GigaWatts"));
            Object echo = clientTransport.client(Target.topic("compute").withServer("cmp1"), Duration.ofSeconds(5), null)
                    .withVersion("6.0").call(RequestContext.admin(), "echo", Map.of("text", "hi"));
            assertThat(echo).isEqualTo(Map.of("echo", "hi"));

            assertThat(serviceGroup.joined).containsExactly("cmp1@compute");
            serviceGroup.reporter.reportState();
            serviceGroup.reporter.reportState();
            assertThat(store.records.get(0).getReportCount()).isEqualTo(2);

            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while ((manager.ticks.get() < 3 || manager.failures.get() < 3) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(manager.ticks.get()).as("periodic runs").isGreaterThanOrEqualTo(3);
            assertThat(manager.failures.get()).as("a failing task stays scheduled").isGreaterThanOrEqualTo(3);
        } finally {
            service.close();
        }
        assertThat(events).endsWith("cleanup_host");
        assertThat(serviceGroup.closed).isTrue();
        int ticksAfterStop = manager.ticks.get();
        Thread.sleep(200);
        assertThat(manager.ticks.get()).as("timers cancelled at stop").isEqualTo(ticksAfterStop);
    }

    @Test
    void anExistingRecordIsReusedAndItsVersionUpdated() throws Exception {
        Service old = new Service();
        old.set("id", 7L);
        old.set("host", "cmp1");
        old.set("binary", "nova-compute");
        old.set("topic", "compute");
        old.set("report_count", 41L);
        old.set("version", 57L);
        store.records.add(old);
        NovaService service = new NovaService(env(), new TestManager(), store, serviceGroup).start();
        try {
            assertThat(store.records).hasSize(1);
            assertThat(store.saves).isEqualTo(1);
            assertThat(service.serviceRecord().getVersion()).isEqualTo(Service.SERVICE_VERSION);
            assertThat(service.serviceRecord().getReportCount()).isEqualTo(41);
        } finally {
            service.close();
        }
    }

    /** Service records in a list, as the conductor's table would hold them. */
    static final class InMemoryStore implements ServiceRecordStore {
        final List<Service> records = new CopyOnWriteArrayList<>();
        int saves;

        @Override
        public Service getByHostAndBinary(String host, String binary) {
            return records.stream().filter(s -> host.equals(s.getHost()) && binary.equals(s.getBinary()))
                    .findFirst().orElse(null);
        }

        @Override
        public Service create(Service service) {
            service.set("id", (long) records.size() + 1);
            service.load("created_at", Instant.now());
            service.resetChanges();
            records.add(service);
            return service;
        }

        @Override
        public synchronized Service save(Service service) {
            saves++;
            service.set("last_seen_up", Instant.now());
            service.resetChanges();
            return service;
        }
    }

    /** Records join/close and keeps the reporter so the test can report without waiting 5 s. */
    static final class RecordingServiceGroup implements ServiceGroupDriver {
        final List<String> joined = new ArrayList<>();
        volatile LivenessReporter reporter;
        volatile boolean closed;

        @Override
        public void join(String member, String group, LivenessReporter reporter) {
            joined.add(member + "@" + group);
            this.reporter = reporter;
        }

        @Override public boolean isUp(Service service) { return true; }
        @Override public Instant updatedTime(Service service) { return service.getUpdatedAt(); }
        @Override public List<Service> getAll(String group) { return List.of(); }
        @Override public void close() { closed = true; }
    }
}
