package org.jnova.common.servicegroup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jnova.domain.objects.Service;
import org.jnova.ports.config.ConfigView;
import org.jnova.ports.servicegroup.ServiceGroupDriver;
import org.jnova.ports.transport.MessagingTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.jnova.common.config.NovaOptions;

/**
 * {@code nova/servicegroup/drivers/db.py}: liveness is the Service record's {@code last_seen_up}
 * (else {@code created_at}) being within {@code service_down_time} of now; members report by saving
 * the record with {@code report_count + 1} every {@code report_interval} after 5 s.
 */
public final class DbServiceGroupDriver implements ServiceGroupDriver {
    private static final Logger LOG = LoggerFactory.getLogger(DbServiceGroupDriver.class);
    /** {@code INITIAL_REPORTING_DELAY} of nova/servicegroup/drivers/db.py. */
    static final Duration INITIAL_REPORTING_DELAY = Duration.ofSeconds(5);

    private final Clock clock;
    private final int reportInterval;
    private final int serviceDownTime;
    private final Function<String, List<Service>> lookup;
    private ScheduledExecutorService timer;
    private volatile boolean disconnected;

    /**
     * @param lookup {@code ServiceList.get_by_topic}: every service record of a group (topic)
     */
    public DbServiceGroupDriver(ConfigView config, Clock clock, Function<String, List<Service>> lookup) {
        this(config.integer(NovaOptions.REPORT_INTERVAL), config.integer(NovaOptions.SERVICE_DOWN_TIME), clock, lookup);
    }

    public DbServiceGroupDriver(int reportInterval, int serviceDownTime, Clock clock,
                                Function<String, List<Service>> lookup) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.reportInterval = reportInterval;
        this.serviceDownTime = effectiveDownTime(reportInterval, serviceDownTime);
    }

    /** {@code servicegroup.API()}: a down time not above the report interval becomes int(2.5 x interval). */
    static int effectiveDownTime(int reportInterval, int serviceDownTime) {
        if (serviceDownTime <= reportInterval) {
            int forced = (int) (reportInterval * 2.5);
            LOG.warn("Report interval must be less than service down time. Current config: <service_down_time: {},"
                    + " report_interval: {}>. Setting service_down_time to: {}", serviceDownTime, reportInterval, forced);
            return forced;
        }
        return serviceDownTime;
    }

    /** The service_down_time in effect (after the 2.5 x report_interval correction). */
    public int serviceDownTime() {
        return serviceDownTime;
    }

    @Override
    public synchronized void join(String member, String group, LivenessReporter reporter) {
        LOG.debug("DB_Driver: join new ServiceGroup member {} to the {} group", member, group);
        if (reportInterval <= 0) {
            return;
        }
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "servicegroup-report-" + group + "-" + member);
                t.setDaemon(true);
                return t;
            });
        }
        timer.scheduleAtFixedRate(() -> report(reporter), INITIAL_REPORTING_DELAY.toMillis(),
                TimeUnit.SECONDS.toMillis(reportInterval), TimeUnit.MILLISECONDS);
    }

    private void report(LivenessReporter reporter) {
        try {
            reporter.reportState();
            if (disconnected) {
                disconnected = false;
                LOG.info("Recovered connection to nova-conductor for reporting service status.");
            }
        } catch (MessagingTimeoutException e) {
            if (!disconnected) {
                disconnected = true;
                LOG.warn("Lost connection to nova-conductor for reporting service status.");
            }
        } catch (Exception e) {
            LOG.error("Unexpected error while reporting service status", e);
        }
    }

    @Override
    public boolean isUp(Service service) {
        if (service.isForcedDown()) {
            return false;
        }
        Instant last = service.getLastSeenUp() != null ? service.getLastSeenUp() : service.getCreatedAt();
        if (last == null) {
            return false;
        }
        long elapsed = Math.abs(Duration.between(last, clock.instant()).toMillis());
        return elapsed <= serviceDownTime * 1000L;
    }

    @Override
    public Instant updatedTime(Service service) {
        return service.getUpdatedAt();
    }

    @Override
    public List<Service> getAll(String group) {
        List<Service> up = new ArrayList<>();
        for (Service s : lookup.apply(group)) {
            if (isUp(s)) {
                up.add(s);
            }
        }
        return up;
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}
