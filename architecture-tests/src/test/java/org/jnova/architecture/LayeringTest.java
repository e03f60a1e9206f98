package org.jnova.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every module's production classes (their jars included, tests excluded) against the layering rules;
 * one test per rule, each failure listing every violation.
 */
class LayeringTest {
    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.jnova");
    }

    @TestFactory
    Stream<DynamicTest> productionClassesFollowTheLayering() {
        Map<String, ArchRule> rules = Map.ofEntries(
                Map.entry("domain depends only on java", LayeringRules.DOMAIN_DEPENDS_ONLY_ON_JAVA),
                Map.entry("ports depend only on java and domain", LayeringRules.PORTS_DEPEND_ONLY_ON_JAVA_AND_DOMAIN),
                Map.entry("adapters are independent", LayeringRules.ADAPTERS_ARE_INDEPENDENT),
                Map.entry("adapters do not use apps", LayeringRules.ADAPTERS_DO_NOT_USE_APPS),
                Map.entry("apps do not use adapters", LayeringRules.APPS_DO_NOT_USE_ADAPTERS),
                Map.entry("transport adapters supply only a wire", LayeringRules.TRANSPORT_ADAPTERS_SUPPLY_ONLY_A_WIRE),
                Map.entry("messaging is a library below the apps", LayeringRules.MESSAGING_IS_A_LIBRARY_BELOW_THE_APPS),
                Map.entry("guice only in boot", LayeringRules.GUICE_ONLY_IN_BOOT),
                Map.entry("rabbitmq only in the rabbit adapter", LayeringRules.RABBITMQ_ONLY_IN_RABBIT_ADAPTER),
                Map.entry("libvirt and jna only in the libvirt adapter", LayeringRules.LIBVIRT_ONLY_IN_LIBVIRT_ADAPTER),
                Map.entry("jdbc only in the conductor", LayeringRules.JDBC_ONLY_IN_CONDUCTOR),
                Map.entry("http client only in the placement adapter and the cli",
                        LayeringRules.HTTP_CLIENT_ONLY_IN_PLACEMENT_ADAPTER_KEYSTONE_AUTH_AND_CLI),
                Map.entry("compute has no database nor conductor", LayeringRules.COMPUTE_HAS_NO_DATABASE_NOR_CONDUCTOR),
                Map.entry("no cycles between top-level packages", LayeringRules.NO_CYCLES_BETWEEN_TOP_LEVEL_PACKAGES),
                Map.entry("standard streams only in the cli", LayeringRules.STANDARD_STREAMS_ONLY_IN_CLI));
        return rules.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> e.getValue().check(production)));
    }

    @TestFactory
    Stream<DynamicTest> everyModuleWasImported() {
        return Stream.of("org.jnova.domain", "org.jnova.ports", "org.jnova.common", "org.jnova.messaging",
                        "org.jnova.adapter.transport.fake", "org.jnova.adapter.transport.rabbit",
                        "org.jnova.adapter.hypervisor.fake", "org.jnova.adapter.hypervisor.libvirt",
                        "org.jnova.adapter.placement.openstack",
                        "org.jnova.conductor", "org.jnova.compute", "org.jnova.api", "org.jnova.cli")
                .map(pkg -> DynamicTest.dynamicTest(pkg, () -> org.assertj.core.api.Assertions
                        .assertThat(production.stream().anyMatch(c -> c.getPackageName().startsWith(pkg)))
                        .as("classes of " + pkg + " imported (else the rules check nothing there)").isTrue()));
    }
}
