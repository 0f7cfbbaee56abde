package atlas.store.internal;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

/**
 * The databases store tests run against: a real H2 file in a temporary folder, and a fresh schema
 * on the real PostgreSQL server that releng/test.sh starts on loopback.
 */
final class TestDatabases {

    /** JDBC URL of the PostgreSQL test server; empty when none was started. */
    static final String POSTGRES_URL = System.getProperty("atlas.test.postgres.url", "");
    static final String POSTGRES_USER = "atlas";

    private TestDatabases() {
    }

    static DatabaseSettings h2(Path dataFolder) {
        return DatabaseSettings.embedded(dataFolder);
    }

    /**
     * A new, empty schema on the test server, so every test starts from nothing. Without a server
     * the test is skipped, or fails where CI requires PostgreSQL (atlas.test.postgres.required=1).
     */
    static DatabaseSettings freshPostgresSchema(Path dataFolder) throws SQLException {
        if (!POSTGRES_URL.startsWith("jdbc:postgresql:")) {
            if ("1".equals(System.getProperty("atlas.test.postgres.required"))) {
                fail("PostgreSQL tests are required but no server was given (atlas.test.postgres.url)");
            }
            Assumptions.abort("no PostgreSQL test server; releng/test.sh starts one");
        }
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        try (Connection connection = connectPostgres(POSTGRES_URL);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        return DatabaseSettings.server(dataFolder, POSTGRES_URL + "?currentSchema=" + schema, POSTGRES_USER, "");
    }

    static Connection connectPostgres(String url) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", POSTGRES_USER);
        credentials.setProperty("password", "");
        return new org.postgresql.Driver().connect(url, credentials);
    }
}
