package org.jnova.domain.error;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * Rebuilds Nova errors received over RPC, as oslo does with {@code cls(*args, **kwargs)}: one registry
 * from Nova class name to the Java class. A class jnova does not know becomes an
 * {@link UnknownNovaException} that keeps the remote class name.
 */
public final class NovaExceptions {
    private static final Map<String, BiFunction<String, Map<String, ?>, NovaException>> BY_NAME =
            new ConcurrentHashMap<>();

    static {
        register("NovaException", (m, k) -> new NovaException(m, codeOf(k), k));
        register("NotFound", NotFound::new);
        register("Invalid", Invalid::new);
        register("HostNotFound", HostNotFound::new);
        register("InstanceNotFound", InstanceNotFound::new);
        register("InstanceInvalidState", InstanceInvalidState::new);
        register("InstanceUpdateConflict", InstanceUpdateConflict::new);
        register("UnexpectedTaskStateError", UnexpectedTaskStateError::new);
        register("UnexpectedDeletingTaskStateError", UnexpectedDeletingTaskStateError::new);
        register("UnknownInstanceUpdateConflict", UnknownInstanceUpdateConflict::new);
        register("InstanceActionNotFound", InstanceActionNotFound::new);
        register("InstanceActionEventNotFound", InstanceActionEventNotFound::new);
        register("ServiceNotFound", ServiceNotFound::new);
        register("HostBinaryNotFound", HostBinaryNotFound::new);
        register("ComputeHostNotFound", ComputeHostNotFound::new);
        register("NoValidHost", NoValidHost::new);
        register("FlavorNotFound", FlavorNotFound::new);
        register("FlavorExists", FlavorExists::new);
        register("FlavorIdExists", FlavorIdExists::new);
        register("ObjectActionError", ObjectActionError::new);
        register("ServiceTopicExists", ServiceTopicExists::new);
        register("ServiceBinaryExists", ServiceBinaryExists::new);
        register("ServiceTooOld", ServiceTooOld::new);
        register("InstancePowerOffFailure", InstancePowerOffFailure::new);
        register("InternalError", InternalError::new);
        register("InstanceFaultRollback", InstanceFaultRollback::new);
        register("OrphanedObjectError", OrphanedObjectError::new);
        register("UnsupportedObjectError", UnsupportedObjectError::new);
        register("IncompatibleObjectVersion", IncompatibleObjectVersion::new);
        register("InstanceIsLocked", InstanceIsLocked::new);
        register("InstanceNotRunning", InstanceNotRunning::new);
        register("InstanceNotReady", InstanceNotReady::new);
        register("InstanceTerminationFailure", InstanceTerminationFailure::new);
        register("InstanceRebootFailure", InstanceRebootFailure::new);
        register("InstancePowerOnFailure", InstancePowerOnFailure::new);
        register("InstanceDeployFailure", InstanceDeployFailure::new);
        register("ServiceUnavailable", ServiceUnavailable::new);
        register("ComputeServiceUnavailable", ComputeServiceUnavailable::new);
        register("ComputeResourcesUnavailable", ComputeResourcesUnavailable::new);
        register("InstanceExists", InstanceExists::new);
        register("MaxRetriesExceeded", MaxRetriesExceeded::new);
        register("ImageNotFound", ImageNotFound::new);
        register("HypervisorUnavailable", HypervisorUnavailable::new);
        register("BuildAbortException", BuildAbortException::new);
        register("RescheduledException", RescheduledException::new);
    }

    private NovaExceptions() {
    }

    /** Adds (or replaces) the Java class for a Nova class name. */
    public static void register(String novaClass, BiFunction<String, Map<String, ?>, NovaException> factory) {
        BY_NAME.put(novaClass, factory);
    }

    /** The Nova class names with a Java class. */
    public static java.util.Set<String> knownClasses() {
        return java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(BY_NAME.keySet()));
    }

    /** The Java error for a remote Nova error: the message is kept as sent, kwargs include its code. */
    public static NovaException rebuild(String className, String message, Map<String, ?> kwargs) {
        Map<String, ?> kw = kwargs == null ? Map.of() : kwargs;
        BiFunction<String, Map<String, ?>, NovaException> factory = className == null ? null : BY_NAME.get(className);
        if (factory == null) {
            return new UnknownNovaException(className == null ? "NovaException" : className, message, kw);
        }
        return factory.apply(message, kw);
    }

    private static int codeOf(Map<String, ?> kwargs) {
        return kwargs != null && kwargs.get("code") instanceof Number n ? n.intValue() : 500;
    }
}
