package org.jnova.adapter.hypervisor.libvirt;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jnova.domain.instance.PowerState;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.ports.hypervisor.AvailableResource;
import org.jnova.ports.hypervisor.DriverCapability;
import org.jnova.ports.hypervisor.HypervisorDriver;
import org.jnova.ports.hypervisor.HypervisorException;
import org.jnova.ports.hypervisor.InstanceInfo;
import org.jnova.ports.hypervisor.LifecycleEvent;
import org.jnova.ports.hypervisor.RebootType;
import org.libvirt.Error;
import org.libvirt.LibvirtException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code libvirt.LibvirtDriver}: Nova's libvirt driver for the operations jnova supports (spec §10).
 * Guests are found by instance uuid; their libvirt errors become InstanceNotFound or HypervisorException.
 * A driver serves one compute service: after {@link #cleanupHost} it is not reused.
 */
final class LibvirtDriver implements HypervisorDriver {
    private static final Logger LOG = LoggerFactory.getLogger(LibvirtDriver.class);
    private static final Duration STATE_TIMEOUT = Duration.ofSeconds(60);

    private final LibvirtConfig config;
    private final Path instancesPath;
    private final LifecycleEvents events;
    private final Host host;
    private final PowerActions power;

    /** @param instancesPath Nova's {@code instances_path}: its file system is the node's local disk */
    LibvirtDriver(LibvirtConfig config, Path instancesPath, LibvirtBinding binding) {
        this.config = config;
        this.instancesPath = instancesPath;
        this.events = new LifecycleEvents(config.stoppedEventDelay());
        this.host = new Host(binding, config.uri(), events.libvirtListener());
        this.power = new PowerActions(host, STATE_TIMEOUT);
    }

    @Override
    public Set<DriverCapability> capabilities() {
        return EnumSet.of(DriverCapability.SUPPORTS_PAUSE, DriverCapability.SUPPORTS_SUSPEND,
                DriverCapability.SUPPORTS_SOFT_REBOOT, DriverCapability.SUPPORTS_LIFECYCLE_EVENTS);
    }

    @Override
    public void initHost(String hostName) {
        String domainType = config.domainType();
        if (!List.of("kvm", "qemu", "test").contains(domainType)) {
            throw new HypervisorException("[libvirt] virt_type=" + config.virtType() + " is not supported by jnova: "
                    + "it builds kvm and qemu guests only (lxc and parallels need root file systems it cannot make)");
        }
        host.start();
        LOG.info("libvirt driver ready on {} for host {} (guests of type {})", host.uri(), hostName, domainType);
    }

    @Override
    public void cleanupHost(String hostName) {
        host.close();
        events.close();
    }

    @Override
    public InstanceInfo getInfo(Instance instance) {
        String uuid = DomainXml.uuidOf(instance);
        try (Guest guest = host.lookup(uuid)) {
            return new InstanceInfo(guest.powerState(), Integer.toString(guest.id()));
        } catch (LibvirtException e) {
            throw LibvirtErrors.translate("get_info", uuid, e);
        }
    }

    @Override
    public List<String> listInstances() {
        return listGuests(Guest::name);
    }

    @Override
    public List<String> listInstanceUuids() {
        return listGuests(Guest::uuid);
    }

    private interface GuestField {
        String read(Guest guest) throws LibvirtException;
    }

    private List<String> listGuests(GuestField field) {
        try {
            List<Guest> guests = host.listGuests();
            List<String> values = new ArrayList<>(guests.size());
            try {
                for (Guest guest : guests) {
                    try {
                        values.add(field.read(guest));
                    } catch (LibvirtException e) {
                        // another thread may be undefining it right now: not an error for a listing
                        if (!LibvirtErrors.is(e, Error.ErrorNumber.VIR_ERR_NO_DOMAIN)) {
                            throw e;
                        }
                    }
                }
            } finally {
                guests.forEach(Guest::close);
            }
            return values;
        } catch (LibvirtException e) {
            throw LibvirtErrors.hostFailure("domain listing", e);
        }
    }

    @Override
    public void spawn(RequestContext context, Instance instance, Map<String, Object> imageMeta, String adminPassword,
                      boolean powerOn) {
        String uuid = DomainXml.uuidOf(instance);
        String xml = DomainXml.build(instance, imageMeta, context, config.domainType(), Instant.now());
        try (Guest guest = host.define(xml)) {
            LOG.info("defined domain {} for instance {}", guest.name(), uuid);
            if (powerOn) {
                guest.launch();
                power.waitForRunning(uuid);
            }
        } catch (LibvirtException e) {
            cleanupFailedSpawn(uuid);
            throw LibvirtErrors.translate("spawn", uuid, e);
        } catch (RuntimeException e) {
            cleanupFailedSpawn(uuid);
            throw e;
        }
    }

    /** Nova's contract: a failed spawn leaves nothing behind. */
    private void cleanupFailedSpawn(String uuid) {
        try {
            power.destroy(uuid);
            undefine(uuid);
        } catch (LibvirtException | RuntimeException e) {
            LOG.warn("cleaning up the failed spawn of {} failed: {}", uuid, e.getMessage());
        }
    }

    @Override
    public void destroy(RequestContext context, Instance instance, boolean destroyDisks) {
        String uuid = DomainXml.uuidOf(instance);
        try {
            power.destroy(uuid);
            undefine(uuid);
        } catch (LibvirtException e) {
            throw LibvirtErrors.translate("destroy", uuid, e);
        }
    }

    /** Undefines the guest; a guest that is already gone is fine. */
    private void undefine(String uuid) throws LibvirtException {
        try (Guest guest = host.lookup(uuid)) {
            guest.deleteConfiguration();
            LOG.info("undefined the domain of instance {}", uuid);
        } catch (LibvirtException e) {
            if (!LibvirtErrors.is(e, Error.ErrorNumber.VIR_ERR_NO_DOMAIN)) {
                throw e;
            }
        }
    }

    @Override
    public void reboot(RequestContext context, Instance instance, RebootType type) {
        String uuid = DomainXml.uuidOf(instance);
        if (type == RebootType.SOFT) {
            boolean rebooted;
            try {
                rebooted = power.softReboot(uuid, config.waitSoftRebootSeconds());
            } catch (LibvirtException e) {
                if (LibvirtErrors.is(e, Error.ErrorNumber.VIR_ERR_NO_DOMAIN)) {
                    throw LibvirtErrors.translate("reboot", uuid, e);
                }
                LOG.debug("soft reboot of {} failed: {}", uuid, e.getMessage());
                rebooted = false;
            }
            if (rebooted) {
                LOG.info("instance {} soft rebooted", uuid);
                return;
            }
            LOG.warn("failed to soft reboot instance {}; trying a hard reboot", uuid);
        }
        hardReboot(context, instance);
    }

    /**
     * Nova's {@code _hard_reboot}: destroy and undefine, define the regenerated XML, start, wait RUNNING.
     * Like Nova, it recreates a guest whose domain has vanished.
     */
    private void hardReboot(RequestContext context, Instance instance) {
        String uuid = DomainXml.uuidOf(instance);
        String xml = DomainXml.build(instance, Map.of(), context, config.domainType(), Instant.now());
        try {
            power.destroy(uuid);
            undefine(uuid);
            defineAndStart(uuid, xml);
        } catch (LibvirtException e) {
            throw LibvirtErrors.translate("hard reboot", uuid, e);
        }
    }

    /** Defines the domain from {@code xml}, starts it and waits until it runs. */
    private void defineAndStart(String uuid, String xml) throws LibvirtException {
        try (Guest guest = host.define(xml)) {
            guest.launch();
        }
        power.waitForRunning(uuid);
    }

    @Override
    public void powerOff(Instance instance, int timeoutSeconds, int retryIntervalSeconds) {
        String uuid = DomainXml.uuidOf(instance);
        try {
            // like Nova, a guest that is already gone counts as powered off
            if (timeoutSeconds > 0) {
                power.cleanShutdown(uuid, timeoutSeconds, retryIntervalSeconds);
            }
            power.destroy(uuid);
        } catch (LibvirtException e) {
            throw LibvirtErrors.translate("power_off", uuid, e);
        }
    }

    @Override
    public void powerOn(RequestContext context, Instance instance) {
        hardReboot(context, instance);
    }

    @Override
    public void pause(Instance instance) {
        onGuest("pause", instance, Guest::pause);
    }

    @Override
    public void unpause(Instance instance) {
        // Nova also syncs the guest clock (virDomainSetTime); libvirt-java 0.5.4 does not expose it
        onGuest("unpause", instance, Guest::resume);
    }

    @Override
    public void suspend(RequestContext context, Instance instance) {
        onGuest("suspend", instance, Guest::managedSave);
    }

    @Override
    public void resume(RequestContext context, Instance instance) {
        String uuid = DomainXml.uuidOf(instance);
        try {
            String xml;
            try (Guest guest = host.lookup(uuid)) {
                xml = guest.xml();
            }
            // redefine the guest's own XML, then start it: libvirt restores the managed-save image
            defineAndStart(uuid, xml);
        } catch (LibvirtException e) {
            throw LibvirtErrors.translate("resume", uuid, e);
        }
    }

    @Override
    public void resumeStateOnHostBoot(RequestContext context, Instance instance) {
        PowerState state = getInfo(instance).state();
        if (state == PowerState.RUNNING || state == PowerState.SUSPENDED || state == PowerState.NOSTATE
                || state == PowerState.PAUSED) {
            return;
        }
        hardReboot(context, instance);
    }

    private interface GuestAction {
        void run(Guest guest) throws LibvirtException;
    }

    private void onGuest(String operation, Instance instance, GuestAction action) {
        String uuid = DomainXml.uuidOf(instance);
        try (Guest guest = host.lookup(uuid)) {
            action.run(guest);
        } catch (LibvirtException e) {
            throw LibvirtErrors.translate(operation, uuid, e);
        }
    }

    @Override
    public AvailableResource getAvailableResource(String nodename) {
        try {
            return HostResources.read(host, instancesPath);
        } catch (LibvirtException e) {
            throw LibvirtErrors.hostFailure("resource report", e);
        }
    }

    @Override
    public List<String> getAvailableNodes(boolean refresh) {
        try {
            return List.of(host.hostname());
        } catch (LibvirtException e) {
            throw LibvirtErrors.hostFailure("hostname lookup", e);
        }
    }

    @Override
    public void registerEventListener(Consumer<LifecycleEvent> listener) {
        events.setListener(listener);
    }
}
