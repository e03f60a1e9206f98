package org.jnova.common.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.jnova.ports.config.ConfigOption;

/**
 * The Nova (Zed) options jnova reads, with Nova's defaults and help. Where jnova's embedded default
 * differs from Nova's it is said in the help text: {@code transport_url} ({@code fake://}),
 * {@code compute_driver} ({@code fake.FakeDriver}), {@code state_path} ({@code ./state}),
 * {@code [database] connection} (H2 file) and {@code [conductor] workers} (1).
 */
public final class NovaOptions {
    private NovaOptions() {
    }

    private static final String D = ConfigOption.DEFAULT_GROUP;

    public static final ConfigOption HOST = ConfigOption.string(D, "host", localHostname(),
            "Hostname, FQDN or IP address of this host. Used as the oslo.messaging queue name for nova-compute"
                    + " workers and as the host of the service record. Must be valid within an AMQP key.");
    public static final ConfigOption STATE_PATH = ConfigOption.string(D, "state_path", "./state",
            "Top-level directory for maintaining Nova's state. jnova's embedded default is ./state"
                    + " (Nova: $pybasedir; Debian packages: /var/lib/nova).");
    public static final ConfigOption INSTANCES_PATH = ConfigOption.string(D, "instances_path", "$state_path/instances",
            "Where instances are stored on disk.");
    public static final ConfigOption TRANSPORT_URL = ConfigOption.url(D, "transport_url", "fake://",
            "The network address and optional user credentials for connecting to the messaging backend, in URL"
                    + " format: driver://[user:pass@]host:port[,[userN:passN@]hostN:portN]/virtual_host?query."
                    + " jnova's default is fake:// (an in-process bus); Nova's is rabbit://.").asSecret();
    public static final ConfigOption CONTROL_EXCHANGE = ConfigOption.string(D, "control_exchange", "nova",
            "The default exchange under which topics are scoped.");
    public static final ConfigOption COMPUTE_DRIVER = ConfigOption.string(D, "compute_driver", "fake.FakeDriver",
            "Defines which driver to use for controlling virtualization, e.g. libvirt.LibvirtDriver or"
                    + " fake.FakeDriver. Nova has no default; jnova's is fake.FakeDriver.");
    public static final ConfigOption REPORT_INTERVAL = ConfigOption.integer(D, "report_interval", 10, null, null,
            "Number of seconds indicating how frequently the state of services on a given hypervisor is reported."
                    + " 0 disables reporting.");
    public static final ConfigOption SERVICE_DOWN_TIME = ConfigOption.integer(D, "service_down_time", 60, null, null,
            "Maximum time in seconds since last check-in for up service. Raised to 2.5 x report_interval when"
                    + " it is not greater than report_interval.");
    public static final ConfigOption PERIODIC_ENABLE = ConfigOption.bool(D, "periodic_enable", true,
            "Enable periodic tasks.");
    public static final ConfigOption PERIODIC_FUZZY_DELAY = ConfigOption.integer(D, "periodic_fuzzy_delay", 60, 0, null,
            "Number of seconds to randomly delay when starting the periodic task scheduler to reduce stampeding.");
    public static final ConfigOption RPC_RESPONSE_TIMEOUT = ConfigOption.integer(D, "rpc_response_timeout", 60, null, null,
            "Seconds to wait for a response from a call.");
    public static final ConfigOption LONG_RPC_TIMEOUT = ConfigOption.integer(D, "long_rpc_timeout", 1800, null, null,
            "Seconds to wait for a response from a call known to take long (select_destinations, migrations).");
    public static final ConfigOption EXECUTOR_THREAD_POOL_SIZE = ConfigOption.integer(D, "executor_thread_pool_size",
            64, null, null, "Size of executor thread pool when executor is threading or eventlet.");
    public static final ConfigOption MAX_CONCURRENT_BUILDS = ConfigOption.integer(D, "max_concurrent_builds", 10, 0, null,
            "Limits the maximum number of instance builds to run concurrently by nova-compute. 0 means unlimited.");
    public static final ConfigOption SHUTDOWN_TIMEOUT = ConfigOption.integer(D, "shutdown_timeout", 60, 0, null,
            "Total time to wait in seconds for an instance to perform a clean shutdown.");
    public static final ConfigOption GRACEFUL_SHUTDOWN_TIMEOUT = ConfigOption.integer(D, "graceful_shutdown_timeout",
            60, null, null, "Specify a timeout after which a gracefully shutdown server will exit. Zero value means"
                    + " endless wait.");
    public static final ConfigOption SYNC_POWER_STATE_INTERVAL = ConfigOption.integer(D, "sync_power_state_interval",
            600, null, null, "Interval to sync power states between the database and the hypervisor, in seconds."
                    + " A negative value disables the sync.");
    public static final ConfigOption UPDATE_RESOURCES_INTERVAL = ConfigOption.integer(D, "update_resources_interval",
            0, null, null, "Interval for updating compute resources, in seconds. 0 runs at the default periodic"
                    + " interval (60 s), a negative value disables it.");
    public static final ConfigOption ENABLE_NEW_SERVICES = ConfigOption.bool(D, "enable_new_services", true,
            "Enable new nova-compute services on this host automatically.");
    public static final ConfigOption INSTANCE_NAME_TEMPLATE = ConfigOption.string(D, "instance_name_template",
            "instance-%08x", "Template string to be used to generate instance names.");
    public static final ConfigOption OSAPI_COMPUTE_LISTEN = ConfigOption.string(D, "osapi_compute_listen", "0.0.0.0",
            "IP address on which the OpenStack API will listen.");
    public static final ConfigOption OSAPI_COMPUTE_LISTEN_PORT = ConfigOption.integer(D, "osapi_compute_listen_port",
            8774, 1, 65535, "Port on which the OpenStack API will listen.");
    public static final ConfigOption SERVICEGROUP_DRIVER = ConfigOption.choice(D, "servicegroup_driver", "db",
            List.of("db"), "The service group driver jnova uses to determine whether a service is up"
                    + " (Nova also offers mc; jnova implements db only).");

    public static final ConfigOption DATABASE_CONNECTION = ConfigOption.string("database", "connection", null,
            "The connection string used to connect to the cell database (conductor only). Unset in jnova means"
                    + " an H2 file database under $state_path.").asSecret();

    public static final ConfigOption UPGRADE_LEVELS_COMPUTE = ConfigOption.string("upgrade_levels", "compute", null,
            "Compute RPC API version cap: a release name (e.g. zed), a version (6.0) or auto.");
    public static final ConfigOption UPGRADE_LEVELS_CONDUCTOR = ConfigOption.string("upgrade_levels", "conductor",
            null, "Conductor RPC API version cap.");
    public static final ConfigOption UPGRADE_LEVELS_BASEAPI = ConfigOption.string("upgrade_levels", "baseapi", null,
            "Base API RPC API version cap.");

    public static final ConfigOption CONDUCTOR_WORKERS = ConfigOption.integer("conductor", "workers", 1, 1, null,
            "Number of workers (RPC servers) for the OpenStack Conductor service. Nova leaves it unset, meaning"
                    + " the CPU count; jnova's default is 1.");

    public static final ConfigOption COMPUTE_SHUTDOWN_RETRY_INTERVAL = ConfigOption.integer("compute",
            "shutdown_retry_interval", 10, 1, null,
            "Time to wait in seconds before resending an ACPI shutdown signal to instances.");

    public static final ConfigOption HANDLE_VIRT_LIFECYCLE_EVENTS = ConfigOption.bool("workarounds",
            "handle_virt_lifecycle_events", true,
            "Enable handling of events emitted from compute drivers (power state changes).");

    public static final ConfigOption NOTIFICATIONS_DRIVER = ConfigOption.list("oslo_messaging_notifications", "driver",
            List.of(), "The drivers to handle sending notifications. Empty means notifications are not emitted.");

    /** Every option above, in sample order. */
    public static final List<ConfigOption> ALL = List.of(
            HOST, STATE_PATH, INSTANCES_PATH, TRANSPORT_URL, CONTROL_EXCHANGE, COMPUTE_DRIVER, REPORT_INTERVAL,
            SERVICE_DOWN_TIME, PERIODIC_ENABLE, PERIODIC_FUZZY_DELAY, RPC_RESPONSE_TIMEOUT, LONG_RPC_TIMEOUT,
            EXECUTOR_THREAD_POOL_SIZE, MAX_CONCURRENT_BUILDS, SHUTDOWN_TIMEOUT, GRACEFUL_SHUTDOWN_TIMEOUT,
            SYNC_POWER_STATE_INTERVAL, UPDATE_RESOURCES_INTERVAL, ENABLE_NEW_SERVICES, INSTANCE_NAME_TEMPLATE,
            OSAPI_COMPUTE_LISTEN, OSAPI_COMPUTE_LISTEN_PORT, SERVICEGROUP_DRIVER, DATABASE_CONNECTION,
            UPGRADE_LEVELS_COMPUTE, UPGRADE_LEVELS_CONDUCTOR, UPGRADE_LEVELS_BASEAPI, CONDUCTOR_WORKERS,
            COMPUTE_SHUTDOWN_RETRY_INTERVAL, HANDLE_VIRT_LIFECYCLE_EVENTS, NOTIFICATIONS_DRIVER);

    /** A ConfigOpts with every Nova option registered (jnova's {@code [scheduler]} ones included). */
    public static ConfigOpts newConfig() {
        return new ConfigOpts().register(ALL).register(AuthOptions.ALL).register(SchedulerOptions.ALL);
    }

    private static String localHostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
