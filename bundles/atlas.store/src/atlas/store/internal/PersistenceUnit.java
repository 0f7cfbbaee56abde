package atlas.store.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;

import jakarta.persistence.EntityManagerFactory;

/**
 * Atlas's persistence unit (META-INF/persistence.xml) made into an EclipseLink factory for one
 * database: the clinic's, or the private one the sign-in warm-up runs against ({@link SignInWarmUp}).
 */
final class PersistenceUnit {

    static final String NAME = "atlas";

    private PersistenceUnit() {
    }

    /**
     * A factory logged in to the database of {@code opened} (its URL and credentials, with the
     * file key when encrypted); {@code extra} adds or replaces settings.
     */
    static EntityManagerFactory open(DatabaseSettings opened, Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(PersistenceUnitProperties.CLASSLOADER, PersistenceUnit.class.getClassLoader());
        properties.put(PersistenceUnitProperties.JDBC_DRIVER,
                opened.isEmbedded() ? "org.h2.Driver" : "org.postgresql.Driver");
        properties.put(PersistenceUnitProperties.JDBC_URL, opened.jdbcUrl());
        properties.put(PersistenceUnitProperties.JDBC_USER, opened.user());
        properties.put(PersistenceUnitProperties.JDBC_PASSWORD, opened.password());
        properties.put(PersistenceUnitProperties.DDL_GENERATION, PersistenceUnitProperties.NONE);
        // Inserts of one transaction go to the database in JDBC batches; prepared statements are
        // kept per connection, so a repeated search is not prepared again.
        properties.put(PersistenceUnitProperties.BATCH_WRITING, "JDBC");
        properties.put(PersistenceUnitProperties.BATCH_WRITING_SIZE, "100");
        properties.put(PersistenceUnitProperties.CACHE_STATEMENTS, "true");
        if (!opened.isEmbedded()) {
            // Several workstations write to a shared server: never answer from this JVM's cache.
            properties.put(PersistenceUnitProperties.CACHE_SHARED_DEFAULT, "false");
        }
        properties.put(PersistenceUnitProperties.LOGGING_LOGGER, "JavaLogger");
        properties.put(PersistenceUnitProperties.LOGGING_LEVEL, "WARNING");
        properties.putAll(extra);
        EntityManagerFactory created = new PersistenceProvider().createEntityManagerFactory(NAME, properties);
        try {
            // Log in now, on the caller's (background) thread, rather than on the first query.
            created.createEntityManager().close();
            return created;
        } catch (RuntimeException e) {
            created.close();
            throw e;
        }
    }
}
