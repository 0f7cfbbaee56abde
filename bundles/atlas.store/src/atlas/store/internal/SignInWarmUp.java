package atlas.store.internal;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.h2.store.fs.FileUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import atlas.store.internal.access.JpaUserService;
import atlas.store.internal.keys.Argon2Passwords;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * Readies the code of the first sign-in while the sign-in dialog waits for a password. In a JVM
 * that has just started, that code runs interpreted and its classes are not loaded yet: the key's
 * Argon2id took about 430 ms instead of 60-120 ms, and opening the encrypted file with H2 and
 * EclipseLink most of a second (issue 19: Sign In to the list in under 800 ms). So the same code
 * runs once beforehand on nothing of the clinic's: a password checked against a hash no password
 * gives, and Atlas's persistence unit against a private in-memory database encrypted as the file
 * is. No file is touched; each step is skipped once the real opening has begun.
 */
final class SignInWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(SignInWarmUp.class);
    private static final char[] NO_ONES_PASSWORD = "sign-in warm-up".toCharArray();
    /** Where the warm-up's database lives while it runs: H2's in-memory file system, never a disk. */
    static final String IN_MEMORY = "memFS:atlas-sign-in-warm-up-";

    private SignInWarmUp() {
    }

    /**
     * @param opening whether the database has begun to open: then the rest is left undone
     * @return whether every step ran
     */
    static boolean run(BooleanSupplier opening) {
        long started = System.nanoTime();
        try {
            Argon2Passwords.matches(NO_ONES_PASSWORD, Argon2Passwords.unmatchable());
            if (opening.getAsBoolean()) {
                return false;
            }
            inMemory();
            LOG.info("Ready for the first sign-in in {} ms", (System.nanoTime() - started) / 1_000_000);
            return true;
        } catch (RuntimeException e) {
            // only the first sign-in's speed depends on it
            LOG.warn("Readying the first sign-in failed; it will take longer", e);
            return false;
        }
    }

    /**
     * The encrypted file's cipher, EclipseLink's metadata, log-in and JPQL, and H2's engine, on a
     * database in H2's in-memory file system (the tables made from the entities, then dropped
     * with the file).
     */
    private static void inMemory() {
        String file = IN_MEMORY + UUID.randomUUID();
        DatabaseSettings memory = new DatabaseSettings(Path.of(""), "jdbc:h2:" + file + ";CIPHER=AES", "atlas",
                "warm-up warm-up");
        EntityManagerFactory factory = PersistenceUnit.open(memory,
                Map.of(PersistenceUnitProperties.DDL_GENERATION, PersistenceUnitProperties.CREATE_ONLY,
                        PersistenceUnitProperties.DDL_GENERATION_MODE, PersistenceUnitProperties.DDL_DATABASE_GENERATION,
                        PersistenceUnitProperties.LOGGING_LEVEL, "OFF"));
        try {
            EntityManager em = factory.createEntityManager();
            try {
                JpaUserService.find(em, "");
            } finally {
                em.close();
            }
        } finally {
            factory.close();
            FileUtils.deleteRecursive(file + ".mv.db", false);
            FileUtils.deleteRecursive(file + ".trace.db", false);
        }
    }
}
