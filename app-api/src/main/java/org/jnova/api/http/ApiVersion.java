package org.jnova.api.http;

import com.sun.net.httpserver.Headers;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compute API microversion ({@code api_version_request.APIVersionRequest}) and its negotiation from
 * {@code OpenStack-API-Version: compute X.Y} or, without a compute entry there, the legacy
 * {@code X-OpenStack-Nova-API-Version} ({@code microversion_parse.get_version}). No header is 2.1;
 * {@code latest} is {@link #MAX}. jnova claims 2.1 to {@link #MAX}: each microversion in that range
 * changes the shapes of the routes jnova serves as Nova's does.
 */
public record ApiVersion(int major, int minor) implements Comparable<ApiVersion> {
    public static final ApiVersion MIN = new ApiVersion(2, 1);
    /** 2.37 (networks "auto"/"none"): what the OpenStack clients need to create a server without Neutron. */
    public static final ApiVersion MAX = new ApiVersion(2, 37);
    public static final String HEADER = "OpenStack-API-Version";
    public static final String LEGACY_HEADER = "X-OpenStack-Nova-API-Version";
    private static final Pattern FORMAT = Pattern.compile("^([1-9]\\d*)\\.([1-9]\\d*|0)$");

    /** "X.Y"; anything else is Nova's 400 InvalidAPIVersionString. */
    public static ApiVersion parse(String s) {
        Matcher m = FORMAT.matcher(s);
        if (!m.matches()) {
            throw ApiError.badRequest("API Version String " + s + " is of invalid format. Must be of format"
                    + " MajorNum.MinorNum.");
        }
        return new ApiVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The version a request asks for; outside MIN..MAX is Nova's 406 InvalidGlobalAPIVersion. */
    public static ApiVersion of(Headers headers) {
        String requested = requested(headers);
        if (requested == null) {
            return MIN;
        }
        if (requested.equals("latest")) {
            return MAX;
        }
        ApiVersion v = parse(requested);
        if (v.compareTo(MIN) < 0 || v.compareTo(MAX) > 0) {
            throw new ApiError(406, "Version " + v + " is not supported by the API. Minimum is " + MIN
                    + " and maximum is " + MAX + ".");
        }
        return v;
    }

    private static String requested(Headers headers) {
        String standard = folded(headers.get(HEADER));
        if (standard != null) {
            String[] entries = standard.split(",");
            for (int i = entries.length - 1; i >= 0; i--) {
                String[] parts = entries[i].strip().split("\\s+", 2);
                if (parts.length == 2 && parts[0].equalsIgnoreCase("compute")) {
                    return parts[1].strip();
                }
            }
        }
        String legacy = folded(headers.get(LEGACY_HEADER));
        if (legacy == null) {
            return null;
        }
        String[] values = legacy.split(",");
        return values.length == 0 ? "" : values[values.length - 1].strip();
    }

    private static String folded(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(",", values.stream().map(String::strip).toList());
    }

    /** Whether this version is at least {@code "X.Y"} ({@code api_version_request.is_supported}). */
    public boolean atLeast(String version) {
        return compareTo(parse(version)) >= 0;
    }

    @Override
    public int compareTo(ApiVersion o) {
        return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
