package atlas.store.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The schema version a database was last migrated to, kept in ATLAS_SCHEMA by the migrations.
 * Read before migrating, with a plain query that writes nothing, so that a database from a newer
 * Atlas is refused untouched.
 */
public final class SchemaVersion {

    /** The version the migrations in db/changelog.yaml bring a database to. */
    public static final int CURRENT = 20;

    private SchemaVersion() {
    }

    /** The stored version, or 0 for a new, empty database. */
    public static int read(Connection connection) throws SQLException {
        if (!hasSchemaTable(connection)) {
            return 0;
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT MAX(SCHEMA_VERSION) FROM ATLAS_SCHEMA")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    private static boolean hasSchemaTable(Connection connection) throws SQLException {
        // H2 stores unquoted names in upper case, PostgreSQL in lower case. Only the connection's
        // own schema counts: a shared server may hold other databases' tables.
        String schema = connection.getSchema();
        for (String name : new String[] { "ATLAS_SCHEMA", "atlas_schema" }) {
            try (ResultSet tables = connection.getMetaData().getTables(null, schema, name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
