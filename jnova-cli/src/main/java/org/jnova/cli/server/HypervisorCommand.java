package org.jnova.cli.server;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jnova hypervisor list|show|stats}, as openstackclient's {@code hypervisor} commands: the compute
 * nodes (GET /os-hypervisors[/detail]), one node's figures, and the totals over enabled nodes.
 */
@Command(name = "hypervisor", description = "Compute nodes: what they have, use and have free",
        mixinStandardHelpOptions = true,
        subcommands = {HypervisorCommand.ListHypervisors.class, HypervisorCommand.ShowHypervisor.class,
            HypervisorCommand.HypervisorStats.class})
public final class HypervisorCommand {
    private HypervisorCommand() {
    }

    @Command(name = "list", description = "List compute nodes", mixinStandardHelpOptions = true)
    static final class ListHypervisors extends ClientCommand {
        @Option(names = "--long", description = "Also show vCPUs and memory, used and total")
        boolean longListing;

        @Override
        @SuppressWarnings("unchecked")
        int execute(ComputeApiClient client, PrintWriter out) {
            Map<String, String> columns = new LinkedHashMap<>();
            columns.put("ID", "id");
            columns.put("Hypervisor Hostname", "hypervisor_hostname");
            columns.put("Hypervisor Type", "hypervisor_type");
            columns.put("Host", "host");
            columns.put("State", "state");
            columns.put("Status", "status");
            if (longListing) {
                columns.put("vCPUs Used", "vcpus_used");
                columns.put("vCPUs", "vcpus");
                columns.put("Memory MB Used", "memory_mb_used");
                columns.put("Memory MB", "memory_mb");
                columns.put("Local GB Used", "local_gb_used");
                columns.put("Local GB", "local_gb");
                columns.put("Running VMs", "running_vms");
            }
            List<Map<String, Object>> rows = (List<Map<String, Object>>) client.get("/os-hypervisors/detail")
                    .get("hypervisors");
            for (Map<String, Object> r : rows) {
                if (r.get("service") instanceof Map<?, ?> svc) {
                    r.put("host", svc.get("host"));
                }
            }
            Output.rows(out, options.format(), columns, rows);
            return 0;
        }
    }

    @Command(name = "show", description = "Show one compute node", mixinStandardHelpOptions = true)
    static final class ShowHypervisor extends ClientCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "The hypervisor's id (from hypervisor list)")
        String id;

        @Override
        @SuppressWarnings("unchecked")
        int execute(ComputeApiClient client, PrintWriter out) {
            Output.record(out, options.format(), (Map<String, Object>) client.get("/os-hypervisors/" + id)
                    .get("hypervisor"));
            return 0;
        }
    }

    @Command(name = "stats", description = "Totals over the enabled compute nodes", mixinStandardHelpOptions = true)
    static final class HypervisorStats extends ClientCommand {
        @Override
        @SuppressWarnings("unchecked")
        int execute(ComputeApiClient client, PrintWriter out) {
            Output.record(out, options.format(), (Map<String, Object>) client.get("/os-hypervisors/statistics")
                    .get("hypervisor_statistics"));
            return 0;
        }
    }
}
