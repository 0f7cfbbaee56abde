package atlas.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A few plain JDBC connections, each keeping its prepared statements, for the one read that runs
 * on every keystroke: the patient list. Going through EclipseLink cost about 0.15 ms a query on top
 * of the SQL (2 to 3 times the hand-written query); these reads need no entities, no cache and no
 * transaction, so they skip it. Writes always go through EclipseLink.
 */
public final class ListConnections implements AutoCloseable {

    /** Enough for the search job and a page loader running at once. */
    static final int SIZE = 2;

    /** A unit of work on one connection's cached statement. */
    public interface Read<T> {
        T apply(PreparedStatement statement) throws SQLException;
    }

    /** Opens a new read-only connection to the clinical database. */
    interface Opener {
        Connection open() throws SQLException;
    }

    private final Opener opener;
    private final BlockingQueue<Pooled> idle = new ArrayBlockingQueue<>(SIZE);
    private int created;
    private boolean closed;

    ListConnections(Opener opener) {
        this.opener = opener;
    }

    /** Runs {@code read} on the statement for {@code sql}, prepared once per connection. */
    <T> T read(String sql, Read<T> read) throws SQLException, InterruptedException {
        Pooled pooled = take();
        boolean healthy = false;
        try {
            T result = read.apply(pooled.statement(sql));
            healthy = true;
            return result;
        } finally {
            give(pooled, healthy);
        }
    }

    private synchronized Pooled newOrNull() throws SQLException {
        if (closed) {
            throw new SQLException("the clinical database is closed");
        }
        if (created < SIZE) {
            created++;
            return new Pooled(opener.open());
        }
        return null;
    }

    private Pooled take() throws SQLException, InterruptedException {
        Pooled pooled = idle.poll();
        if (pooled == null) {
            pooled = newOrNull();
        }
        return pooled != null ? pooled : idle.take();
    }

    private void give(Pooled pooled, boolean healthy) {
        synchronized (this) {
            if (healthy && !closed && idle.offer(pooled)) {
                return;
            }
            created--;
        }
        pooled.close(); // after an error the connection may be broken: open a fresh one next time
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        for (Pooled pooled = idle.poll(); pooled != null; pooled = idle.poll()) {
            pooled.close();
        }
    }

    private static final class Pooled {
        private final Connection connection;
        private final Map<String, PreparedStatement> statements = new HashMap<>();

        Pooled(Connection connection) {
            this.connection = connection;
        }

        PreparedStatement statement(String sql) throws SQLException {
            PreparedStatement statement = statements.get(sql);
            if (statement == null) {
                statement = connection.prepareStatement(sql);
                statements.put(sql, statement);
            }
            return statement;
        }

        void close() {
            try {
                connection.close();
            } catch (SQLException e) {
                // closing anyway
            }
        }
    }
}
