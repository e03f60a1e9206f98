package org.jnova.api.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jnova.api.compute.BadRequest;
import org.jnova.api.policy.Policy;
import org.jnova.domain.rpc.RequestContext;

/**
 * The parts of a server-create body Nova reads beyond its schema ({@code servers.py create}): the image
 * (imageRef, or the image of a local boot block device mapping), the requested networks (jnova has no
 * network service: "none" and "auto" mean no network, a named network or port does not exist), the
 * flavorRef's id and the metadata.
 */
final class CreateArguments {
    private CreateArguments() {
    }

    /** {@code _process_bdms_for_create} + {@code _image_from_req_data}. */
    static String imageRef(Map<String, Object> server, Policy policy, RequestContext ctx, Map<String, Object> target) {
        List<?> legacy = server.get("block_device_mapping") instanceof List<?> l ? l : List.of();
        List<?> bdms = server.get("block_device_mapping_v2") instanceof List<?> l ? l : List.of();
        if (!legacy.isEmpty() && !bdms.isEmpty()) {
            throw new BadRequest("Using different block_device_mapping syntaxes is not allowed in the same request.");
        }
        if (!legacy.isEmpty() || !bdms.isEmpty()) {
            policy.authorize(ctx, "os_compute_api:servers:create:attach_volume", target);
        }
        if (!legacy.isEmpty()) {
            throw new BadRequest("Block Device Mapping is Invalid: jnova has no block storage service.");
        }
        String imageRef = server.get("imageRef") instanceof String s ? s : null;
        String bdmImage = null;
        for (Object o : bdms) {
            Map<?, ?> bdm = (Map<?, ?>) o;
            boolean localImage = "image".equals(bdm.get("source_type"))
                    && (bdm.get("destination_type") == null || "local".equals(bdm.get("destination_type")));
            if (!localImage) {
                throw new BadRequest("Block Device Mapping is Invalid: jnova has no block storage service;"
                        + " only an image booted on local disk (source_type=image, destination_type=local) works.");
            }
            bdmImage = String.valueOf(bdm.get("uuid"));
        }
        if ((imageRef == null || imageRef.isEmpty()) && bdmImage != null) {
            return bdmImage;
        }
        if (imageRef == null || imageRef.isEmpty()) {
            throw new BadRequest("Missing imageRef attribute");
        }
        return idFromHref(imageRef);
    }

    /** {@code _get_requested_networks} against a cloud with no networks and no ports. */
    static void checkNetworks(Object networks, Policy policy, RequestContext ctx, Map<String, Object> target) {
        if (!(networks instanceof List<?> requested) || requested.isEmpty()) {
            return; // absent, "none" or "auto"
        }
        policy.authorize(ctx, "os_compute_api:servers:create:attach_network", target);
        for (Object o : requested) {
            Map<?, ?> n = (Map<?, ?>) o;
            if (n.get("port") != null) {
                throw new BadRequest("Port id " + n.get("port") + " could not be found.");
            }
            if (!n.containsKey("uuid")) {
                throw new BadRequest("Bad network format: missing 'uuid'");
            }
            throw new BadRequest("Network " + n.get("uuid") + " could not be found.");
        }
    }

    /** {@code common.get_id_from_href}: the last path segment of a URL, or the value itself. */
    static String idFromHref(String href) {
        String path = href;
        int scheme = path.indexOf("://");
        if (scheme >= 0) {
            int slash = path.indexOf('/', scheme + 3);
            path = slash < 0 ? "" : path.substring(slash);
        }
        int q = path.indexOf('?');
        if (q >= 0) {
            path = path.substring(0, q);
        }
        String[] parts = path.split("/");
        return parts.length == 0 ? "" : parts[parts.length - 1];
    }

    static Map<String, String> metadata(Object raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
        }
        return out;
    }
}
