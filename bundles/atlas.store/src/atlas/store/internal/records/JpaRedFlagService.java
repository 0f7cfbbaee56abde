package atlas.store.internal.records;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import atlas.core.redflag.RedFlagGate;
import atlas.core.redflag.RedFlagScreening;
import atlas.core.redflag.RedFlagService;
import atlas.core.security.Permission;
import atlas.core.security.Session;
import atlas.core.store.ClinicalDatabase;
import atlas.core.store.StoreException;
import atlas.core.validation.FieldRules;
import atlas.store.internal.audit.AuditLog;

/** Red-flag screenings on the clinical database. */
@Component(service = RedFlagService.class)
public class JpaRedFlagService extends RecordService implements RedFlagService {

    static final String RECORD_TYPE = "RedFlagScreening";

    @Activate
    public JpaRedFlagService(@Reference(name = "database") ClinicalDatabase database,
            @Reference(name = "session") Session session) {
        super(database, session);
    }

    @Override
    public RedFlagScreening record(RedFlagScreening screening) throws StoreException {
        require(Permission.CLINICAL_WRITE);
        return database.write(em -> Records.create(em, screening, screening.validate(), RECORD_TYPE,
                RedFlagScreening::getId, screening.getPatientId(), screening.getPositiveFlags()));
    }

    @Override
    public List<RedFlagScreening> openFlags(long patientId) throws StoreException {
        require(Permission.CLINICAL_READ);
        return database.read(em -> em.createQuery("SELECT s FROM RedFlagScreening s WHERE s.patientId = :patient "
                + "AND s.acknowledgedAtMillis IS NULL ORDER BY s.screenedAt", RedFlagScreening.class)
                .setParameter("patient", patientId).getResultList())
                .stream().filter(RedFlagScreening::isOpen).collect(Collectors.toList());
    }

    @Override
    public RedFlagGate.Clearance clearance(long episodeId) throws StoreException {
        require(Permission.CLINICAL_READ);
        return database.read(em -> RedFlagClearance.of(em, episodeId));
    }

    @Override
    public RedFlagScreening acknowledge(long screeningId, long clinicianId, String note) throws StoreException {
        require(Permission.CLINICAL_WRITE);
        return database.write(em -> {
            RedFlagScreening screening = Records.existing(em, RedFlagScreening.class, screeningId, "Red-flag screening");
            atlas.core.validation.ValidationException.throwIfAny(new FieldRules()
                    .requiredText("acknowledgement", "Acknowledgement note", note, 1000).errors());
            screening.acknowledge(clinicianId, Instant.now(), note);
            AuditLog.append(em, atlas.core.audit.AuditAction.UPDATE, RECORD_TYPE, screening.getId(),
                    screening.getPatientId(), "acknowledged");
            return screening;
        });
    }
}
