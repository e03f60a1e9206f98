package org.jnova.adapter.hypervisor.libvirt;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jnova.ports.hypervisor.LifecycleEvent;
import org.jnova.ports.hypervisor.LifecycleEvent.Transition;
import org.libvirt.LibvirtException;
import org.libvirt.event.DomainEventType;
import org.libvirt.event.LifecycleListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * libvirt lifecycle events to Nova's {@link LifecycleEvent}s ({@code Host._event_lifecycle_callback} and
 * {@code _event_emit_delayed}): STOPPED is held for a delay and dropped if any other event for the same
 * guest comes first (a reboot stops and starts); the rest are emitted at once. Events reach the listener on
 * one dispatcher thread, in order, never on libvirt's event-loop thread.
 */
final class LifecycleEvents implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LifecycleEvents.class);

    private final Duration stoppedDelay;
    private final ScheduledExecutorService dispatcher;
    private final Map<String, PendingStop> delayedStops = new HashMap<>();
    private volatile Consumer<LifecycleEvent> listener;

    LifecycleEvents(Duration stoppedDelay) {
        this.stoppedDelay = stoppedDelay;
        this.dispatcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "libvirt-lifecycle-events");
            t.setDaemon(true);
            return t;
        });
    }

    void setListener(Consumer<LifecycleEvent> listener) {
        this.listener = listener;
    }

    /** The listener to register on each libvirt connection; it only reads the uuid, which is local. */
    LifecycleListener libvirtListener() {
        return (domain, event) -> {
            try {
                accept(domain.getUUIDString(), event.getType(), event.getDetail());
            } catch (LibvirtException | RuntimeException e) {
                LOG.warn("dropping a libvirt lifecycle event ({}): {}", event, e.getMessage());
            }
            return 0;
        };
    }

    /** Nova's mapping; events without a Nova transition (DEFINED, UNDEFINED, ...) are ignored. */
    static Optional<Transition> transitionOf(DomainEventType type) {
        return switch (type) {
            case STOPPED -> Optional.of(Transition.STOPPED);
            case STARTED -> Optional.of(Transition.STARTED);
            // libvirt-java 0.5.4 has no POSTCOPY detail and jnova does not migrate: every suspend is a pause
            case SUSPENDED -> Optional.of(Transition.PAUSED);
            case RESUMED -> Optional.of(Transition.RESUMED);
            default -> Optional.empty();
        };
    }

    void accept(String uuid, DomainEventType type, Object detail) {
        Optional<Transition> transition = transitionOf(type);
        LOG.debug("libvirt event {} ({}) for {} -> {}", type, detail, uuid, transition.orElse(null));
        transition.ifPresent(t -> emit(new LifecycleEvent(uuid, t, Instant.now())));
    }

    private synchronized void emit(LifecycleEvent event) {
        PendingStop pending = delayedStops.remove(event.instanceUuid());
        if (pending != null && pending.future().cancel(false)) {
            LOG.debug("removed pending STOPPED event for {} due to {}", event.instanceUuid(), event.transition());
        }
        if (dispatcher.isShutdown()) {
            return;
        }
        if (event.transition() == Transition.STOPPED) {
            ScheduledFuture<?> future = dispatcher.schedule(() -> deliverDelayed(event), stoppedDelay.toMillis(),
                    TimeUnit.MILLISECONDS);
            delayedStops.put(event.instanceUuid(), new PendingStop(event, future));
        } else {
            dispatcher.execute(() -> deliver(event));
        }
    }

    private void deliverDelayed(LifecycleEvent event) {
        synchronized (this) {
            PendingStop pending = delayedStops.get(event.instanceUuid());
            if (pending != null && pending.event() == event) {
                delayedStops.remove(event.instanceUuid());
            }
        }
        deliver(event);
    }

    private void deliver(LifecycleEvent event) {
        Consumer<LifecycleEvent> target = listener;
        if (target == null) {
            return;
        }
        try {
            target.accept(event);
        } catch (RuntimeException e) {
            LOG.error("lifecycle event listener failed on {}", event, e);
        }
    }

    @Override
    public synchronized void close() {
        delayedStops.values().forEach(p -> p.future().cancel(false));
        delayedStops.clear();
        dispatcher.shutdownNow();
    }

    private record PendingStop(LifecycleEvent event, ScheduledFuture<?> future) {
    }
}
