package org.jnova.rpcapi;

import java.util.Map;
import org.jnova.domain.rpc.RpcVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an {@code [upgrade_levels] <service>} value into a version cap, as Nova's RPC clients do: unset
 * means no cap, a release name is looked up in the service's alias table, a literal "X.Y" is used as is.
 * {@code auto} would ask the database for the oldest service; jnova resolves it as uncapped and says so.
 */
public final class UpgradeLevels {
    private static final Logger LOG = LoggerFactory.getLogger(UpgradeLevels.class);

    /** {@code nova/compute/rpcapi.py VERSION_ALIASES} (Zed). */
    public static final Map<String, String> COMPUTE_ALIASES = Map.ofEntries(
            Map.entry("icehouse", "3.23"), Map.entry("juno", "3.35"), Map.entry("kilo", "4.0"),
            Map.entry("liberty", "4.5"), Map.entry("mitaka", "4.11"), Map.entry("newton", "4.13"),
            Map.entry("ocata", "4.13"), Map.entry("pike", "4.17"), Map.entry("queens", "5.0"),
            Map.entry("rocky", "5.0"), Map.entry("stein", "5.1"), Map.entry("train", "5.3"),
            Map.entry("ussuri", "5.11"), Map.entry("victoria", "5.12"), Map.entry("wallaby", "6.0"),
            Map.entry("xena", "6.0"), Map.entry("yoga", "6.0"), Map.entry("zed", "6.1"));

    /** {@code nova/conductor/rpcapi.py VERSION_ALIASES}: everything since Ocata is 3.0. */
    public static final Map<String, String> CONDUCTOR_ALIASES = Map.ofEntries(
            Map.entry("grizzly", "1.48"), Map.entry("havana", "1.58"), Map.entry("icehouse", "2.0"),
            Map.entry("juno", "2.0"), Map.entry("kilo", "2.1"), Map.entry("liberty", "3.0"),
            Map.entry("mitaka", "3.0"), Map.entry("newton", "3.0"), Map.entry("ocata", "3.0"));

    private UpgradeLevels() {
    }

    /**
     * The cap for {@code [upgrade_levels] <option>} = {@code value}, or null for none. An unknown release
     * name or a malformed version is an {@link IllegalArgumentException} naming the option and value.
     */
    public static String versionCap(String option, String value, Map<String, String> aliases) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if ("auto".equalsIgnoreCase(v)) {
            LOG.info("[upgrade_levels] {} = auto is resolved as uncapped: jnova sends the newest version", option);
            return null;
        }
        String alias = aliases.get(v.toLowerCase());
        if (alias != null) {
            return alias;
        }
        try {
            return RpcVersion.parse(v).toString();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("[upgrade_levels] " + option + " = '" + value
                    + "' is neither a known release name nor a version X.Y");
        }
    }
}
