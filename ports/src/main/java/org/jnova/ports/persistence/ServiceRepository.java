package org.jnova.ports.persistence;

import java.util.List;
import org.jnova.domain.objects.Service;

/**
 * The services table ({@code db.service_*}). {@code (host, binary)} and {@code (host, topic)} are
 * unique among live rows: a duplicate is {@code ServiceBinaryExists} / {@code ServiceTopicExists}.
 */
public interface ServiceRepository {
    /** {@code Service.create()}: returns the record with id, uuid and created_at set. */
    Service create(Service service);

    /** The live record, or null. */
    Service getByHostAndBinary(String host, String binary);

    /** {@code ServiceNotFound} if there is no live record with this id. */
    Service getById(long id);

    /**
     * {@code Service.save()}: writes the changed fields; when the new {@code report_count} is greater
     * than the stored one, {@code last_seen_up} becomes now. Returns the record as stored.
     */
    Service save(Service service);

    /** {@code ServiceList.get_all(disabled)}: null = all. */
    List<Service> listAll(Boolean disabled);

    /** {@code ServiceList.get_by_topic}. */
    List<Service> listByTopic(String topic);

    /** {@code ServiceList.get_by_binary}. */
    List<Service> listByBinary(String binary, boolean includeDisabled);

    /** {@code Service.get_minimum_version}: lowest version of live, not forced-down services, 0 if none. */
    int minimumVersion(String binary);

    /** {@code Service.destroy()}: soft delete. */
    void destroy(long id);
}
