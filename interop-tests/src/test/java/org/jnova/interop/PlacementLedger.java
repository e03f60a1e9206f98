package org.jnova.interop;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the embedded placement in a shared cell database holds, read over JDBC, against the instances
 * that exist: the test's referee for "no leaked or missing allocations, never above capacity".
 */
final class PlacementLedger {
    private final String jdbcUrl;
    private final String user;

    PlacementLedger(String jdbcUrl, String user) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
    }

    /** Whether the conductor has created the schema (the V4 placement tables included). */
    boolean migrated() {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, "");
             Statement s = c.createStatement()) {
            s.executeQuery("SELECT COUNT(*) FROM inventories").close();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Every way the ledger is wrong, empty when it is right: each (consumer, provider) allocation belongs
     * to a live instance placed on that provider's node and each placed instance has one; each inventory's
     * used amount is the sum of its allocations and within its capacity.
     */
    List<String> problems() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, "")) {
            Set<String> held = pairs(c, "SELECT DISTINCT a.consumer_id, p.uuid FROM allocations a"
                    + " JOIN resource_providers p ON p.id = a.resource_provider_id");
            Set<String> placed = pairs(c, "SELECT i.uuid, n.uuid FROM instances i JOIN compute_nodes n"
                    + " ON n.host = i.host AND n.hypervisor_hostname = i.node AND n.deleted = 0"
                    + " WHERE i.deleted = 0 AND i.host IS NOT NULL");
            for (String h : held) {
                if (!placed.contains(h)) {
                    out.add("leaked allocation " + h);
                }
            }
            for (String p : placed) {
                if (!held.contains(p)) {
                    out.add("missing allocation " + p);
                }
            }
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT p.uuid, i.resource_class, i.used, i.capacity,"
                         + " (SELECT COALESCE(SUM(a.used), 0) FROM allocations a WHERE a.resource_provider_id = p.id"
                         + " AND a.resource_class = i.resource_class) FROM inventories i"
                         + " JOIN resource_providers p ON p.id = i.resource_provider_id")) {
                while (rs.next()) {
                    long used = rs.getLong(3);
                    if (used != rs.getLong(5) || used > rs.getLong(4)) {
                        out.add(rs.getString(1) + " " + rs.getString(2) + " used " + used + " capacity "
                                + rs.getLong(4) + " allocated " + rs.getLong(5));
                    }
                }
            }
        }
        return out;
    }

    /** How many consumers hold allocations. */
    int consumers() throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(DISTINCT consumer_id) FROM allocations")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Set<String> pairs(Connection c, String sql) throws SQLException {
        Set<String> out = new TreeSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1) + " on " + rs.getString(2));
            }
        }
        return out;
    }
}
