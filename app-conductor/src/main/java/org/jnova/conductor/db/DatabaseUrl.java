package org.jnova.conductor.db;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * {@code [database] connection}, an SQLAlchemy-style URL, turned into JDBC settings.
 * Unset means an H2 file under {@code state_path}; {@code postgresql[+driver]://},
 * {@code mysql[+driver]://} and {@code mariadb://} map to PostgreSQL and MariaDB;
 * {@code h2:mem:name} is an in-memory H2 database (tests). Query parameters (e.g. {@code ?charset=utf8})
 * are ignored.
 *
 * @param jdbcUrl  the JDBC URL
 * @param user     may be null
 * @param password may be null
 */
public record DatabaseUrl(Dialect dialect, String jdbcUrl, String user, String password) {
    public static final String OPTION = "[database] connection";
    /**
     * Concurrent saves of one row wait for each other instead of failing after H2's default second;
     * each session keeps its parsed statements (the repositories use a few dozen distinct ones, and
     * H2's default cache of 8 re-parsed most of them on every call).
     */
    private static final String H2_SETTINGS = ";LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=128";

    /** Parses the option; {@code statePath} is used only when it is unset. */
    public static DatabaseUrl parse(String connection, Path statePath) {
        if (connection == null || connection.isBlank()) {
            Path file = statePath.resolve("jnova").toAbsolutePath();
            return new DatabaseUrl(Dialect.H2, "jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE" + H2_SETTINGS,
                    "sa", "");
        }
        String url = connection.trim();
        if (url.startsWith("h2:mem:")) {
            return new DatabaseUrl(Dialect.H2, "jdbc:" + url + ";DB_CLOSE_DELAY=-1" + H2_SETTINGS, "sa", "");
        }
        int schemeEnd = url.indexOf("://");
        if (schemeEnd < 0) {
            throw invalid(connection, "it is not of the form scheme://user:password@host:port/database");
        }
        String scheme = url.substring(0, schemeEnd);
        String driverless = scheme.contains("+") ? scheme.substring(0, scheme.indexOf('+')) : scheme;
        Dialect dialect;
        String jdbcScheme;
        int defaultPort;
        switch (driverless) {
            case "postgresql", "postgres" -> {
                dialect = Dialect.POSTGRESQL;
                jdbcScheme = "jdbc:postgresql://";
                defaultPort = 5432;
            }
            case "mysql", "mariadb" -> {
                dialect = Dialect.MARIADB;
                jdbcScheme = "jdbc:mariadb://";
                defaultPort = 3306;
            }
            default -> throw invalid(connection, "the scheme '" + scheme
                    + "' is not supported (use postgresql://, mysql://, mariadb:// or leave it unset for H2)");
        }
        String rest = url.substring(schemeEnd + 3);
        int query = rest.indexOf('?');
        if (query >= 0) {
            rest = rest.substring(0, query);
        }
        int slash = rest.indexOf('/');
        if (slash < 0 || slash == rest.length() - 1) {
            throw invalid(connection, "it names no database (…/<database>)");
        }
        String authority = rest.substring(0, slash);
        String database = rest.substring(slash + 1);
        String user = null;
        String password = null;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String credentials = authority.substring(0, at);
            authority = authority.substring(at + 1);
            int colon = credentials.indexOf(':');
            user = decode(colon >= 0 ? credentials.substring(0, colon) : credentials);
            password = colon >= 0 ? decode(credentials.substring(colon + 1)) : null;
        }
        if (authority.isEmpty()) {
            throw invalid(connection, "it names no host");
        }
        String hostPort = authority.contains(":") ? authority : authority + ":" + defaultPort;
        return new DatabaseUrl(dialect, jdbcScheme + hostPort + "/" + database, user, password);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static IllegalArgumentException invalid(String value, String why) {
        return new IllegalArgumentException(OPTION + " = '" + value + "' is invalid: " + why);
    }

    /** The URL without the password, for logs. */
    @Override
    public String toString() {
        return dialect + " " + jdbcUrl + (user == null ? "" : " as " + user);
    }
}
