package org.jnova.conductor.endpoint;

import java.util.HashMap;
import java.util.Map;
import org.jnova.domain.objects.NovaObject;
import org.jnova.domain.rpc.RequestContext;

/**
 * The remotable object methods the conductor serves, keyed by (object name, method name): class
 * methods for {@code object_class_action_versions}, instance methods for {@code object_action}.
 * Each handler class registers its own; the endpoint only looks them up.
 */
public final class ObjectMethods {
    /** A remotable classmethod: {@code cls.method(context, *args, **kwargs)}. */
    @FunctionalInterface
    public interface ClassMethod {
        Object call(RequestContext context, PyArgs args);
    }

    /** A remotable instance method: {@code self.method(*args, **kwargs)}; it may change {@code self}. */
    @FunctionalInterface
    public interface InstanceMethod<T extends NovaObject> {
        Object call(RequestContext context, T self, PyArgs args);
    }

    private record Bound<H>(PySignature signature, H handler) {
    }

    private final Map<String, Bound<ClassMethod>> classMethods = new HashMap<>();
    private final Map<String, Bound<InstanceMethod<NovaObject>>> instanceMethods = new HashMap<>();

    public void classMethod(String objName, PySignature signature, ClassMethod handler) {
        classMethods.put(key(objName, signature.method()), new Bound<>(signature, handler));
    }

    @SuppressWarnings("unchecked")
    public <T extends NovaObject> void instanceMethod(String objName, Class<T> type, PySignature signature,
                                                      InstanceMethod<T> handler) {
        InstanceMethod<NovaObject> checked = (ctx, self, args) -> {
            if (!type.isInstance(self)) {
                throw new IllegalArgumentException(objName + "." + signature.method() + " got a "
                        + self.objName() + " object");
            }
            return handler.call(ctx, (T) self, args);
        };
        instanceMethods.put(key(objName, signature.method()), new Bound<>(signature, checked));
    }

    /** Runs a classmethod; {@link NoSuchObjectMethod} if the conductor does not serve it. */
    Object callClassMethod(RequestContext ctx, String objName, String method, java.util.List<?> args,
                           Map<String, ?> kwargs) {
        Bound<ClassMethod> b = classMethods.get(key(objName, method));
        if (b == null) {
            throw new NoSuchObjectMethod(objName, method);
        }
        return b.handler().call(ctx, b.signature().bind(args, kwargs));
    }

    /** Runs an instance method on {@code self}; {@link NoSuchObjectMethod} if not served. */
    Object callInstanceMethod(RequestContext ctx, NovaObject self, String method, java.util.List<?> args,
                              Map<String, ?> kwargs) {
        Bound<InstanceMethod<NovaObject>> b = instanceMethods.get(key(self.objName(), method));
        if (b == null) {
            throw new NoSuchObjectMethod(self.objName(), method);
        }
        return b.handler().call(ctx, self, b.signature().bind(args, kwargs));
    }

    private static String key(String objName, String method) {
        return objName + "." + method;
    }
}
