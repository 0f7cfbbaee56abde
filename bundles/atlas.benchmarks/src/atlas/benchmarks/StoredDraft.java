package atlas.benchmarks;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import atlas.core.audit.AuditVerification;
import atlas.core.note.ClinicalNote;
import atlas.store.internal.DatabaseSettings;
import atlas.store.internal.audit.JpaAuditTrail;
import atlas.store.internal.JpaClinicalDatabase;
import atlas.store.internal.access.JpaUserService;

/**
 * The read-back of the product-level crash test (releng/atlas.product.tests): opens a data folder
 * as a start of Atlas does (the user's sign-in opens the encrypted database) and prints what is
 * stored of one draft note and of the audit trail, one {@code key=value} per line:
 * {@code version}, {@code subjective}, {@code noteEntries} (audit entries of the note),
 * {@code auditHead}, {@code chainIntact} and {@code chainProblem}.
 * <p>
 * Usage: {@code StoredDraft DATA_FOLDER USER PASSWORD NOTE_ID [VISIT_ID]} (with the visit: whether it is
 * stored, {@code visitExists}; always the newest note id and the last audit entries, for a failure's diagnosis). The text printed is the test's own
 * typing (synthetic words), never a patient's.
 */
public final class StoredDraft {

    private StoredDraft() {
    }

    public static void main(String[] args) throws Exception {
        JpaClinicalDatabase database = JpaClinicalDatabase.on(DatabaseSettings.embedded(Path.of(args[0])));
        try {
            new JpaUserService(database, BenchSession.of(database)).signIn(args[1], args[2].toCharArray(), Instant.now());
            long noteId = Long.parseLong(args[3]);
            Optional<ClinicalNote> note = database.read(em -> Optional.ofNullable(em.find(ClinicalNote.class, noteId)));
            long entries = database.read(em -> em.createQuery("SELECT COUNT(e) FROM AuditEvent e"
                    + " WHERE e.recordType = 'ClinicalNote' AND e.recordId = :id", Long.class)
                    .setParameter("id", noteId).getSingleResult());
            long head = database.read(em -> em.createQuery("SELECT MAX(e.sequence) FROM AuditEvent e", Long.class)
                    .getSingleResult());
            AuditVerification chain = new JpaAuditTrail(database, BenchSession.of(database)).verify();
            // for a failure's diagnosis: is the visit there, and the newest note of all
            if (args.length > 4) {
                long visitId = Long.parseLong(args[4]);
                System.out.println("visitExists=" + database.read(em -> em.find(atlas.core.episode.Visit.class, visitId) != null));
            }
            System.out.println("newestNote=" + database.read(em -> em.createQuery("SELECT MAX(n.id) FROM ClinicalNote n",
                    Long.class).getSingleResult()));
            System.out.println("auditTail=" + database.read(em -> em.createQuery("SELECT e FROM AuditEvent e"
                    + " ORDER BY e.sequence DESC", atlas.core.audit.AuditEvent.class).setMaxResults(8).getResultList())
                    .stream().map(e -> e.getSequence() + " " + e.getActor() + " " + e.getAction() + " "
                            + e.getRecordType() + " " + e.getRecordId())
                    .collect(java.util.stream.Collectors.joining("; ")));
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
