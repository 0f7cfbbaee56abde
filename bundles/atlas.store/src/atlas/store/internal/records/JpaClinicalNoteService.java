package atlas.store.internal.records;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import atlas.api.validation.FieldError;
import atlas.core.audit.AuditAction;
import atlas.core.note.ClinicalNote;
import atlas.core.note.ClinicalNoteService;
import atlas.core.note.NoteAddendum;
import atlas.core.store.SignedRecordException;
import atlas.core.security.Permission;
import atlas.core.security.Session;
import atlas.core.store.ClinicalDatabase;
import atlas.core.store.StoreException;
import atlas.core.validation.FieldRules;
import atlas.store.internal.audit.AuditLog;

/** SOAP notes on the clinical database. */
@Component(service = ClinicalNoteService.class)
public class JpaClinicalNoteService extends RecordService implements ClinicalNoteService {

    static final String RECORD_TYPE = "ClinicalNote";

    @Activate
    public JpaClinicalNoteService(@Reference(name = "database") ClinicalDatabase database,
            @Reference(name = "session") Session session) {
        super(database, session);
    }

    @Override
    public ClinicalNote saveDraft(ClinicalNote note) throws StoreException {
        require(Permission.CLINICAL_WRITE);
        return database.write(em -> {
            EpisodeClosure.requireOpenVisit(em, note.getVisitId());
            if (note.getId() == null) {
                return Records.create(em, note, note.validate(), RECORD_TYPE, ClinicalNote::getId, note.getPatientId(),
                        null);
            }
            ClinicalNote stored = Records.existing(em, ClinicalNote.class, note.getId(), "Note");
            if (stored.isSigned()) {
                throw new SignedRecordException("This note", "add an addendum instead");
            }
            return Records.update(em, note, note.validate(), RECORD_TYPE, ClinicalNote::getId, note.getPatientId(),
                    "This note");
        });
    }

    @Override
    public ClinicalNote sign(long noteId, long clinicianId) throws StoreException {
        require(Permission.SIGN);
        return database.write(em -> {
            ClinicalNote note = Records.existing(em, ClinicalNote.class, noteId, "Note");
            EpisodeClosure.requireOpenVisit(em, note.getVisitId());
            if (note.isSigned()) {
                throw new SignedRecordException("This note", "add an addendum instead");
            }
            note.markSigned(clinicianId, Instant.now());
            atlas.core.episode.Visit visit = em.find(atlas.core.episode.Visit.class, note.getVisitId());
            if (visit != null) {
                visit.complete(); // the session is given: it counts against the referral
            }
            AuditLog.append(em, AuditAction.SIGN, RECORD_TYPE, note.getId(), note.getPatientId(), null);
            return note;
        });
    }

    @Override
    public NoteAddendum addAddendum(long noteId, long clinicianId, String text) throws StoreException {
        require(Permission.CLINICAL_WRITE);
        return database.write(em -> {
            ClinicalNote note = Records.existing(em, ClinicalNote.class, noteId, "Note");
            NoteAddendum addendum = new NoteAddendum(noteId, clinicianId, Instant.now(), text);
            List<FieldError> errors = new ArrayList<>(addendum.validate());
            if (!note.isSigned()) {
                errors.addAll(new FieldRules().add("noteId", "Note", "note.addendumToDraft").errors());
            }
            return Records.create(em, addendum, errors, "NoteAddendum", NoteAddendum::getId,
                    note.getPatientId(), "to note " + noteId);
        });
    }

    @Override
    public Optional<ClinicalNote> noteOfVisit(long visitId) throws StoreException {
        require(Permission.CLINICAL_READ);
        return database.read(em -> em.createQuery("SELECT n FROM ClinicalNote n WHERE n.visitId = :visit ORDER BY n.id",
                ClinicalNote.class).setParameter("visit", visitId).getResultStream().findFirst());
    }

    @Override
    public List<NoteAddendum> addendaOf(long noteId) throws StoreException {
        require(Permission.CLINICAL_READ);
        return database.read(em -> em.createQuery(
                "SELECT a FROM NoteAddendum a WHERE a.noteId = :note ORDER BY a.writtenAtMillis, a.id", NoteAddendum.class)
                .setParameter("note", noteId).getResultList());
    }

    @Override
    public List<ClinicalNote> notesOf(long patientId) throws StoreException {
        require(Permission.CLINICAL_READ);
        return database.read(em -> em.createQuery(
                "SELECT n FROM ClinicalNote n WHERE n.patientId = :patient ORDER BY n.visitId, n.id", ClinicalNote.class)
                .setParameter("patient", patientId).getResultList());
    }
}
