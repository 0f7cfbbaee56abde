package atlas.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import atlas.core.patient.PatientQuery;
import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/**
 * Change set 8: recomputes the stored name keys of every patient, since names are now folded for
 * searching ({@link PatientQuery#nameKey}: accents and umlaut spellings). It runs inside the
 * change set's transaction, with the update of the schema version: a crash leaves both undone, and
 * the next start does the whole change set again. Loaded by Liquibase through the class loader
 * {@link SchemaMigrations} puts in its scope, hence public.
 */
public final class NameKeys implements CustomTaskChange {

    private static final Logger LOG = LoggerFactory.getLogger(NameKeys.class);
    private static final int BATCH = 500;

    @Override
    public void execute(Database database) throws CustomChangeException {
        try {
            refold(((JdbcConnection) database.getConnection()).getUnderlyingConnection());
        } catch (SQLException e) {
            throw new CustomChangeException("The patients' search keys could not be refolded: " + e.getMessage(), e);
        }
    }

    static void refold(Connection connection) throws SQLException {
        long started = System.nanoTime();
        int changed = 0;
        try (Statement read = connection.createStatement();
                ResultSet rows = read.executeQuery("SELECT ID, FAMILY_NAME, GIVEN_NAME, FAMILY_NAME_KEY, GIVEN_NAME_KEY "
                        + "FROM PATIENT");
                PreparedStatement write = connection.prepareStatement(
                        "UPDATE PATIENT SET FAMILY_NAME_KEY = ?, GIVEN_NAME_KEY = ? WHERE ID = ?")) {
            while (rows.next()) {
                String family = PatientQuery.nameKey(rows.getString(2));
                String given = PatientQuery.nameKey(rows.getString(3));
                if (family.equals(rows.getString(4)) && given.equals(rows.getString(5))) {
                    continue;
                }
                write.setString(1, family);
                write.setString(2, given);
                write.setLong(3, rows.getLong(1));
                write.addBatch();
                if (++changed % BATCH == 0) {
                    write.executeBatch();
                }
            }
            write.executeBatch();
        }
        LOG.info("Search keys of {} patients refolded in {} ms", changed, (System.nanoTime() - started) / 1_000_000);
    }

    @Override
    public String getConfirmationMessage() {
        return "patients' search keys refolded";
    }

    @Override
    public void setUp() {
        // nothing to prepare
    }

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {
        // reads no files
    }

    @Override
    public ValidationErrors validate(Database database) {
        return new ValidationErrors();
    }
}
