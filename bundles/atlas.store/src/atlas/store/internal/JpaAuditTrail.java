package atlas.store.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import atlas.core.audit.AuditAction;
import atlas.core.audit.AuditChain;
import atlas.core.audit.AuditEvent;
import atlas.core.audit.AuditQuery;
import atlas.core.audit.AuditTrail;
import atlas.core.audit.AuditVerification;
import atlas.core.patient.Patient;
import atlas.core.security.Permission;
import atlas.core.security.Session;
import atlas.core.store.StoreException;
import jakarta.persistence.EntityManager;

/** The audit trail on the clinical database. */
@Component(service = AuditTrail.class)
public class JpaAuditTrail implements AuditTrail {

    /** Entries read at once while verifying; keeps memory flat on a years-long trail. */
    static final int VERIFY_PAGE = 2000;

    @Reference
    private EntityManagers database;

    /** Who is signed in: every call is checked against that user's role (see Permissions). */
    @Reference
    private Session session;

    public JpaAuditTrail() {
    }

    public JpaAuditTrail(EntityManagers database) {
        this.database = database;
    }

    @Override
    public void recordOpened(Patient patient) throws StoreException {
        database.write(em -> AuditLog.append(em, AuditAction.OPEN_RECORD, "Patient", patient.getId(), patient.getId(),
                patient.getRecordNumber()));
    }

    @Override
    public List<AuditEvent> events(long fromSequence, int limit) throws StoreException {
        Permissions.require(database, session, Permission.READ_AUDIT);
        return database.read(em -> page(em, fromSequence, limit));
    }

    @Override
    public List<AuditEvent> eventsOfPatient(long patientId, int limit) throws StoreException {
        Permissions.require(database, session, Permission.READ_AUDIT);
        return database.read(em -> em.createQuery(
                "SELECT e FROM AuditEvent e WHERE e.patientId = :patient ORDER BY e.sequence DESC", AuditEvent.class)
                .setParameter("patient", patientId).setMaxResults(limit).getResultList());
    }

    @Override
    public List<AuditEvent> search(AuditQuery query, int limit) throws StoreException {
        Permissions.require(database, session, Permission.READ_AUDIT);
        StringBuilder jpql = new StringBuilder("SELECT e FROM AuditEvent e WHERE 1 = 1");
        java.util.Map<String, Object> parameters = new java.util.LinkedHashMap<>();
        if (query.patientId() != null) {
            jpql.append(" AND e.patientId = :patient");
            parameters.put("patient", query.patientId());
        }
        if (query.actor() != null && !query.actor().isBlank()) {
            jpql.append(" AND e.actor = :actor");
            parameters.put("actor", query.actor().strip());
        }
        if (query.action() != null) {
            jpql.append(" AND e.action = :action");
            parameters.put("action", query.action());
        }
        java.time.ZoneId zone = java.time.ZoneId.systemDefault();
        if (query.from() != null) {
            jpql.append(" AND e.occurredAtMillis >= :from");
            parameters.put("from", query.from().atStartOfDay(zone).toInstant().toEpochMilli());
        }
        if (query.to() != null) {
            jpql.append(" AND e.occurredAtMillis < :to");
            parameters.put("to", query.to().plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli());
        }
        jpql.append(" ORDER BY e.sequence DESC");
        return database.read(em -> {
            jakarta.persistence.TypedQuery<AuditEvent> typed = em.createQuery(jpql.toString(), AuditEvent.class);
            parameters.forEach(typed::setParameter);
            return typed.setMaxResults(limit).getResultList();
        });
    }

    private static List<AuditEvent> page(EntityManager em, long fromSequence, int limit) {
        return em.createQuery("SELECT e FROM AuditEvent e WHERE e.sequence >= :from ORDER BY e.sequence",
                AuditEvent.class).setParameter("from", fromSequence).setMaxResults(limit).getResultList();
    }

    @Override
    public AuditVerification verify() throws StoreException {
        Permissions.require(database, session, Permission.READ_AUDIT);
        return database.read(JpaAuditTrail::verify);
    }

    private static AuditVerification verify(EntityManager em) {
        long expected = 1;
        long checked = 0;
        String previous = AuditChain.GENESIS;
        for (List<AuditEvent> page = page(em, 1, VERIFY_PAGE); !page.isEmpty(); page = page(em, expected, VERIFY_PAGE)) {
            for (AuditEvent event : page) {
                checked++;
                if (event.getSequence() != expected) {
                    return AuditVerification.broken(checked, expected, "entry #" + expected
                            + " is missing (deleted); the next entry is #" + event.getSequence());
                }
                if (!event.getPreviousHash().equals(previous)) {
                    return AuditVerification.broken(checked, expected,
                            "entry #" + expected + " does not continue the chain of the entry before it");
                }
                if (!AuditChain.hash(event).equals(event.getHash())) {
                    return AuditVerification.broken(checked, expected,
                            "entry #" + expected + " was changed after it was written");
                }
                previous = event.getHash();
                expected++;
            }
            em.clear();
        }
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        if (head.lastSequence() != expected - 1 || !head.lastHash().equals(previous)) {
            return AuditVerification.broken(checked, expected, "the chain ends at #" + (expected - 1)
                    + " but its newest entry was #" + head.lastSequence() + ": later entries were deleted");
        }
        return AuditVerification.intact(checked);
    }
}
