package org.jnova.domain.rpc;

/**
 * An RPC API version "X.Y" or "X.Y.Z" with oslo.messaging's compatibility rule
 * ({@code _utils.version_is_compatible}): same major, requested minor at most the served minor, and
 * for equal minors the requested revision at most the served one.
 */
public record RpcVersion(int major, int minor, int revision) implements Comparable<RpcVersion> {

    /** What a message without a version counts as. */
    public static final RpcVersion DEFAULT = new RpcVersion(1, 0, 0);

    public RpcVersion {
        if (major < 0 || minor < 0 || revision < 0) {
            throw new IllegalArgumentException("negative version component");
        }
    }

    /** Parses "X.Y" or "X.Y.Z"; anything else is an {@link IllegalArgumentException} naming the text. */
    public static RpcVersion parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("version is null");
        }
        String[] parts = text.split("\\.", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw new IllegalArgumentException("invalid RPC version '" + text + "': expected X.Y or X.Y.Z");
        }
        try {
            int rev = parts.length == 3 ? Integer.parseInt(parts[2]) : 0;
            return new RpcVersion(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), rev);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid RPC version '" + text + "': expected X.Y or X.Y.Z");
        }
    }

    /** True if a server implementing {@code this} can serve a request for {@code requested}. */
    public boolean canServe(RpcVersion requested) {
        if (requested.major != major) {
            return false;
        }
        if (requested.minor != minor) {
            return requested.minor < minor;
        }
        return requested.revision <= revision;
    }

    @Override
    public int compareTo(RpcVersion o) {
        if (major != o.major) {
            return Integer.compare(major, o.major);
        }
        if (minor != o.minor) {
            return Integer.compare(minor, o.minor);
        }
        return Integer.compare(revision, o.revision);
    }

    @Override
    public String toString() {
        return revision == 0 ? major + "." + minor : major + "." + minor + "." + revision;
    }
}
