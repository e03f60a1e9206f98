package org.jnova.api.http;

import java.time.Instant;
import org.jnova.domain.objects.FieldType;
import org.jnova.domain.wire.PyDateTime;

/**
 * The two time formats the API shows: {@code utils.isotime} (the DateTime field's primitive) and
 * jsonutils' datetime primitive, both written by the domain's formatters.
 */
final class ApiTimes {

    private ApiTimes() {
    }

    /** {@code 2012-08-20T21:11:09Z} (server created/updated). */
    static String isotime(Object t) {
        Instant i = toInstant(t);
        return i == null ? null : FieldType.DATETIME_FORMAT.format(i);
    }

    /** {@code 2012-08-20T21:11:09.000000} (launched_at, action times, service updated_at). */
    static String primitive(Object t) {
        Instant i = toInstant(t);
        return i == null ? null : PyDateTime.toPrimitive(i);
    }

    private static Instant toInstant(Object t) {
        if (t == null) {
            return null;
        }
        if (t instanceof Instant i) {
            return i;
        }
        throw new IllegalArgumentException("not a timestamp: " + t.getClass().getName());
    }
}
