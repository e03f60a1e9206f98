package org.jnova.domain.objects;

import org.jnova.domain.error.IncompatibleObjectVersion;

/** Version arithmetic for versioned objects ("major.minor", a third part is ignored). */
public final class ObjectVersions {
    private ObjectVersions() {
    }

    /** Compares two "X.Y" versions numerically. */
    public static int compare(String a, String b) {
        int[] x = parse(a);
        int[] y = parse(b);
        return x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]);
    }

    /** A received version is usable if the major matches and the minor is not newer than ours. */
    public static void checkCompatible(String objName, String received, String supported) {
        int[] r = parse(received);
        int[] s = parse(supported);
        if (r[0] != s[0] || r[1] > s[1]) {
            throw new IncompatibleObjectVersion(objName, received, supported);
        }
    }

    /** Whether a field exists in the given version of a class. */
    public static boolean fieldExistsIn(ObjectSchema schema, String field, String version) {
        String since = schema.addedIn(field);
        return since == null || compare(version, since) >= 0;
    }

    static int[] parse(String v) {
        String[] p = v.split("\\.");
        try {
            return new int[] {Integer.parseInt(p[0]), p.length > 1 ? Integer.parseInt(p[1]) : 0};
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid object version '" + v + "'");
        }
    }
}
