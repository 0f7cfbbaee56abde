package atlas.store.internal.audit;

import java.time.Instant;

import atlas.core.audit.AuditAction;
import atlas.core.audit.AuditEvent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * Appends to the audit trail inside the caller's transaction, so a change and its audit entry are
 * committed together or not at all.
 */
public final class AuditLog {

    /**
     * Entity-manager property: who this unit of work is done by, as the session names it (the
     * signed-in user, or "system: demo data"); set by the database for every transaction.
     */
    static final String ACTOR = "atlas.audit.actor";
    /** The actor of work that no session names: nothing is done in Atlas's name without one. */
    public static final String NOBODY = "nobody";
    /** Entity-manager property: this unit of work holds the chain-head lock. */
    private static final String HEAD_LOCKED = "atlas.audit.headLocked";

    private AuditLog() {
    }

    public static AuditEvent append(EntityManager em, AuditAction action, String recordType, Long recordId, Long patientId,
            String detail) {
        return appendAs(em, actorOf(em), Instant.now(), action, recordType, recordId, patientId, detail);
    }

    /**
     * An entry in the name of {@code actor}, who is not (or not yet) the session's user: a sign-in
     * names the Atlas user signing in, a try kept in the key file while the database was closed
     * names who made it, at the time it was made.
     */
    public static AuditEvent appendAs(EntityManager em, String actor, Instant when, AuditAction action, String recordType,
            Long recordId, Long patientId, String detail) {
        AuditChainHead head = lockedHead(em);
        AuditEvent event = new AuditEvent(head.lastSequence() + 1, when, clip(actor, AuditEvent.ACTOR_MAX), action,
                recordType, recordId, patientId, detail == null ? null : clip(detail, AuditEvent.DETAIL_MAX),
                head.lastHash());
        em.persist(event);
        head.advanceTo(event);
        return event;
    }

    /**
     * The chain head, locked once per transaction: the first append takes the row lock (SELECT
     * ... FOR UPDATE); later appends in the same transaction already hold it and read the managed
     * copy without another statement.
     */
    private static AuditChainHead lockedHead(EntityManager em) {
        if (em.getProperties().containsKey(HEAD_LOCKED)) {
            return em.find(AuditChainHead.class, AuditChainHead.ID);
        }
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        em.setProperty(HEAD_LOCKED, Boolean.TRUE);
        return head;
    }

    /** Who this unit of work is done by (see {@link #ACTOR}). */
    static String actorOf(EntityManager em) {
        Object actor = em.getProperties().get(ACTOR);
        return actor instanceof String name && !name.isBlank() ? name : NOBODY;
    }

    /** Names {@code actor} for the rest of this unit of work: a first administrator, the recovery command. */
    public static void actAs(EntityManager em, String actor) {
        em.setProperty(ACTOR, actor);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
