package atlas.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import atlas.core.store.StoreException;
import atlas.core.store.StoreProblem;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;

/**
 * The ways into the database as it was opened - with its file key when encrypted -: plain JDBC
 * connections, the list's pooled read-only ones, and the EclipseLink factory; and what a
 * failure of the driver means, in the store's words.
 */
final class DatabaseConnections {

    private final DatabaseSettings settings;
    /** The settings the database was opened with (with the file key when encrypted). */
    private volatile DatabaseSettings opened;

    DatabaseConnections(DatabaseSettings settings) {
        this.settings = settings;
    }

    /** From now on, connect as the opening said (the file key prepared). */
    void opened(DatabaseSettings with) {
        opened = with;
    }

    /** A plain JDBC connection, made with the driver this bundle imports (see JpaClinicalDatabase). */
    Connection connect(boolean readOnly) throws SQLException {
        DatabaseSettings with = opened;
        java.sql.Driver driver = with.isEmbedded() ? new org.h2.Driver() : new org.postgresql.Driver();
        String url = readOnly && with.isEmbedded() ? with.jdbcUrl() + ";ACCESS_MODE_DATA=r" : with.jdbcUrl();
        Connection connection = driver.connect(url, with.credentials());
        if (connection == null) {
            throw new SQLException("No JDBC driver accepts " + settings.location());
        }
        if (readOnly) {
            connection.setReadOnly(true);
        }
        return connection;
    }

    /** A driver's failure in the store's words. */
    StoreException translate(SQLException e) {
        // H2: 90020 "database may be already in use" (another process holds the file lock).
        if (e.getErrorCode() == 90020) {
            return new StoreException(StoreProblem.DATABASE_IN_USE, settings.location(), e);
        }
        // H2: 90049 "encryption error": the file does not open with this key.
        if (e.getErrorCode() == 90049) {
            return new StoreException(StoreProblem.KEY_NOT_OPENED, settings.location(), e);
        }
        // PostgreSQL connection failures carry SQL state class 08.
        if (!settings.isEmbedded() && e.getSQLState() != null && e.getSQLState().startsWith("08")) {
            return new StoreException(StoreProblem.SERVER_UNREACHABLE, settings.location(), e);
        }
        return new StoreException(StoreProblem.DATABASE_UNREADABLE, settings.location(), e);
    }

    /** EclipseLink's factory for the database as opened. */
    EntityManagerFactory newFactory() throws StoreException {
        try {
            return PersistenceUnit.open(opened, Map.of());
        } catch (PersistenceException e) {
            SQLException sql = SqlErrors.find(e);
            throw sql != null ? translate(sql) : new StoreException(StoreProblem.DATABASE_UNREADABLE, settings.location(), e);
        }
    }

    /** The patient list's pool of read-only connections. */
    ListConnections newListConnections() {
        return new ListConnections(() -> {
            Connection connection = connect(false);
            connection.setReadOnly(true);
            return connection;
        });
    }

    /** H2's share of live data in the file's chunks, in percent; -1 while closed (no connections). */
    int chunksFillRate(ListConnections connections) throws StoreException {
        if (connections == null) {
            return -1;
        }
        try {
            return connections.read("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                    + " WHERE SETTING_NAME = 'info.CHUNKS_FILL_RATE'", statement -> {
                        try (java.sql.ResultSet row = statement.executeQuery()) {
                            return row.next() ? Integer.parseInt(row.getString(1).trim()) : -1;
                        }
                    });
        } catch (SQLException e) {
            throw translate(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
