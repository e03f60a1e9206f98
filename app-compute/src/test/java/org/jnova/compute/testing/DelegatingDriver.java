package org.jnova.compute.testing;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.ports.hypervisor.AvailableResource;
import org.jnova.ports.hypervisor.DriverCapability;
import org.jnova.ports.hypervisor.HypervisorDriver;
import org.jnova.ports.hypervisor.InstanceInfo;
import org.jnova.ports.hypervisor.LifecycleEvent;
import org.jnova.ports.hypervisor.RebootType;

/** A driver that forwards everything; tests override the one method they observe. */
public class DelegatingDriver implements HypervisorDriver {
    protected final HypervisorDriver delegate;

    public DelegatingDriver(HypervisorDriver delegate) {
        this.delegate = delegate;
    }

    @Override public Set<DriverCapability> capabilities() { return delegate.capabilities(); }
    @Override public void initHost(String host) { delegate.initHost(host); }
    @Override public void cleanupHost(String host) { delegate.cleanupHost(host); }
    @Override public InstanceInfo getInfo(Instance instance) { return delegate.getInfo(instance); }
    @Override public List<String> listInstances() { return delegate.listInstances(); }
    @Override public List<String> listInstanceUuids() { return delegate.listInstanceUuids(); }
    @Override
    public void spawn(RequestContext context, Instance instance, Map<String, Object> imageMeta, String adminPassword,
                      boolean powerOn) {
        delegate.spawn(context, instance, imageMeta, adminPassword, powerOn);
    }
    @Override
    public void destroy(RequestContext context, Instance instance, boolean destroyDisks) {
        delegate.destroy(context, instance, destroyDisks);
    }
    @Override
    public void reboot(RequestContext context, Instance instance, RebootType type) {
        delegate.reboot(context, instance, type);
    }
    @Override
    public void powerOff(Instance instance, int timeoutSeconds, int retryIntervalSeconds) {
        delegate.powerOff(instance, timeoutSeconds, retryIntervalSeconds);
    }
    @Override public void powerOn(RequestContext context, Instance instance) { delegate.powerOn(context, instance); }
    @Override public void pause(Instance instance) { delegate.pause(instance); }
    @Override public void unpause(Instance instance) { delegate.unpause(instance); }
    @Override public void suspend(RequestContext context, Instance instance) { delegate.suspend(context, instance); }
    @Override public void resume(RequestContext context, Instance instance) { delegate.resume(context, instance); }
    @Override public AvailableResource getAvailableResource(String nodename) { return delegate.getAvailableResource(nodename); }
    @Override public List<String> getAvailableNodes(boolean refresh) { return delegate.getAvailableNodes(refresh); }
    @Override
    public String getConsoleOutput(RequestContext context, Instance instance) {
        return delegate.getConsoleOutput(context, instance);
    }
    @Override public void registerEventListener(Consumer<LifecycleEvent> listener) { delegate.registerEventListener(listener); }
}
