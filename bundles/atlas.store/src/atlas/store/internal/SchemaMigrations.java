package atlas.store.internal;

import java.sql.Connection;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.OSGiResourceAccessor;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.ui.LoggerUIService;

/** Brings a database to {@link SchemaVersion#CURRENT} by running the Liquibase change log. */
final class SchemaMigrations {

    static final String CHANGE_LOG = "db/changelog.yaml";

    private SchemaMigrations() {
    }

    /**
     * Runs every change set the database has not seen yet, each in its own transaction. The
     * connection stays open; Liquibase does not close it.
     */
    static void migrate(Connection connection) throws LiquibaseException {
        Database database = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(connection));
        @SuppressWarnings("deprecation") // the Liquibase facade is the documented embedding API of 4.x
        Liquibase liquibase = new Liquibase(CHANGE_LOG, changeLogResources(), database);
        // Progress and the summary go to the log file, not to the console of a desktop program.
        liquibase.setShowSummaryOutput(UpdateSummaryOutputEnum.LOG);
        try {
            Scope.child(Scope.Attr.ui.name(), new LoggerUIService(),
                    () -> liquibase.update(new Contexts(), new LabelExpression()));
        } catch (LiquibaseException e) {
            throw e;
        } catch (Exception e) {
            throw new LiquibaseException(e);
        }
    }

    private static ResourceAccessor changeLogResources() {
        Bundle bundle = FrameworkUtil.getBundle(SchemaMigrations.class);
        return bundle != null ? new OSGiResourceAccessor(bundle)
                : new ClassLoaderResourceAccessor(SchemaMigrations.class.getClassLoader());
    }
}
