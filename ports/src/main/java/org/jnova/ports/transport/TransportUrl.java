package org.jnova.ports.transport;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed {@code transport_url} ({@code oslo_messaging.TransportURL.parse}):
 * {@code driver://[user[:pass]@]host[:port][,[userN[:passN]@]hostN[:portN]]*\/[virtual_host][?query]}.
 * The driver is the scheme up to the first {@code +}; query keys become driver option overrides.
 */
public record TransportUrl(String scheme, List<Host> hosts, String virtualHost, Map<String, String> query,
                           String original) {

    /** One broker address; user, password and port may be null. */
    public record Host(String hostname, Integer port, String username, String password) {
        @Override
        public String toString() {
            return (username == null ? "" : username + "@") + hostname + (port == null ? "" : ":" + port);
        }
    }

    public TransportUrl {
        hosts = List.copyOf(hosts);
        query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
    }

    /** The driver name: {@code rabbit} for {@code rabbit://}, {@code kombu} for {@code kombu+memory://}. */
    public String driver() {
        int plus = scheme.indexOf('+');
        return plus < 0 ? scheme : scheme.substring(0, plus);
    }

    /**
     * Parses a transport URL. A missing scheme or a malformed host list is an
     * {@link IllegalArgumentException} whose message names the URL (password masked) and the problem.
     */
    public static TransportUrl parse(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("transport_url is empty");
        }
        int sep = url.indexOf("://");
        if (sep <= 0) {
            throw new IllegalArgumentException("invalid transport_url '" + mask(url) + "': no scheme specified");
        }
        String scheme = url.substring(0, sep);
        String rest = url.substring(sep + 3);
        String queryPart = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            queryPart = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        String netloc = rest;
        String vhost = null;
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            netloc = rest.substring(0, slash);
            vhost = decode(rest.substring(slash + 1));
        }
        List<Host> hosts = new ArrayList<>();
        for (String h : netloc.split(",")) {
            if (h.isEmpty()) {
                continue;
            }
            hosts.add(parseHost(url, h));
        }
        Map<String, String> query = new LinkedHashMap<>();
        if (!queryPart.isEmpty()) {
            for (String kv : queryPart.split("&")) {
                if (kv.isEmpty()) {
                    continue;
                }
                int eq = kv.indexOf('=');
                String k = decode(eq < 0 ? kv : kv.substring(0, eq));
                String v = eq < 0 ? "" : decode(kv.substring(eq + 1));
                query.merge(k, v, (a, b) -> a + "," + b);
            }
        }
        return new TransportUrl(scheme, hosts, vhost, query, url);
    }

    private static Host parseHost(String url, String h) {
        String user = null;
        String pass = null;
        int at = h.lastIndexOf('@');
        String hostPort = h;
        if (at >= 0) {
            String cred = h.substring(0, at);
            hostPort = h.substring(at + 1);
            int colon = cred.indexOf(':');
            user = decode(colon < 0 ? cred : cred.substring(0, colon));
            pass = colon < 0 ? null : decode(cred.substring(colon + 1));
        }
        String hostname = hostPort;
        Integer port = null;
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("invalid transport_url '" + mask(url) + "': unclosed IPv6 bracket");
            }
            hostname = hostPort.substring(1, close);
            String after = hostPort.substring(close + 1);
            if (after.startsWith(":")) {
                port = parsePort(url, after.substring(1));
            }
        } else {
            int colon = hostPort.lastIndexOf(':');
            if (colon >= 0) {
                hostname = hostPort.substring(0, colon);
                port = parsePort(url, hostPort.substring(colon + 1));
            }
        }
        return new Host(hostname.isEmpty() ? null : hostname, port, user, pass);
    }

    private static Integer parsePort(String url, String p) {
        if (p.isEmpty()) {
            return null;
        }
        try {
            int port = Integer.parseInt(p);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid transport_url '" + mask(url) + "': bad port '" + p + "'");
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The URL with passwords replaced by {@code ***}, for logs and errors. */
    public static String mask(String url) {
        return url == null ? null : url.replaceAll("(://|,)([^:/@,]+):([^@/,]*)@", "$1$2:***@");
    }

    @Override
    public String toString() {
        return mask(original);
    }
}
