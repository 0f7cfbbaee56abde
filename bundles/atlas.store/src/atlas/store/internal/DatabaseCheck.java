package atlas.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import atlas.core.audit.AuditVerification;
import atlas.store.internal.audit.AuditChainCheck;

/**
 * Reads a whole embedded database: every row of every table with every column, then every entry of
 * every index through that index, and checks the audit chain. A damaged page anywhere - in a
 * patient's notes, in an index, in the audit trail - fails here, not months later when someone
 * opens that record. A restore replaces nothing until its copy passed this (issue 14, finding 3).
 */
public final class DatabaseCheck {

    /** What was read: tables, rows, index entries, and the audit chain's verdict (null: no audit trail). */
    public record Result(int tables, long rows, long indexEntries, AuditVerification chain) {
    }

    private DatabaseCheck() {
    }

    /**
     * @throws SQLException when a page cannot be read (H2: "File corrupted ..."), or an index holds
     *                      another number of entries than its table
     */
    public static Result check(Connection connection) throws SQLException {
        Map<String, List<Index>> tables = tables(connection);
        long rows = 0;
        long indexEntries = 0;
        for (Map.Entry<String, List<Index>> table : tables.entrySet()) {
            long tableRows = readAll(connection, "SELECT * FROM " + quoted(table.getKey()));
            rows += tableRows;
            for (Index index : table.getValue()) {
                String columns = String.join(", ", index.columns().stream().map(DatabaseCheck::quoted).toList());
                long entries = readAll(connection, "SELECT " + columns + " FROM " + quoted(table.getKey()) + " USE INDEX ("
                        + quoted(index.name()) + ") ORDER BY " + columns);
                if (entries != tableRows) {
                    throw new SQLException("index " + index.name() + " of " + table.getKey() + " holds " + entries
                            + " entries for " + tableRows + " rows");
                }
                indexEntries += entries;
            }
        }
        AuditVerification chain = tables.containsKey("AUDIT_EVENT") && tables.containsKey("AUDIT_CHAIN")
                ? AuditChainCheck.verify(connection) : null;
        return new Result(tables.size(), rows, indexEntries, chain);
    }

    private record Index(String name, List<String> columns) {
    }

    /** The application's tables and their secondary indexes (the primary key is the table itself). */
    private static Map<String, List<Index>> tables(Connection connection) throws SQLException {
        Map<String, List<Index>> tables = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME");
                ResultSet names = statement.executeQuery()) {
            while (names.next()) {
                tables.put(names.getString(1), new ArrayList<>());
            }
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT I.TABLE_NAME, I.INDEX_NAME, C.COLUMN_NAME"
                + " FROM INFORMATION_SCHEMA.INDEXES I JOIN INFORMATION_SCHEMA.INDEX_COLUMNS C"
                + " ON C.INDEX_SCHEMA = I.INDEX_SCHEMA AND C.INDEX_NAME = I.INDEX_NAME AND C.TABLE_NAME = I.TABLE_NAME"
                + " WHERE I.TABLE_SCHEMA = 'PUBLIC' AND I.INDEX_TYPE_NAME <> 'PRIMARY KEY'"
                + " ORDER BY I.TABLE_NAME, I.INDEX_NAME, C.ORDINAL_POSITION");
                ResultSet columns = statement.executeQuery()) {
            Index current = null;
            while (columns.next()) {
                List<Index> indexes = tables.get(columns.getString(1));
                if (indexes == null) {
                    continue;
                }
                if (current == null || !current.name().equals(columns.getString(2))) {
                    current = new Index(columns.getString(2), new ArrayList<>());
                    indexes.add(current);
                }
                current.columns().add(columns.getString(3));
            }
        }
        return tables;
    }

    /** Runs the query and reads every column of every row; returns the rows. */
    private static long readAll(Connection connection, String sql) throws SQLException {
        long rows = 0;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(1000);
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    for (int column = 1; column <= columns; column++) {
                        result.getObject(column);
                    }
                    rows++;
                }
            }
        }
        return rows;
    }

    private static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
