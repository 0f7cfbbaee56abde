package atlas.benchmarks;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import atlas.core.audit.AuditVerification;
import atlas.core.note.ClinicalNote;
import atlas.store.internal.DatabaseSettings;
import atlas.store.internal.JpaAuditTrail;
import atlas.store.internal.JpaClinicalDatabase;
import atlas.store.internal.JpaUserService;

/**
 * The read-back of the product-level crash test (releng/atlas.product.tests): opens a data folder
 * as a start of Atlas does (the user's sign-in opens the encrypted database) and prints what is
 * stored of one draft note and of the audit trail, one {@code key=value} per line:
 * {@code version}, {@code subjective}, {@code noteEntries} (audit entries of the note),
 * {@code auditHead}, {@code chainIntact} and {@code chainProblem}.
 * <p>
 * Usage: {@code StoredDraft DATA_FOLDER USER PASSWORD NOTE_ID}. The text printed is the test's own
 * typing (synthetic words), never a patient's.
 */
public final class StoredDraft {

    private StoredDraft() {
    }

    public static void main(String[] args) throws Exception {
        JpaClinicalDatabase database = new JpaClinicalDatabase(DatabaseSettings.embedded(Path.of(args[0])));
        try {
            new JpaUserService(database).signIn(args[1], args[2].toCharArray(), Instant.now());
            long noteId = Long.parseLong(args[3]);
            Optional<ClinicalNote> note = database.read(em -> Optional.ofNullable(em.find(ClinicalNote.class, noteId)));
            long entries = database.read(em -> em.createQuery("SELECT COUNT(e) FROM AuditEvent e"
                    + " WHERE e.recordType = 'ClinicalNote' AND e.recordId = :id", Long.class)
                    .setParameter("id", noteId).getSingleResult());
            long head = database.read(em -> em.createQuery("SELECT MAX(e.sequence) FROM AuditEvent e", Long.class)
                    .getSingleResult());
            AuditVerification chain = new JpaAuditTrail(database).verify();
            System.out.println("version=" + note.map(ClinicalNote::getVersion).orElse(0L));
            System.out.println("subjective=" + note.map(ClinicalNote::getSubjective).filter(text -> text != null).orElse(""));
            System.out.println("noteEntries=" + entries);
            System.out.println("auditHead=" + head);
            System.out.println("chainIntact=" + chain.intact());
            System.out.println("chainProblem=" + chain.problem());
        } finally {
            database.close();
        }
    }
}
