package org.jnova.compute.testing;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jnova.adapter.hypervisor.fake.FakeDriverFactory;
import org.jnova.compute.ops.ComputeSettings;
import org.jnova.compute.ops.DeleteOperations;
import org.jnova.compute.ops.InstanceLocks;
import org.jnova.compute.ops.InstanceTaskRunner;
import org.jnova.compute.ops.PowerOperations;
import org.jnova.compute.resources.ResourceTracker;
import org.jnova.domain.instance.PowerState;
import org.jnova.domain.instance.TaskState;
import org.jnova.domain.instance.VmState;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.ports.hypervisor.HypervisorDriver;

/** The operation classes over the fake hypervisor and an in-memory conductor, on host {@value #HOST}. */
public final class ComputeFixture {
    public static final String HOST = "cmp1";

    public final TestingComputeObjects objects = new TestingComputeObjects();
    public final HypervisorDriver driver;
    public final InstanceLocks locks = new InstanceLocks();
    public final InstanceTaskRunner runner;
    public final ComputeSettings settings;
    public final PowerOperations power;
    public final DeleteOperations delete;
    public final Clock clock = Clock.systemUTC();
    /** The resource tracker the build and delete operations share. */
    public final ResourceTracker tracker = new ResourceTracker();
    /** The API's request context: its request id must reach every event. */
    public final RequestContext ctx = RequestContext.of("u1", "p1", List.of("member"), false);

    public ComputeFixture() {
        this(new MapConfig(HOST), 0);
    }

    public ComputeFixture(MapConfig config, int maxConcurrentBuilds) {
        driver = new FakeDriverFactory().create("fake.FakeDriver", config);
        driver.initHost(HOST);
        runner = new InstanceTaskRunner(objects, HOST);
        settings = new ComputeSettings(HOST, 60, 10, maxConcurrentBuilds);
        power = new PowerOperations(objects, driver, runner, locks, settings);
        delete = new DeleteOperations(objects, driver, runner, locks, clock, tracker);
    }

    /** An instance in the conductor's store whose guest exists on the fake hypervisor, RUNNING. */
    public Instance guest(VmState vm, TaskState task) {
        return guest(vm, task, Map.of());
    }

    public Instance guest(VmState vm, TaskState task, Map<String, String> metadata) {
        Instance i = Instances.of(HOST, vm, task, PowerState.RUNNING, metadata);
        driver.spawn(ctx, i, Map.of(), null, true);
        return objects.put(i);
    }

    /** An instance record without a guest on the hypervisor. */
    public Instance record(VmState vm, TaskState task) {
        return objects.put(Instances.of(HOST, vm, task, PowerState.NOSTATE, Map.of()));
    }
}
