package atlas.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

import atlas.core.store.StoreException;
import atlas.core.store.StoreProblem;

/** Brings a database to {@link SchemaVersion#CURRENT} by running the Liquibase change log. */
public final class SchemaMigrations {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrations.class);
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
            // Liquibase's own class loader, which also finds this bundle's Java change sets (NameKeys)
            Scope.child(java.util.Map.of(Scope.Attr.ui.name(), new LoggerUIService(), Scope.Attr.classLoader.name(),
                    withChangeSets(Scope.getCurrentScope().getClassLoader())),
                    () -> liquibase.update(new Contexts(), new LabelExpression()));
        } catch (LiquibaseException e) {
            throw e;
        } catch (Exception e) {
            throw new LiquibaseException(e);
        }
    }

    /**
     * Liquibase's class loader (its commands and services are found through it) that falls back
     * to this bundle's for the classes a change set names; in OSGi Liquibase cannot see them.
     */
    private static ClassLoader withChangeSets(ClassLoader liquibase) {
        ClassLoader store = SchemaMigrations.class.getClassLoader();
        return new ClassLoader(liquibase) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                return store.loadClass(name);
            }
        };
    }

    private static ResourceAccessor changeLogResources() {
        Bundle bundle = FrameworkUtil.getBundle(SchemaMigrations.class);
        return bundle != null ? new OSGiResourceAccessor(bundle)
                : new ClassLoaderResourceAccessor(SchemaMigrations.class.getClassLoader());
    }

    /** A connection to the database being opened: read-only, or to write. */
    interface Connections {
        Connection connect(boolean readOnly) throws SQLException;
    }

    /**
     * Migrates the database to {@link SchemaVersion#CURRENT}, or refuses one a newer Atlas wrote
     * (left byte for byte as it was: an embedded file is first read read-only).
     */
    static void bringUpToDate(DatabaseSettings settings, Connections connections,
            java.util.function.Function<SQLException, StoreException> translate, String location) throws StoreException {
        int found = storedVersion(settings, connections, translate);
        refuseNewer(found, location);
        if (found == SchemaVersion.CURRENT) {
            return;
        }
        try (Connection connection = connections.connect(false)) {
            if (!settings.isEmbedded()) {
                // Workstations starting together on a new server must not migrate at the same
                // time (Liquibase's own lock table does not exist yet): a session-level advisory
                // lock lets one migrate while the others wait, then they find the work done.
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SELECT pg_advisory_lock(" + JpaClinicalDatabase.MIGRATION_LOCK_KEY + ")");
                }
                found = SchemaVersion.read(connection);
                refuseNewer(found, location);
                if (found == SchemaVersion.CURRENT) {
                    return;
                }
            }
            LOG.info("Migrating database schema from version {} to {}", found, SchemaVersion.CURRENT);
            migrate(connection);
        } catch (SQLException e) {
            throw translate.apply(e);
        } catch (LiquibaseException e) {
            throw new StoreException(StoreProblem.DATABASE_UNREADABLE, location, e);
        }
    }

    private static void refuseNewer(int found, String location) throws StoreException {
        if (found > SchemaVersion.CURRENT) {
            LOG.error("Database schema version {} is newer than this Atlas supports ({})", found, SchemaVersion.CURRENT);
            throw new StoreException(StoreProblem.DATABASE_TOO_NEW, location);
        }
    }

    private static int storedVersion(DatabaseSettings settings, Connections connections,
            java.util.function.Function<SQLException, StoreException> translate) throws StoreException {
        if (settings.isEmbedded() && !java.nio.file.Files.exists(settings.databaseFile())) {
            return 0;
        }
        try (Connection connection = connections.connect(true)) {
            return SchemaVersion.read(connection);
        } catch (SQLException e) {
            throw translate.apply(e);
        }
    }
}
