package org.jnova.cli.server;

import java.util.LinkedHashMap;
import java.util.Map;

/** The fields {@code server show} prints, in openstack-client order. */
final class ServerView {
    private ServerView() {
    }

    static Map<String, Object> of(Map<String, Object> s) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", s.get("id"));
        v.put("name", s.get("name"));
        v.put("status", s.get("status"));
        v.put("OS-EXT-STS:vm_state", s.get("OS-EXT-STS:vm_state"));
        v.put("OS-EXT-STS:task_state", s.get("OS-EXT-STS:task_state"));
        v.put("OS-EXT-STS:power_state", s.get("OS-EXT-STS:power_state"));
        v.put("OS-EXT-SRV-ATTR:host", s.get("OS-EXT-SRV-ATTR:host"));
        v.put("OS-EXT-SRV-ATTR:instance_name", s.get("OS-EXT-SRV-ATTR:instance_name"));
        v.put("flavor", s.get("flavor") instanceof Map<?, ?> f ? f.get("id") : s.get("flavor"));
        v.put("image", s.get("image") instanceof Map<?, ?> i ? i.get("id") : s.get("image"));
        v.put("metadata", s.get("metadata"));
        v.put("project_id", s.get("tenant_id"));
        v.put("user_id", s.get("user_id"));
        v.put("created", s.get("created"));
        v.put("updated", s.get("updated"));
        v.put("OS-SRV-USG:launched_at", s.get("OS-SRV-USG:launched_at"));
        if (s.containsKey("fault")) {
            v.put("fault", s.get("fault"));
        }
        return v;
    }
}
