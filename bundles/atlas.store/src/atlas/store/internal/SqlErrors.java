package atlas.store.internal;

import java.sql.SQLException;

/** Finds the database's own error under the layers EclipseLink wraps it in. */
public final class SqlErrors {

    /** SQL state of a unique or primary key violation, the same on H2 and PostgreSQL. */
    static final String UNIQUE_VIOLATION = "23505";

    private SqlErrors() {
    }

    static SQLException find(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    public static boolean isUniqueViolation(Throwable error) {
        SQLException sql = find(error);
        return sql != null && UNIQUE_VIOLATION.equals(sql.getSQLState());
    }
}
