package org.jnova.cli.rpc;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jnova.domain.wire.MalformedMessageException;
import org.jnova.domain.wire.PyJson;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The message of {@code rpc call|cast}: method, JSON args, namespace, version. */
final class RpcMessageOptions {
    @Option(names = "--method", required = true, description = "RPC method name")
    String method;

    @Option(names = "--args", defaultValue = "{}", description = "Keyword arguments as a JSON object (default: {})")
    String args;

    @Option(names = "--namespace", description = "Endpoint namespace, e.g. baseapi")
    String namespace;

    @Option(names = "--version", required = true, description = "Requested RPC API version, e.g. 1.0")
    String version;

    @Option(names = "--fanout", description = "Send to every server of the topic (casts only)")
    boolean fanout;

    /** {@code _make_message}: method, args, then namespace and version. Bad JSON names the problem. */
    @SuppressWarnings("unchecked")
    Map<String, Object> message(picocli.CommandLine cmd) {
        Object parsed;
        try {
            parsed = PyJson.loads(args);
        } catch (MalformedMessageException e) {
            throw new ParameterException(cmd, "--args is not valid JSON: " + e.getMessage());
        }
        if (!(parsed instanceof Map<?, ?>)) {
            throw new ParameterException(cmd, "--args must be a JSON object, e.g. {\"arg\": 1}");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", method);
        m.put("args", (Map<String, Object>) parsed);
        if (namespace != null) {
            m.put("namespace", namespace);
        }
        m.put("version", version);
        return m;
    }
}
