package atlas.benchmarks;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import atlas.core.audit.AuditEvent;
import atlas.store.internal.DatabaseSettings;
import atlas.store.internal.audit.JpaAuditTrail;
import atlas.store.internal.JpaClinicalDatabase;
import atlas.store.internal.access.JpaUserService;

/**
 * The read-back of the product-level command line test (releng/atlas.product.tests): opens a data
 * folder with a user's sign-in, as Atlas does, and prints the newest audit entries, one
 * {@code key=value} per line: {@code entries} (how many are printed), then {@code entry1} (the
 * newest), {@code entry2}, ... each as {@code actor|action|detail}, and {@code chainIntact}.
 * <p>
 * Usage: {@code StoredAudit DATA_FOLDER USER PASSWORD HOW_MANY}. The sign-in of this read-back is
 * itself an entry: it is left out.
 */
public final class StoredAudit {

    private StoredAudit() {
    }

    public static void main(String[] args) throws Exception {
        JpaClinicalDatabase database = JpaClinicalDatabase.on(DatabaseSettings.embedded(Path.of(args[0])));
        try {
            new JpaUserService(database, BenchSession.of(database)).signIn(args[1], args[2].toCharArray(), Instant.now());
            int howMany = Integer.parseInt(args[3]);
            List<AuditEvent> newest = database.read(em -> em.createQuery(
                    "SELECT e FROM AuditEvent e ORDER BY e.sequence DESC", AuditEvent.class)
                    .setMaxResults(howMany + 1).getResultList());
            List<AuditEvent> before = newest.subList(Math.min(1, newest.size()), newest.size());
            System.out.println("entries=" + before.size());
            for (int i = 0; i < before.size(); i++) {
                AuditEvent entry = before.get(i);
                System.out.println("entry" + (i + 1) + "=" + entry.getActor() + "|" + entry.getAction() + "|"
                        + (entry.getDetail() == null ? "" : entry.getDetail().replace('\n', ' ')));
            }
            System.out.println("chainIntact=" + new JpaAuditTrail(database, BenchSession.of(database)).verify().intact());
        } finally {
            database.close();
        }
    }
}
