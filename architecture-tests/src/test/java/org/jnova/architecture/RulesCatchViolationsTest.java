package org.jnova.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.jnova.adapter.hypervisor.archfixtureb.OtherAdapterClass;
import org.jnova.adapter.transport.archfixturea.BadAdapterClass;
import org.jnova.archfixturea.CycleA;
import org.jnova.archfixtureb.CycleB;
import org.jnova.compute.archfixture.BadComputeClass;
import org.jnova.domain.archfixture.BadDomainClass;
import org.jnova.messaging.archfixture.BadCoreClass;
import org.jnova.ports.archfixture.BadPort;
import org.junit.jupiter.api.Test;

/** Each rule reports a deliberate violation in the test fixtures (so a passing LayeringTest means something). */
class RulesCatchViolationsTest {
    private static final JavaClasses FIXTURES = new ClassFileImporter().importClasses(BadDomainClass.class,
            BadPort.class, BadAdapterClass.class, OtherAdapterClass.class, BadComputeClass.class, CycleA.class,
            CycleB.class, BadCoreClass.class);

    private static String violations(ArchRule rule) {
        EvaluationResult result = rule.evaluate(FIXTURES);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        return String.join("\n", result.getFailureReport().getDetails());
    }

    @Test
    void domainUsingGuice() {
        assertThat(violations(LayeringRules.DOMAIN_DEPENDS_ONLY_ON_JAVA))
                .contains("BadDomainClass.injector").contains("com.google.inject.Injector");
        assertThat(violations(LayeringRules.GUICE_ONLY_IN_BOOT)).contains("BadDomainClass");
    }

    @Test
    void portUsingTheEngine() {
        assertThat(violations(LayeringRules.PORTS_DEPEND_ONLY_ON_JAVA_AND_DOMAIN))
                .contains("BadPort.endpoint()").contains("org.jnova.messaging.RpcEndpoint");
    }

    @Test
    void adapterUsingAnotherAdapterOrAnApp() {
        assertThat(violations(LayeringRules.ADAPTERS_ARE_INDEPENDENT))
                .contains("BadAdapterClass.other").contains("OtherAdapterClass");
        assertThat(violations(LayeringRules.ADAPTERS_DO_NOT_USE_APPS))
                .contains("BadAdapterClass.config").contains("org.jnova.common.config.ConfigOpts");
        assertThat(violations(LayeringRules.TRANSPORT_ADAPTERS_SUPPLY_ONLY_A_WIRE))
                .contains("BadAdapterClass.core").contains("org.jnova.messaging.driver.TransportDriver");
    }

    @Test
    void rpcCoreUsingAnApp() {
        assertThat(violations(LayeringRules.MESSAGING_IS_A_LIBRARY_BELOW_THE_APPS))
                .contains("BadCoreClass.config").contains("org.jnova.common.config.ConfigOpts");
    }

    @Test
    void computeUsingJdbcAnAdapterAndStdout() {
        assertThat(violations(LayeringRules.COMPUTE_HAS_NO_DATABASE_NOR_CONDUCTOR)).contains("java.sql.Connection");
        assertThat(violations(LayeringRules.JDBC_ONLY_IN_CONDUCTOR)).contains("BadComputeClass.connection");
        assertThat(violations(LayeringRules.APPS_DO_NOT_USE_ADAPTERS)).contains("BadComputeClass.driver");
        assertThat(violations(LayeringRules.STANDARD_STREAMS_ONLY_IN_CLI))
                .contains("BadComputeClass.print()").contains("java.lang.System.out");
    }

    @Test
    void driverLibrariesOutsideTheirAdapter() {
        assertThat(violations(LayeringRules.RABBITMQ_ONLY_IN_RABBIT_ADAPTER))
                .contains("BadComputeClass.channel").contains("com.rabbitmq.client.Channel");
        assertThat(violations(LayeringRules.LIBVIRT_ONLY_IN_LIBVIRT_ADAPTER))
                .contains("BadComputeClass.pointer").contains("com.sun.jna.Pointer");
        assertThat(violations(LayeringRules.HTTP_CLIENT_ONLY_IN_PLACEMENT_ADAPTER_KEYSTONE_AUTH_AND_CLI))
                .contains("BadComputeClass.http").contains("java.net.http.HttpClient");
    }

    @Test
    void packageCycle() {
        assertThat(violations(LayeringRules.NO_CYCLES_BETWEEN_TOP_LEVEL_PACKAGES))
                .contains("archfixturea").contains("archfixtureb");
    }
}
