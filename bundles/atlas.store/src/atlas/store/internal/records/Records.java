package atlas.store.internal.records;

import java.util.List;
import java.util.function.Function;

import atlas.core.audit.AuditAction;
import atlas.core.store.RecordConflictException;
import atlas.api.validation.FieldError;
import atlas.core.validation.ValidationException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import atlas.store.internal.audit.AuditLog;

/**
 * The steps every write of a clinical record takes inside its transaction: validate, write,
 * audit. Shared by the service components so that none of them forgets the audit entry or lets a
 * stale copy overwrite another workstation's change.
 */
public final class Records {

    private Records() {
    }

    /** Persists a new record and writes its CREATE audit entry; {@code patientId} null for no patient's record. */
    public static <T> T create(EntityManager em, T record, List<FieldError> errors, String type, Function<T, Long> id,
            Long patientId, String detail) {
        ValidationException.throwIfAny(errors);
        em.persist(record);
        AuditLog.append(em, AuditAction.CREATE, type, id.apply(record), patientId, detail);
        return record;
    }

    /**
     * Saves an edited copy of a record and writes its UPDATE audit entry. A copy older than the
     * stored record (its version moved on) is refused as a conflict naming {@code description}.
     */
    static <T> T update(EntityManager em, T record, List<FieldError> errors, String type, Function<T, Long> id,
            long patientId, String description) {
        return update(em, record, errors, type, id, patientId, description, null);
    }

    /** As {@link #update(EntityManager, Object, List, String, Function, long, String)}, with an audit detail. */
    static <T> T update(EntityManager em, T record, List<FieldError> errors, String type, Function<T, Long> id,
            long patientId, String description, String auditDetail) {
        ValidationException.throwIfAny(errors);
        if (id.apply(record) == null) {
            throw new IllegalArgumentException(description + " has not been saved yet; create it first");
        }
        T stored;
        try {
            stored = em.merge(record);
            em.flush(); // the version check happens here, inside the transaction
        } catch (OptimisticLockException e) {
            throw new RecordConflictException(description, e);
        }
        AuditLog.append(em, AuditAction.UPDATE, type, id.apply(stored), patientId, auditDetail);
        return stored;
    }

    /** The stored record, read for change (so a signature and its checks see the latest state). */
    static <T> T existing(EntityManager em, Class<T> type, long id, String what) {
        T found = em.find(type, id);
        if (found == null) {
            throw new IllegalArgumentException(what + " " + id + " does not exist");
        }
        em.refresh(found);
        return found;
    }
}
