package atlas.store.internal.audit;

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
import atlas.core.store.ClinicalDatabase;
import atlas.core.store.StoreException;
import jakarta.persistence.EntityManager;
import atlas.store.internal.EntityManagers;
import atlas.store.internal.JpaClinicalDatabase;
import atlas.store.internal.access.Permissions;
import atlas.store.internal.keys.DatabaseKeys;
import atlas.store.internal.keys.FileEncryption;

/** The audit trail on the clinical database. */
@Component(service = AuditTrail.class)
public class JpaAuditTrail implements AuditTrail {

    private EntityManagers database;

    /** The database's unit of work, taken from the database service (it is no service of its own). */
    @Reference
    void useDatabase(ClinicalDatabase clinical) {
        database = JpaClinicalDatabase.unitOfWork(clinical);
    }

    /** Who is signed in: every call is checked against that user's role (see Permissions). */
    @Reference
    private Session session;

    public JpaAuditTrail() {
    }

    public JpaAuditTrail(EntityManagers database, Session session) {
        this.database = database;
        this.session = java.util.Objects.requireNonNull(session, "a service works only in a session");
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
        FileEncryption keys = database.encryption();
        java.util.List<AuditSeal.Checkpoint> checkpoints;
        String publicKey;
        try {
            boolean sealed = keys != null && DatabaseKeys.exist(keys.dataFolder());
            publicKey = sealed ? keys.keys().auditPublicKey() : null;
            checkpoints = sealed ? AuditSeal.read(keys.dataFolder().resolve(AuditSeal.FILE)) : java.util.List.of();
        } catch (java.io.IOException | IllegalArgumentException e) {
            return AuditVerification.broken(0, 0, "the audit trail's checkpoints cannot be read: " + e.getMessage());
        }
        return database.list(AuditChainCheck.ENTRIES, entries -> AuditSeal.verify(AuditChainCheck.verify(entries),
                entries.getConnection(), checkpoints, publicKey));
    }
}
