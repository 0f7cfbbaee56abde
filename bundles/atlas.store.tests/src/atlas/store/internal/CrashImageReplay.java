package atlas.store.internal;

import java.nio.file.Path;
import atlas.store.internal.audit.AuditChainHead;

/**
 * Run by {@link CrashImageTest} in a JVM of its own (under faketime): opens a data folder as Atlas
 * does after its user's sign-in opened the key, reads the end of the audit trail, and closes the
 * database cleanly. Prints {@code auditHead=N}.
 */
public final class CrashImageReplay {

    private CrashImageReplay() {
    }

    public static void main(String[] args) throws Exception {
        JpaClinicalDatabase database = JpaClinicalDatabase.on(DatabaseSettings.embedded(Path.of(args[0])));
        try {
            if (database.needsKey() && !database.encryption().unlock(args[1], args[2].toCharArray())) {
                throw new IllegalStateException("the key does not open with " + args[1] + "'s password");
            }
            database.open();
            System.out.println("auditHead=" + database.read(em -> em.find(AuditChainHead.class, AuditChainHead.ID))
                    .lastSequence());
        } finally {
            database.close();
        }
    }
}
