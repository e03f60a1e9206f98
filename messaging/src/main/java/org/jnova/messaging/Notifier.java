package org.jnova.messaging;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jnova.domain.objects.ObjectSerializer;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.messaging.driver.TransportDriver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A minimal oslo {@code Notifier} ({@code messagingv2} driver, topic {@code notifications}): sends only
 * when enabled ({@code [oslo_messaging_notifications] driver} set). Errors are logged, never thrown.
 */
public final class Notifier {
    private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);
    public static final String TOPIC = "notifications";
    /** The 14.0.3 context whitelist: everything else (auth_token, ...) is dropped from notifications. */
    private static final Set<String> CONTEXT_KEYS = Set.of("user_id", "project_id", "domain_id", "user_domain_id",
            "project_domain_id", "is_admin", "request_id", "roles", "user_name", "project_name", "domain_name",
            "user_domain_name", "project_domain_name", "service_user_id", "service_user_domain_id",
            "service_user_domain_name", "service_project_id", "service_project_name", "service_project_domain_id",
            "service_project_domain_name", "service_roles", "global_request_id", "system_scope", "user", "domain",
            "user_domain", "project_domain");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final TransportDriver driver;
    private final String publisherId;
    private final boolean enabled;

    Notifier(TransportDriver driver, String publisherId, boolean enabled) {
        this.driver = driver;
        this.publisherId = publisherId;
        this.enabled = enabled;
    }

    public boolean enabled() {
        return enabled;
    }

    public void info(RequestContext ctx, String eventType, Object payload) {
        notify(ctx, eventType, "INFO", payload);
    }

    public void error(RequestContext ctx, String eventType, Object payload) {
        notify(ctx, eventType, "ERROR", payload);
    }

    private void notify(RequestContext ctx, String eventType, String priority, Object payload) {
        if (!enabled) {
            return;
        }
        try {
            Map<String, Object> msg = new LinkedHashMap<>();
            msg.put("message_id", UUID.randomUUID().toString());
            msg.put("publisher_id", publisherId);
            msg.put("event_type", eventType);
            msg.put("priority", priority);
            msg.put("payload", ObjectSerializer.serializeEntity(payload));
            msg.put("timestamp", pythonUtcNow());
            driver.sendNotification(TOPIC, priority.toLowerCase(), sanitize(ctx), msg);
        } catch (RuntimeException e) {
            LOG.warn("Could not send notification {}: {}", eventType, e.toString());
        }
    }

    private static Map<String, Object> sanitize(RequestContext ctx) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (ctx != null) {
            ctx.toDict().forEach((k, v) -> {
                if (CONTEXT_KEYS.contains(k)) {
                    out.put(k, v);
                }
            });
        }
        return out;
    }

    /** Python's {@code str(utcnow())}: a space separator, microseconds only when not zero. */
    static String pythonUtcNow() {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        int micros = now.getNano() / 1000;
        String base = now.format(SECONDS);
        return micros == 0 ? base : base + String.format(".%06d", micros);
    }
}
