package org.jnova.domain.objects;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The type of one versioned-object field and its primitive encoding (oslo.versionedobjects
 * {@code fields.py}). Java values: String, Long, Double, Boolean, {@link Instant}, List, Map and
 * {@link NovaObject}; an object field whose class jnova does not model keeps its primitive Map as is.
 */
public final class FieldType {
    public enum Kind { STRING, INTEGER, FLOAT, BOOLEAN, DATETIME, LIST, DICT, OBJECT, ANY }

    /** DateTime primitive: second precision with a literal Z ({@code %Y-%m-%dT%H:%M:%SZ}). */
    public static final DateTimeFormatter DATETIME_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Kind kind;
    private final boolean nullable;
    private final FieldType element;
    private final String objectName;

    private FieldType(Kind kind, boolean nullable, FieldType element, String objectName) {
        this.kind = kind;
        this.nullable = nullable;
        this.element = element;
        this.objectName = objectName;
    }

    public static FieldType string() { return new FieldType(Kind.STRING, false, null, null); }
    public static FieldType integer() { return new FieldType(Kind.INTEGER, false, null, null); }
    public static FieldType floating() { return new FieldType(Kind.FLOAT, false, null, null); }
    public static FieldType bool() { return new FieldType(Kind.BOOLEAN, false, null, null); }
    public static FieldType datetime() { return new FieldType(Kind.DATETIME, false, null, null); }
    public static FieldType any() { return new FieldType(Kind.ANY, true, null, null); }
    public static FieldType listOf(FieldType element) { return new FieldType(Kind.LIST, false, element, null); }
    public static FieldType dictOf(FieldType element) { return new FieldType(Kind.DICT, false, element, null); }
    public static FieldType object(String name) { return new FieldType(Kind.OBJECT, false, null, name); }

    /** The same type with None allowed. */
    public FieldType nullable() {
        return new FieldType(kind, true, element, objectName);
    }

    public Kind kind() { return kind; }
    public boolean isNullable() { return nullable; }
    public FieldType element() { return element; }
    public String objectName() { return objectName; }

    /** Checks and normalises a Java value for this field; a wrong type names the field and the value. */
    public Object coerce(String field, Object value) {
        if (value == null) {
            if (!nullable) {
                throw new IllegalArgumentException("field '" + field + "' cannot be None");
            }
            return null;
        }
        switch (kind) {
            case STRING:
                // like Nova's String/UUID fields: text, numbers, booleans, UUIDs and state enums (wire text)
                if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                        || value instanceof java.util.UUID || value instanceof Enum<?>) {
                    return value.toString();
                }
                break;
            case INTEGER:
                if (value instanceof Number n && !(value instanceof Double) && !(value instanceof Float)) {
                    return n.longValue();
                }
                if (value instanceof String s) {
                    try {
                        return Long.parseLong(s.trim());
                    } catch (NumberFormatException e) {
                        break;
                    }
                }
                break;
            case FLOAT:
                if (value instanceof Number n) {
                    return n.doubleValue();
                }
                break;
            case BOOLEAN:
                if (value instanceof Boolean) {
                    return value;
                }
                break;
            case DATETIME:
                if (value instanceof Instant i) {
                    return i.truncatedTo(ChronoUnit.MICROS);
                }
                if (value instanceof OffsetDateTime o) {
                    return o.toInstant().truncatedTo(ChronoUnit.MICROS);
                }
                if (value instanceof java.time.LocalDateTime l) {
                    // naive datetimes are UTC in Nova
                    return l.toInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
                }
                if (value instanceof String s) {
                    return parseDateTime(field, s);
                }
                break;
            case LIST:
                if (value instanceof List<?> l) {
                    List<Object> out = new ArrayList<>(l.size());
                    for (Object o : l) {
                        out.add(element.coerce(field, o));
                    }
                    return out;
                }
                break;
            case DICT:
                if (value instanceof Map<?, ?> m) {
                    Map<String, Object> out = new LinkedHashMap<>();
                    for (Map.Entry<?, ?> e : m.entrySet()) {
                        out.put(String.valueOf(e.getKey()), element.coerce(field, e.getValue()));
                    }
                    return out;
                }
                break;
            case OBJECT:
                if (value instanceof NovaObject o && (objectName.equals(o.objName()))) {
                    return o;
                }
                if (value instanceof Map<?, ?> m && objectName.equals(m.get(NovaObject.NAME_KEY))) {
                    return value;
                }
                break;
            case ANY:
                return value;
            default:
                break;
        }
        throw new IllegalArgumentException("field '" + field + "' expects " + describe() + ", got "
                + value.getClass().getSimpleName() + " " + value);
    }

    /** Encodes a Java value as its primitive. */
    public Object toPrimitive(Object value) {
        if (value == null) {
            return null;
        }
        switch (kind) {
            case DATETIME:
                return WireDateTime.format((Instant) value);
            case LIST: {
                List<Object> out = new ArrayList<>();
                for (Object o : (List<?>) value) {
                    out.add(element.toPrimitive(o));
                }
                return out;
            }
            case DICT: {
                Map<String, Object> out = new LinkedHashMap<>();
                for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                    out.put(String.valueOf(e.getKey()), element.toPrimitive(e.getValue()));
                }
                return out;
            }
            case OBJECT:
                return value instanceof NovaObject o ? o.toPrimitive() : value;
            default:
                return value;
        }
    }

    /** Decodes a primitive (nested object primitives become objects when jnova models the class). */
    public Object fromPrimitive(String field, Object primitive) {
        if (primitive == null) {
            return coerce(field, null);
        }
        switch (kind) {
            case LIST: {
                if (!(primitive instanceof List<?> l)) {
                    break;
                }
                List<Object> out = new ArrayList<>(l.size());
                for (Object o : l) {
                    out.add(element.fromPrimitive(field, o));
                }
                return out;
            }
            case DICT: {
                if (!(primitive instanceof Map<?, ?> m)) {
                    break;
                }
                Map<String, Object> out = new LinkedHashMap<>();
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    out.put(String.valueOf(e.getKey()), element.fromPrimitive(field, e.getValue()));
                }
                return out;
            }
            case OBJECT: {
                if (!(primitive instanceof Map<?, ?> m)) {
                    break;
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> map = (Map<String, Object>) m;
                return ObjectRegistry.isRegistered(objectName) ? NovaObject.fromPrimitive(map) : map;
            }
            default:
                return coerce(field, primitive);
        }
        throw new IllegalArgumentException("field '" + field + "' expects " + describe() + ", got " + primitive);
    }

    private static Instant parseDateTime(String field, String s) {
        Instant canonical = WireDateTime.parseCanonical(s);
        if (canonical != null) {
            return canonical;
        }
        try {
            return OffsetDateTime.parse(s).toInstant().truncatedTo(ChronoUnit.MICROS);
        } catch (DateTimeParseException e) {
            try {
                // naive ISO-8601 values are UTC, as iso8601.parse_date assumes
                return java.time.LocalDateTime.parse(s.replace(' ', 'T')).toInstant(ZoneOffset.UTC)
                        .truncatedTo(ChronoUnit.MICROS);
            } catch (DateTimeParseException e2) {
                throw new IllegalArgumentException("field '" + field + "' expects an ISO-8601 datetime, got '" + s + "'");
            }
        }
    }

    private String describe() {
        return switch (kind) {
            case OBJECT -> "object " + objectName;
            case LIST -> "list of " + element.describe();
            case DICT -> "dict of " + element.describe();
            default -> kind.name().toLowerCase();
        };
    }
}
