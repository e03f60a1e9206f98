package org.jnova.domain.error;

import java.util.Map;

/**
 * A remote Nova error whose class jnova has no Java class for. It keeps the remote class and module
 * names, so serializing it again produces the same failure.
 */
public class UnknownNovaException extends NovaException {
    private final String novaClass;
    private final String novaModule;

    public UnknownNovaException(String novaClass, String message, Map<String, ?> kwargs) {
        this(novaClass, MODULE, message, kwargs);
    }

    public UnknownNovaException(String novaClass, String novaModule, String message, Map<String, ?> kwargs) {
        super(message, codeOf(kwargs), kwargs == null ? Map.of() : kwargs);
        if (novaClass == null || novaClass.isEmpty()) {
            throw new IllegalArgumentException("a remote error needs a class name");
        }
        this.novaClass = novaClass;
        this.novaModule = novaModule == null ? MODULE : novaModule;
    }

    private static int codeOf(Map<String, ?> kwargs) {
        return kwargs != null && kwargs.get("code") instanceof Number n ? n.intValue() : 500;
    }

    @Override
    public String novaClass() {
        return novaClass;
    }

    @Override
    public String novaModule() {
        return novaModule;
    }
}
