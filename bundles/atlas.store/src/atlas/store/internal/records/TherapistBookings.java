package atlas.store.internal.records;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import atlas.api.validation.FieldError;
import atlas.core.clinician.Clinician;
import atlas.core.episode.TherapistTime;
import atlas.core.episode.Visit;
import atlas.core.episode.VisitStatus;
import atlas.core.validation.ValidationException;
import atlas.core.validation.Wording;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * A therapist is never double-booked (issue 18), checked inside the writing transaction with the
 * therapist's row locked (SELECT ... FOR UPDATE): two workstations booking the same therapist at
 * once are taken one after the other, and the second sees the first's visit and is refused - on
 * H2 and on a shared PostgreSQL server alike.
 */
final class TherapistBookings {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private TherapistBookings() {
    }

    /** Refuses {@code visit} when its therapist has another visit that takes part of its time. */
    static void requireFree(EntityManager em, Visit visit) {
        if (visit.getClinicianId() == null || visit.getStartsAt() == null || !visit.getStatus().holdsTime()) {
            return;
        }
        Clinician therapist = em.find(Clinician.class, visit.getClinicianId(), LockModeType.PESSIMISTIC_WRITE);
        if (therapist == null) {
            throw new IllegalArgumentException("Clinician " + visit.getClinicianId() + " does not exist");
        }
        Visit clash = TherapistTime.clash(visit, held(em, visit.getClinicianId(),
                visit.getStartsAt().minusMinutes(Visit.DURATION_MAX), visit.endsAt()));
        if (clash != null) {
            throw new ValidationException(new FieldError("startsAt", Wording.label("startsAt", "Date and time"),
                    Wording.of("visit.doubleBooked", therapist.getDisplayName(), clash.getStartsAt().toLocalDate(),
                            clash.getStartsAt().format(TIME), clash.endsAt().format(TIME))));
        }
    }

    /** The therapist's visits that hold their time and start after {@code from} and before {@code to}. */
    static List<Visit> held(EntityManager em, long clinicianId, LocalDateTime from, LocalDateTime to) {
        return em.createQuery("SELECT v FROM Visit v WHERE v.clinicianId = :therapist AND v.startsAt > :from "
                + "AND v.startsAt < :to AND v.status NOT IN :free ORDER BY v.startsAt", Visit.class)
                .setParameter("therapist", clinicianId).setParameter("from", from).setParameter("to", to)
                .setParameter("free", List.of(VisitStatus.CANCELLED, VisitStatus.NO_SHOW)).getResultList();
    }
}
