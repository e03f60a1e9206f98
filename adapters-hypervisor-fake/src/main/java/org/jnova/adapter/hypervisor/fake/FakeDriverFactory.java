package org.jnova.adapter.hypervisor.fake;

import java.util.List;
import org.jnova.ports.config.ConfigOption;
import org.jnova.ports.config.ConfigView;
import org.jnova.ports.hypervisor.DriverContext;
import org.jnova.ports.hypervisor.HypervisorDriver;
import org.jnova.ports.hypervisor.HypervisorDriverFactory;
import org.pf4j.Extension;

/** {@code compute_driver = fake.FakeDriver} (or fake.SmallFakeDriver / fake.MediumFakeDriver). */
@Extension
public class FakeDriverFactory implements HypervisorDriverFactory {
    public static final String NAME = "fake.FakeDriver";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> aliases() {
        return List.of("fake.SmallFakeDriver", "fake.MediumFakeDriver");
    }

    @Override
    public List<ConfigOption> options() {
        return FakeDriverOptions.ALL;
    }

    @Override
    public String description() {
        return "Nova's in-memory fake hypervisor, with fault injection ([fake_driver] fail_operations, "
                + "instance metadata fake_fail)";
    }

    @Override
    public HypervisorDriver create(String selectedName, DriverContext context) {
        if (!NAME.equalsIgnoreCase(selectedName)
                && aliases().stream().noneMatch(a -> a.equalsIgnoreCase(selectedName))) {
            throw new IllegalArgumentException("fake driver factory cannot create '" + selectedName
                    + "'; it serves " + NAME + " and " + aliases());
        }
        ConfigView config = context.config();
        Object delay = config.value(FakeDriverOptions.OPERATION_DELAY_MS);
        return new FakeDriver(FakeHostSize.forDriver(selectedName, config),
                new FaultInjector(config.list(FakeDriverOptions.FAIL_OPERATIONS)),
                delay instanceof Number n ? n.longValue() : 0L, context.host());
    }
}
