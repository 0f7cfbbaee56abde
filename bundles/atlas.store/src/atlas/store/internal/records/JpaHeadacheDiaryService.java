package atlas.store.internal.records;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import atlas.core.audit.AuditAction;
import atlas.core.diary.HeadacheDiaryEntry;
import atlas.core.diary.HeadacheDiaryService;
import atlas.core.security.Permission;
import atlas.core.security.Session;
import atlas.core.store.ClinicalDatabase;
import atlas.core.store.StoreException;
import atlas.api.validation.FieldError;
import atlas.core.validation.FieldRules;
import atlas.core.validation.ValidationException;
import atlas.store.internal.audit.AuditLog;

/** The headache diary on the clinical database. */
@Component(service = HeadacheDiaryService.class)
public class JpaHeadacheDiaryService extends RecordService implements HeadacheDiaryService {

    static final String RECORD_TYPE = "HeadacheDiaryEntry";
    private static final int REASON_MAX = 300;

    @Activate
    public JpaHeadacheDiaryService(@Reference(name = "database") ClinicalDatabase database,
            @Reference(name = "session") Session session) {
        super(database, session);
    }

    @Override
    public HeadacheDiaryEntry record(HeadacheDiaryEntry entry) throws StoreException {
        require(Permission.CLINICAL_WRITE);
        return recordAll(List.of(entry)).get(0);
    }

    @Override
    public List<HeadacheDiaryEntry> recordAll(List<HeadacheDiaryEntry> entries) throws StoreException {
        require(Permission.CLINICAL_WRITE);
        LocalDateTime now = LocalDateTime.now();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String row = entries.size() == 1 ? "" : "Entry " + (i + 1) + ": ";
            for (FieldError error : entries.get(i).validate(now)) {
                errors.add(new FieldError(error.field(), row + error.label(), error.message()));
            }
        }
        ValidationException.throwIfAny(errors);
        return database.write(em -> {
            for (HeadacheDiaryEntry entry : entries) {
                Records.create(em, entry, List.of(), RECORD_TYPE, HeadacheDiaryEntry::getId, entry.getPatientId(),
                        entry.getStartsAt().toString());
            }
            return entries;
        });
    }

    @Override
    public HeadacheDiaryEntry update(HeadacheDiaryEntry entry) throws StoreException {
        require(Permission.CLINICAL_WRITE);
        return database.write(em -> Records.update(em, entry, entry.validate(LocalDateTime.now()), RECORD_TYPE,
                HeadacheDiaryEntry::getId, entry.getPatientId(), "The diary entry of " + entry.getStartsAt()));
    }

    @Override
    public void remove(long entryId, String reason) throws StoreException {
        require(Permission.CLINICAL_WRITE);
        String why = reason == null ? null : reason.strip();
        ValidationException.throwIfAny(new FieldRules().requiredText("reason", "Reason", why, REASON_MAX).errors());
        database.write(em -> {
            HeadacheDiaryEntry entry = Records.existing(em, HeadacheDiaryEntry.class, entryId, "Diary entry");
            em.remove(entry);
            // what the entry said stays readable in the audit trail, with why it went
            AuditLog.append(em, AuditAction.REMOVE, RECORD_TYPE, entryId, entry.getPatientId(), entry.getStartsAt()
                    + ", " + entry.getDurationMinutes() + " min, intensity " + entry.getIntensity() + ": " + why);
            return null;
        });
    }

    @Override
    public List<HeadacheDiaryEntry> entries(long patientId, LocalDate from, LocalDate to) throws StoreException {
        require(Permission.CLINICAL_READ);
        return database.read(em -> em.createQuery("SELECT d FROM HeadacheDiaryEntry d WHERE d.patientId = :patient "
                + "AND d.startsAt >= :from AND d.startsAt < :to ORDER BY d.startsAt, d.id", HeadacheDiaryEntry.class)
                .setParameter("patient", patientId).setParameter("from", from.atStartOfDay())
                .setParameter("to", to.plusDays(1).atStartOfDay()).getResultList());
    }
}
