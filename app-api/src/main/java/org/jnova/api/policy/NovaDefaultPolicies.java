package org.jnova.api.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jnova.domain.wire.PyJson;

/**
 * Nova Zed's default rules ({@code nova.policies.list_rules()}), every one of them, as written by
 * {@code scripts/nova-api-reference} from Debian's python3-nova into {@code nova-zed-policies.json}: the
 * routes jnova serves and those it does not yet (os-hypervisors among them) are all registered.
 */
public final class NovaDefaultPolicies {
    static final String RESOURCE = "nova-zed-policies.json";
    private static final List<PolicyDefault> DEFAULTS = read();

    private NovaDefaultPolicies() {
    }

    static List<PolicyDefault> all() {
        return DEFAULTS;
    }

    private static List<PolicyDefault> read() {
        try (InputStream in = NovaDefaultPolicies.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            List<PolicyDefault> out = new ArrayList<>();
            for (Object o : (List<?>) PyJson.loads(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
                Map<?, ?> m = (Map<?, ?>) o;
                out.add(new PolicyDefault((String) m.get("name"), (String) m.get("check_str"),
                        (String) m.get("deprecated_name"), (String) m.get("deprecated_check_str")));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
