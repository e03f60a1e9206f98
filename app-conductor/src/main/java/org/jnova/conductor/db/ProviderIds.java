package org.jnova.conductor.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jnova.ports.placement.ResourceProviderNotFound;

/**
 * Resource provider uuid to row id, remembered once read: a provider's id never changes and the port never
 * deletes providers, so every claim does not have to look it up again.
 */
final class ProviderIds {
    private final Map<String, Long> ids = new ConcurrentHashMap<>();

    /** The provider's id; {@link ResourceProviderNotFound} if there is none with this uuid. */
    long of(Connection c, String uuid) throws SQLException {
        Long known = ids.get(uuid);
        if (known != null) {
            return known;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM resource_providers WHERE uuid = ?")) {
            Jdbc.bind(ps, uuid);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new ResourceProviderNotFound(uuid);
                }
                ids.put(uuid, rs.getLong(1));
                return rs.getLong(1);
            }
        }
    }
}
