package org.jnova.api.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The v2.1 version document ({@code GET /} and {@code GET /v2.1}): microversions 2.1 to {@link ApiVersion#MAX}. */
final class VersionDoc {
    private VersionDoc() {
    }

    static Map<String, Object> current(ApiRequest req) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", "v2.1");
        v.put("status", "CURRENT");
        v.put("version", ApiVersion.MAX.toString());
        v.put("min_version", ApiVersion.MIN.toString());
        v.put("updated", "2013-07-23T11:33:21Z");
        v.put("links", List.of(JsonMaps.of("rel", "self", "href", req.baseUrl() + "/v2.1/"),
                JsonMaps.of("rel", "describedby", "type", "text/html", "href", "http://docs.openstack.org/")));
        v.put("media-types", List.of(JsonMaps.of("base", "application/json",
                "type", "application/vnd.openstack.compute+json;version=2.1")));
        return v;
    }
}
