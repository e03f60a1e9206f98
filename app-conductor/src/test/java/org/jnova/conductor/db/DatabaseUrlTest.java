package org.jnova.conductor.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code [database] connection} URLs as Nova deployments write them, turned into JDBC settings. */
class DatabaseUrlTest {
    private static final Path STATE = Path.of("/var/lib/nova");

    @Test
    void unsetMeansAnH2FileUnderStatePath() {
        DatabaseUrl url = DatabaseUrl.parse(null, STATE);
        assertThat(url.dialect()).isEqualTo(Dialect.H2);
        assertThat(url.jdbcUrl()).startsWith("jdbc:h2:file:/var/lib/nova/jnova;DB_CLOSE_ON_EXIT=FALSE");
        assertThat(DatabaseUrl.parse("  ", STATE).dialect()).isEqualTo(Dialect.H2);
    }

    @Test
    void postgresqlWithAndWithoutDriverName() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql+psycopg2://nova:s%40cret@db.example:5433/nova", STATE);
        assertThat(url.dialect()).isEqualTo(Dialect.POSTGRESQL);
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:5433/nova");
        assertThat(url.user()).isEqualTo("nova");
        assertThat(url.password()).isEqualTo("s@cret");
        assertThat(DatabaseUrl.parse("postgresql://postgres@127.0.0.1/test", STATE).jdbcUrl())
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/test");
    }

    @Test
    void mysqlPymysqlAndMariadbUseTheMariadbDriverAndDropQueryParameters() {
        for (String scheme : new String[] {"mysql", "mysql+pymysql", "mariadb"}) {
            DatabaseUrl url = DatabaseUrl.parse(scheme + "://root@127.0.0.1/nova?charset=utf8", STATE);
            assertThat(url.dialect()).isEqualTo(Dialect.MARIADB);
            assertThat(url.jdbcUrl()).isEqualTo("jdbc:mariadb://127.0.0.1:3306/nova");
            assertThat(url.password()).isNull();
        }
    }

    @Test
    void inMemoryH2ForTests() {
        assertThat(DatabaseUrl.parse("h2:mem:unit", STATE).jdbcUrl()).startsWith("jdbc:h2:mem:unit;DB_CLOSE_DELAY=-1");
    }

    @Test
    void anythingElseIsAClearErrorNamingTheOptionAndValue() {
        assertThatThrownBy(() -> DatabaseUrl.parse("sqlite:////var/lib/nova/nova.sqlite", STATE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[database] connection = 'sqlite:////var/lib/nova/nova.sqlite'")
                .hasMessageContaining("sqlite");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://host", STATE))
                .hasMessageContaining("names no database");
        assertThatThrownBy(() -> DatabaseUrl.parse("nonsense", STATE))
                .hasMessageContaining("[database] connection = 'nonsense' is invalid");
    }
}
