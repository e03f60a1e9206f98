package org.jnova.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.regex.Pattern;

/** jnova's hexagonal layering, as ArchUnit rules (checked on production classes by {@link LayeringTest}). */
final class LayeringRules {
    private LayeringRules() {
    }

    static final String[] APPS = {"org.jnova.common..", "org.jnova.messaging..", "org.jnova.rpcapi..",
        "org.jnova.conductor..", "org.jnova.compute..", "org.jnova.api..", "org.jnova.cli.."};

    static final ArchRule DOMAIN_DEPENDS_ONLY_ON_JAVA = classes().that().resideInAPackage("org.jnova.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.jnova.domain..")
            .because("the domain is pure Java: no framework, no adapter, no app");

    static final ArchRule PORTS_DEPEND_ONLY_ON_JAVA_AND_DOMAIN = classes().that().resideInAPackage("org.jnova.ports..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.jnova.domain..", "org.jnova.ports..")
            .because("ports are the plain-Java contracts plugins implement");

    static final ArchRule ADAPTERS_ARE_INDEPENDENT = slices().matching("org.jnova.adapter.(*).(*)..")
            .should().notDependOnEachOther()
            .because("each adapter is a separate PF4J plugin with its own class loader");

    static final ArchRule ADAPTERS_DO_NOT_USE_APPS = noClasses().that().resideInAPackage("org.jnova.adapter..")
            .should().dependOnClassesThat().resideInAnyPackage(APPS)
            .because("an adapter sees only domain, ports, pf4j, slf4j and its own libraries");

    static final ArchRule TRANSPORT_ADAPTERS_SUPPLY_ONLY_A_WIRE = noClasses().that()
            .resideInAPackage("org.jnova.adapter.transport..")
            .should().dependOnClassesThat().resideInAPackage("org.jnova.messaging..")
            .because("a transport plugin supplies only its wire (ports' TransportWire); the host wraps it in the one"
                    + " RPC core, so validation, reply waiting, dedupe and heartbeats exist once for every transport");

    static final ArchRule MESSAGING_IS_A_LIBRARY_BELOW_THE_APPS = classes().that().resideInAPackage("org.jnova.messaging..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.jnova.domain..", "org.jnova.ports..",
                    "org.jnova.messaging..", "org.slf4j..")
            .because("the RPC engine is its own library, as oslo.messaging is: the apps build on it, never the reverse");

    static final ArchRule APPS_DO_NOT_USE_ADAPTERS = noClasses().that().resideInAnyPackage(APPS)
            .should().dependOnClassesThat().resideInAPackage("org.jnova.adapter..")
            .because("apps reach adapters only through ports and PF4J");

    static final ArchRule GUICE_ONLY_IN_BOOT = noClasses().that().resideOutsideOfPackage("..boot..")
            .should().dependOnClassesThat().resideInAPackage("com.google.inject..")
            .because("Guice wiring stays in ..boot.. packages; elsewhere constructor injection");

    /**
     * The one allowed exception: {@code jnova bench rpc}'s raw amqp-client baseline, which exists to
     * measure the engine + adapter against the bare client and so must bypass the ports.
     */
    static final String RAW_AMQP_BASELINE = "org.jnova.cli.bench.RawAmqpRpcLoop";

    static final ArchRule RABBITMQ_ONLY_IN_RABBIT_ADAPTER = noClasses().that()
            .resideOutsideOfPackage("org.jnova.adapter.transport.rabbit..")
            .and().doNotHaveFullyQualifiedName(RAW_AMQP_BASELINE)
            .and().haveNameNotMatching(Pattern.quote(RAW_AMQP_BASELINE) + "\\$.*")
            .should().dependOnClassesThat().resideInAPackage("com.rabbitmq..")
            .because("the AMQP client belongs to the rabbit adapter (only the raw bench baseline is exempt)");

    static final ArchRule LIBVIRT_ONLY_IN_LIBVIRT_ADAPTER = noClasses().that()
            .resideOutsideOfPackage("org.jnova.adapter.hypervisor.libvirt..")
            .should().dependOnClassesThat().resideInAnyPackage("org.libvirt..", "com.sun.jna..");

    static final ArchRule HTTP_CLIENT_ONLY_IN_PLACEMENT_ADAPTER_KEYSTONE_AUTH_AND_CLI = noClasses().that()
            .resideOutsideOfPackages("org.jnova.adapter.placement..", "org.jnova.api.auth..", "org.jnova.cli..")
            .should().dependOnClassesThat().resideInAPackage("java.net.http..")
            .because("an HTTP client belongs to the adapter that speaks to a REST service (OpenStack Placement),"
                    + " to the API's Keystone token check (keystonemiddleware's auth_token, part of the API"
                    + " pipeline) and to the CLI's API client; the services reach others through ports");

    static final ArchRule JDBC_ONLY_IN_CONDUCTOR = noClasses().that().resideOutsideOfPackage("org.jnova.conductor..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
            .because("only the conductor touches the database");

    static final ArchRule COMPUTE_HAS_NO_DATABASE_NOR_CONDUCTOR = noClasses().that().resideInAPackage("org.jnova.compute..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.jnova.conductor..")
            .because("nova-compute must never touch the database; it talks to the conductor over RPC");

    static final ArchRule NO_CYCLES_BETWEEN_TOP_LEVEL_PACKAGES = slices().matching("org.jnova.(*)..")
            .should().beFreeOfCycles();

    static final ArchRule STANDARD_STREAMS_ONLY_IN_CLI = noClasses().that().resideOutsideOfPackage("org.jnova.cli..")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("library code logs through SLF4J; only the CLI prints");
}
