package org.jnova.api.validation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jnova.domain.wire.PyRepr;

/**
 * JSON Schema draft 4 as Nova validates with it: jsonschema 4.10's {@code Draft4Validator} (keywords
 * applied in the schema's own order, the first error wins, messages worded as jsonschema words them
 * with Python reprs) extended as Nova's {@code _SchemaValidator} is: {@code minimum}/{@code maximum}
 * also read numbers from strings, and Nova's format checkers ({@link Formats}). Schemas are Nova's own
 * dicts ({@link NovaSchemas}).
 */
final class JsonSchema {
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private JsonSchema() {
    }

    /** The first error, or null when the instance is valid. */
    static SchemaError firstError(Map<?, ?> schema, Object instance) {
        List<SchemaError> errors = new ArrayList<>(1);
        iterate(schema, instance, errors, true);
        return errors.isEmpty() ? null : errors.get(0);
    }

    static boolean isValid(Object schema, Object instance) {
        List<SchemaError> errors = new ArrayList<>(1);
        iterate(asSchema(schema), instance, errors, true);
        return errors.isEmpty();
    }

    private static Map<?, ?> asSchema(Object s) {
        return s instanceof Map<?, ?> m ? m : Map.of();
    }

    /** Collects errors in jsonschema's order; with {@code firstOnly} it stops at the first. */
    private static void iterate(Map<?, ?> schema, Object instance, List<SchemaError> out, boolean firstOnly) {
        for (Map.Entry<?, ?> kw : schema.entrySet()) {
            int before = out.size();
            apply(String.valueOf(kw.getKey()), kw.getValue(), schema, instance, out, firstOnly);
            for (int i = before; i < out.size(); i++) {
                SchemaError e = out.get(i);
                if (!e.instanceSet) {
                    e.instance = instance;
                    e.instanceSet = true;
                }
            }
            if (firstOnly && !out.isEmpty()) {
                return;
            }
        }
    }

    private static void descend(Object instance, Object subschema, Object path, List<SchemaError> out,
                                boolean firstOnly) {
        int before = out.size();
        iterate(asSchema(subschema), instance, out, firstOnly);
        if (path != null) {
            for (int i = before; i < out.size(); i++) {
                out.get(i).path.addFirst(path);
            }
        }
    }

    private static void apply(String keyword, Object value, Map<?, ?> schema, Object instance,
                              List<SchemaError> out, boolean firstOnly) {
        switch (keyword) {
            case "type" -> {
                List<?> types = value instanceof List<?> l ? l : List.of(value);
                if (types.stream().noneMatch(t -> isType(instance, String.valueOf(t)))) {
                    out.add(new SchemaError(repr(instance) + " is not of type "
                            + String.join(", ", types.stream().map(JsonSchema::repr).toList())));
                }
            }
            case "properties" -> {
                if (instance instanceof Map<?, ?> m) {
                    for (Map.Entry<?, ?> p : ((Map<?, ?>) value).entrySet()) {
                        if (m.containsKey(p.getKey())) {
                            descend(m.get(p.getKey()), p.getValue(), p.getKey(), out, firstOnly);
                            if (firstOnly && !out.isEmpty()) {
                                return;
                            }
                        }
                    }
                }
            }
            case "patternProperties" -> {
                if (instance instanceof Map<?, ?> m) {
                    for (Map.Entry<?, ?> p : ((Map<?, ?>) value).entrySet()) {
                        for (Map.Entry<?, ?> field : m.entrySet()) {
                            if (field.getKey() instanceof String k && search(String.valueOf(p.getKey()), k)) {
                                descend(field.getValue(), p.getValue(), k, out, firstOnly);
                                if (firstOnly && !out.isEmpty()) {
                                    return;
                                }
                            }
                        }
                    }
                }
            }
            case "additionalProperties" -> additionalProperties(value, schema, instance, out, firstOnly);
            case "required" -> {
                if (instance instanceof Map<?, ?> m) {
                    for (Object name : (List<?>) value) {
                        if (!m.containsKey(name)) {
                            out.add(new SchemaError(repr(name) + " is a required property"));
                        }
                    }
                }
            }
            case "items" -> {
                if (instance instanceof List<?> items) {
                    if (value instanceof Map<?, ?>) {
                        for (int i = 0; i < items.size() && !(firstOnly && !out.isEmpty()); i++) {
                            descend(items.get(i), value, (long) i, out, firstOnly);
                        }
                    } else if (value instanceof List<?> schemas) {
                        for (int i = 0; i < Math.min(items.size(), schemas.size()); i++) {
                            descend(items.get(i), schemas.get(i), (long) i, out, firstOnly);
                        }
                    }
                }
            }
            case "enum" -> {
                List<?> options = (List<?>) value;
                if (options.stream().noneMatch(o -> pyEquals(instance, o))) {
                    out.add(new SchemaError(repr(instance) + " is not one of " + repr(options)));
                }
            }
            case "format" -> {
                SchemaError e = Formats.check(String.valueOf(value), instance);
                if (e != null) {
                    out.add(e);
                }
            }
            case "minLength", "maxLength" -> {
                if (instance instanceof String s) {
                    long len = s.codePointCount(0, s.length());
                    long limit = ((Number) value).longValue();
                    if (keyword.equals("minLength") ? len < limit : len > limit) {
                        out.add(new SchemaError(repr(instance) + (keyword.equals("minLength") ? " is too short" : " is too long")));
                    }
                }
            }
            case "minItems", "maxItems" -> {
                if (instance instanceof List<?> l) {
                    long limit = ((Number) value).longValue();
                    if (keyword.equals("minItems") ? l.size() < limit : l.size() > limit) {
                        out.add(new SchemaError(repr(instance) + (keyword.equals("minItems") ? " is too short" : " is too long")));
                    }
                }
            }
            case "minProperties", "maxProperties" -> {
                if (instance instanceof Map<?, ?> m) {
                    long limit = ((Number) value).longValue();
                    if (keyword.equals("minProperties") ? m.size() < limit : m.size() > limit) {
                        out.add(new SchemaError(repr(instance) + (keyword.equals("minProperties")
                                ? " does not have enough properties" : " has too many properties")));
                    }
                }
            }
            case "pattern" -> {
                if (instance instanceof String s && !search(String.valueOf(value), s)) {
                    out.add(new SchemaError(repr(instance) + " does not match " + repr(value)));
                }
            }
            case "minimum", "maximum" -> bound(keyword, (Number) value, schema, instance, out);
            case "uniqueItems" -> {
                if (Boolean.TRUE.equals(value) && instance instanceof List<?> l && !unique(l)) {
                    out.add(new SchemaError(repr(instance) + " has non-unique elements"));
                }
            }
            case "allOf" -> {
                for (Object sub : (List<?>) value) {
                    descend(instance, sub, null, out, firstOnly);
                    if (firstOnly && !out.isEmpty()) {
                        return;
                    }
                }
            }
            case "anyOf" -> {
                if (((List<?>) value).stream().noneMatch(sub -> isValid(sub, instance))) {
                    out.add(new SchemaError(repr(instance) + " is not valid under any of the given schemas"));
                }
            }
            case "oneOf" -> oneOf((List<?>) value, instance, out);
            case "not" -> {
                if (isValid(value, instance)) {
                    out.add(new SchemaError(repr(instance) + " should not be valid under " + repr(value)));
                }
            }
            default -> {
                // $schema, description, definitions...: not validation keywords
            }
        }
    }

    private static void additionalProperties(Object value, Map<?, ?> schema, Object instance, List<SchemaError> out,
                                             boolean firstOnly) {
        if (!(instance instanceof Map<?, ?> m)) {
            return;
        }
        Map<?, ?> properties = schema.get("properties") instanceof Map<?, ?> p ? p : Map.of();
        Map<?, ?> patterns = schema.get("patternProperties") instanceof Map<?, ?> p ? p : Map.of();
        Set<Object> extras = new LinkedHashSet<>();
        for (Object key : m.keySet()) {
            if (!properties.containsKey(key)
                    && patterns.keySet().stream().noneMatch(p -> search(String.valueOf(p), String.valueOf(key)))) {
                extras.add(key);
            }
        }
        if (value instanceof Map<?, ?>) {
            for (Object extra : extras) {
                descend(m.get(extra), value, extra, out, firstOnly);
            }
        } else if (Boolean.FALSE.equals(value) && !extras.isEmpty()) {
            if (schema.containsKey("patternProperties")) {
                Set<String> sortedExtras = new TreeSet<>();
                extras.forEach(e -> sortedExtras.add(String.valueOf(e)));
                Set<String> sortedPatterns = new TreeSet<>();
                patterns.keySet().forEach(p -> sortedPatterns.add(String.valueOf(p)));
                out.add(new SchemaError(joinReprs(sortedExtras) + (extras.size() == 1 ? " does" : " do")
                        + " not match any of the regexes: " + joinReprs(sortedPatterns)));
            } else {
                out.add(new SchemaError("Additional properties are not allowed (" + joinReprs(extras)
                        + (extras.size() == 1 ? " was" : " were") + " unexpected)"));
            }
        }
    }

    private static void oneOf(List<?> schemas, Object instance, List<SchemaError> out) {
        int firstValid = -1;
        for (int i = 0; i < schemas.size(); i++) {
            if (isValid(schemas.get(i), instance)) {
                firstValid = i;
                break;
            }
        }
        if (firstValid < 0) {
            out.add(new SchemaError(repr(instance) + " is not valid under any of the given schemas"));
            return;
        }
        List<Object> moreValid = new ArrayList<>();
        for (int i = firstValid + 1; i < schemas.size(); i++) {
            if (isValid(schemas.get(i), instance)) {
                moreValid.add(schemas.get(i));
            }
        }
        if (!moreValid.isEmpty()) {
            moreValid.add(schemas.get(firstValid));
            out.add(new SchemaError(repr(instance) + " is valid under each of " + joinReprs(moreValid)));
        }
    }

    /** Nova's minimum/maximum: strings that read as numbers are compared as numbers, others are skipped. */
    private static void bound(String keyword, Number limit, Map<?, ?> schema, Object instance, List<SchemaError> out) {
        Object n = numberFromStr(instance);
        if (n == null) {
            return;
        }
        BigDecimal value = new BigDecimal(n.toString());
        BigDecimal bound = new BigDecimal(limit.toString());
        boolean min = keyword.equals("minimum");
        boolean exclusive = Boolean.TRUE.equals(schema.get(min ? "exclusiveMinimum" : "exclusiveMaximum"));
        int c = value.compareTo(bound);
        boolean failed = min ? (exclusive ? c <= 0 : c < 0) : (exclusive ? c >= 0 : c > 0);
        if (failed) {
            String cmp = (min ? "less than" : "greater than") + (exclusive ? " or equal to" : "");
            out.add(new SchemaError(repr(n) + " is " + cmp + " the " + keyword + " of " + repr(limit)));
        }
    }

    /** {@code _number_from_str}: int(instance), else float(instance), else None. */
    private static Object numberFromStr(Object instance) {
        if (instance instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (instance instanceof Long || instance instanceof Integer || instance instanceof BigInteger) {
            return instance;
        }
        if (instance instanceof Double d) {
            return (long) d.doubleValue(); // int(1.5) == 1
        }
        if (instance instanceof String s) {
            String t = s.strip().replace("_", "");
            try {
                return Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
            } catch (NumberFormatException e) {
                try {
                    double d = Double.parseDouble(t);
                    return t.matches("(?i)[+-]?(inf|infinity|nan)") || t.matches("[+-]?[0-9.eE+-]+") ? d : null;
                } catch (NumberFormatException e2) {
                    return null;
                }
            }
        }
        return null;
    }

    /** Draft 4's types: integer excludes floats and booleans, number excludes booleans. */
    static boolean isType(Object v, String type) {
        return switch (type) {
            case "object" -> v instanceof Map<?, ?>;
            case "array" -> v instanceof List<?>;
            case "string" -> v instanceof String;
            case "boolean" -> v instanceof Boolean;
            case "null" -> v == null;
            case "integer" -> v instanceof Long || v instanceof Integer || v instanceof BigInteger;
            case "number" -> v instanceof Number;
            case "any" -> true;
            default -> false;
        };
    }

    /** Python's ==, with jsonschema's unbool (True is not 1 in an enum). */
    private static boolean pyEquals(Object a, Object b) {
        if (a instanceof Boolean || b instanceof Boolean) {
            return Objects.equals(a, b);
        }
        if (a instanceof Number x && b instanceof Number y) {
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
        }
        return Objects.equals(a, b);
    }

    private static boolean unique(List<?> items) {
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                if (pyEquals(items.get(i), items.get(j))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** {@code re.search(pattern, text)}. */
    private static boolean search(String pattern, String text) {
        return PATTERNS.computeIfAbsent(pattern, Pattern::compile).matcher(text).find();
    }

    private static String repr(Object o) {
        return PyRepr.repr(o);
    }

    private static String joinReprs(Collection<?> items) {
        return String.join(", ", items.stream().map(JsonSchema::repr).toList());
    }
}
