package org.jnova.common.servicegroup;

import java.util.List;
import org.jnova.domain.objects.Service;

/** {@code ServiceList.get_by_topic}: what the DB servicegroup driver needs to list a group's members. */
@FunctionalInterface
public interface ServiceLister {
    List<Service> getByTopic(String topic);
}
