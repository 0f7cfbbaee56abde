package atlas.store.internal.records;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import atlas.api.validation.FieldError;
import atlas.core.audit.AuditAction;
import atlas.core.episode.Discharge;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.EpisodeStatus;
import atlas.core.episode.EpisodeService;
import atlas.core.episode.ProposedVisit;
import atlas.core.episode.ReferralStanding;
import atlas.core.episode.SeriesPlan;
import atlas.core.episode.ScheduledVisit;
import atlas.core.episode.TherapistTime;
import atlas.core.episode.VisitStatus;
import atlas.core.episode.Visit;
import atlas.core.episode.VisitSeries;
import atlas.core.episode.VisitType;
import atlas.core.note.NoteStatus;
import atlas.core.security.Permission;
import atlas.core.security.Session;
import atlas.core.store.ClinicalDatabase;
import atlas.core.store.StoreException;
import atlas.core.validation.FieldRules;
import atlas.core.validation.ValidationException;
import atlas.core.validation.Wording;
import atlas.store.internal.audit.AuditLog;

/** Episodes of care and visits on the clinical database. */
@Component(service = EpisodeService.class)
public class JpaEpisodeService extends RecordService implements EpisodeService {

    @Activate
    public JpaEpisodeService(@Reference(name = "database") ClinicalDatabase database,
            @Reference(name = "session") Session session) {
        super(database, session);
    }

    @Override
    public EpisodeOfCare start(EpisodeOfCare episode) throws StoreException {
        require(Permission.VISITS);
        return database.write(em -> Records.create(em, episode, episode.validate(LocalDate.now()), "EpisodeOfCare",
                EpisodeOfCare::getId, episode.getPatientId(), diagnosisCodes(episode)));
    }

    @Override
    public EpisodeOfCare update(EpisodeOfCare episode) throws StoreException {
        require(Permission.VISITS);
        return database.write(em -> {
            if (episode.getId() != null) {
                EpisodeClosure.requireOpen(em, episode.getId());
            }
            if (episode.getStatus() == EpisodeStatus.DISCHARGED) {
                throw new ValidationException(new FieldError("status", Wording.label("status", "Status"),
                        Wording.of("episode.endsByDischarge")));
            }
            return Records.update(em, episode, episode.validate(LocalDate.now()), "EpisodeOfCare",
                    EpisodeOfCare::getId, episode.getPatientId(), "The episode of care starting " + episode.getStartDate());
        });
    }

    @Override
    public EpisodeOfCare discharge(long episodeId, Discharge discharge) throws StoreException {
        require(Permission.CLINICAL_WRITE);
        return database.write(em -> {
            EpisodeOfCare episode = EpisodeClosure.locked(em, episodeId);
            List<FieldError> errors = new ArrayList<>();
            if (episode.getStatus() != EpisodeStatus.ACTIVE && episode.getStatus() != EpisodeStatus.ON_HOLD) {
                errors.add(new FieldError("episode", Wording.label("episode", "Episode of care"),
                        Wording.of("discharge.notOpen", episode.getStatus().name().toLowerCase().replace('_', ' '))));
            }
            List<Object[]> notes = em.createQuery("SELECT v.startsAt, v.type, n.status FROM Visit v, ClinicalNote n "
                    + "WHERE n.visitId = v.id AND v.episodeId = :episode ORDER BY v.startsAt", Object[].class)
                    .setParameter("episode", episodeId).getResultList();
            List<LocalDateTime> unsigned = notes.stream().filter(row -> row[2] != NoteStatus.SIGNED)
                    .map(row -> (LocalDateTime) row[0]).toList();
            if (!unsigned.isEmpty()) {
                errors.add(new FieldError("unsignedNotes", Wording.label("unsignedNotes", "Notes"),
                        Wording.of("discharge.unsignedNotes", unsigned.size(), unsigned.get(0).toLocalDate())));
            }
            boolean signedDischargeNote = notes.stream()
                    .anyMatch(row -> row[1] == VisitType.DISCHARGE && row[2] == NoteStatus.SIGNED);
            errors.addAll(discharge.validate(episode, signedDischargeNote, LocalDate.now()));
            ValidationException.throwIfAny(errors);
            episode.discharge(discharge);
            AuditLog.append(em, AuditAction.UPDATE, "EpisodeOfCare", episode.getId(), episode.getPatientId(),
                    "discharged on " + discharge.date() + ": " + discharge.reason()
                            + (discharge.statement().isEmpty() ? "" : " - " + discharge.statement()));
            callOffWhatIsStillBooked(em, episode);
            return episode;
        });
    }

    @Override
    public EpisodeOfCare reopen(long episodeId, String reason) throws StoreException {
        require(Permission.CLINICAL_WRITE);
        return database.write(em -> {
            EpisodeOfCare episode = EpisodeClosure.locked(em, episodeId);
            FieldRules rules = new FieldRules();
            if (reason == null || reason.isBlank()) {
                rules.add("reason", "Reason", "episode.reopenReason");
            } else {
                rules.optionalText("reason", "Reason", reason, Discharge.STATEMENT_MAX);
            }
            if (!episode.isClosed()) {
                rules.add("episode", "Episode of care", "episode.notClosed");
            }
            ValidationException.throwIfAny(rules.errors());
            String ended = episode.getStatus() + " " + episode.getEndDate() + " (" + episode.getDischargeReason() + ")";
            episode.reopen();
            AuditLog.append(em, AuditAction.UPDATE, "EpisodeOfCare", episode.getId(), episode.getPatientId(),
                    "reopened (was " + ended + "): " + reason.strip());
            return episode;
        });
    }

    private static String diagnosisCodes(EpisodeOfCare episode) {
        return String.join(",", episode.getDiagnoses().stream().map(d -> d.getCode()).toList());
    }

    @Override
    public List<EpisodeOfCare> episodesOf(long patientId) throws StoreException {
        require(Permission.VISITS);
        return database.read(em -> em.createQuery(
                "SELECT e FROM EpisodeOfCare e WHERE e.patientId = :patient ORDER BY e.startDate DESC, e.id DESC",
                EpisodeOfCare.class).setParameter("patient", patientId).getResultList());
    }

    @Override
    public Visit addVisit(Visit visit) throws StoreException {
        require(Permission.VISITS);
        return database.write(em -> {
            EpisodeClosure.requireOpen(em, visit.getEpisodeId()); // refuses a missing episode too
            List<FieldError> errors = visit.validate();
            ValidationException.throwIfAny(errors); // a visit without its time is not checked for a clash
            TherapistBookings.requireFree(em, visit);
            return Records.create(em, visit, errors, "Visit", Visit::getId, visit.getPatientId(),
                    visit.getType() + " " + visit.getStartsAt());
        });
    }

    @Override
    public Visit updateVisit(Visit visit) throws StoreException {
        require(Permission.VISITS);
        return database.write(em -> {
            EpisodeClosure.requireOpen(em, visit.getEpisodeId());
            List<FieldError> errors = visit.validate();
            ValidationException.throwIfAny(errors);
            TherapistBookings.requireFree(em, visit);
            return Records.update(em, visit, errors, "Visit", Visit::getId, visit.getPatientId(),
                    "The visit of " + visit.getStartsAt());
        });
    }

    @Override
    public Visit markVisit(long visitId, VisitStatus status, String reason) throws StoreException {
        require(Permission.VISITS);
        return database.write(em -> {
            Visit visit = Records.existing(em, Visit.class, visitId, "Visit");
            EpisodeClosure.requireOpen(em, visit.getEpisodeId());
            VisitStatus was = visit.getStatus();
            FieldRules rules = new FieldRules();
            LocalDateTime now = LocalDateTime.now();
            boolean allowed = switch (status) {
                case ARRIVED, NO_SHOW -> was == VisitStatus.BOOKED;
                case CANCELLED -> was == VisitStatus.BOOKED || was == VisitStatus.ARRIVED;
                case BOOKED -> was != VisitStatus.BOOKED && was != VisitStatus.COMPLETED; // an arrival or call-off undone
                case COMPLETED -> false;
            };
            if (status == VisitStatus.COMPLETED) {
                rules.add("visitStatus", "Visit status", "visit.completedBySigning");
            } else if (!allowed) {
                rules.add("visitStatus", "Visit status", "visit.cannotMark", word(was), word(status));
            } else if (status == VisitStatus.NO_SHOW && visit.getStartsAt().isAfter(now)) {
                rules.add("visitStatus", "Visit status", "visit.notYetMissed", visit.getStartsAt().toLocalDate());
            } else if (status == VisitStatus.CANCELLED) {
                if (reason == null || reason.isBlank()) {
                    rules.add("cancelReason", "Reason", "visit.cancelReason");
                } else {
                    rules.optionalText("cancelReason", "Reason", reason.strip(), Visit.CANCEL_REASON_MAX);
                }
            }
            ValidationException.throwIfAny(rules.errors());
            if (status == VisitStatus.CANCELLED) {
                visit.cancel(reason.strip(), now);
            } else {
                visit.mark(status);
                if (status == VisitStatus.BOOKED) {
                    TherapistBookings.requireFree(em, visit); // booked again: its time may be taken meanwhile
                }
            }
            AuditLog.append(em, AuditAction.UPDATE, "Visit", visit.getId(), visit.getPatientId(),
                    was + " -> " + status + (visit.isLateCancellation() && status == VisitStatus.CANCELLED
                            ? " (late)" : "") + (status == VisitStatus.CANCELLED ? ": " + reason.strip() : ""));
            return visit;
        });
    }

    /**
     * The episode's visits still booked from now on are called off with its discharge, in the same
     * transaction: the therapist's time is free again and no day list expects the patient. Visits
     * booked in the past are left as they stand - whether the patient came is for the desk to say.
     */
    private static void callOffWhatIsStillBooked(jakarta.persistence.EntityManager em, EpisodeOfCare episode) {
        LocalDateTime now = LocalDateTime.now();
        List<Visit> visits = em.createQuery("SELECT v FROM Visit v WHERE v.episodeId = :episode ORDER BY v.startsAt",
                Visit.class).setParameter("episode", episode.getId()).getResultList();
        String reason = Wording.of("discharge.callOff");
        for (Visit visit : visits.stream().filter(visit -> visit.calledOffByDischargeAt(now)).toList()) {
            visit.callOffAtDischarge(reason);
            AuditLog.append(em, AuditAction.UPDATE, "Visit", visit.getId(), visit.getPatientId(),
                    "BOOKED -> CANCELLED: " + reason);
        }
    }

    private static String word(VisitStatus status) {
        return status.name().toLowerCase().replace('_', ' ');
    }

    @Override
    public LocalDateTime nextFreeStart(long clinicianId, LocalDateTime from, int minutes) throws StoreException {
        require(Permission.VISITS);
        return database.read(em -> TherapistTime.nextFree(TherapistBookings.held(em, clinicianId,
                from.minusMinutes(Visit.DURATION_MAX), from.plusDays(14)), from, minutes));
    }

    @Override
    public List<EpisodeOfCare> dischargedBetween(java.time.LocalDate from, java.time.LocalDate to)
            throws StoreException {
        require(Permission.CLINICAL_READ);
        return database.read(em -> em.createQuery("SELECT e FROM EpisodeOfCare e WHERE e.status = :discharged "
                + "AND e.endDate >= :from AND e.endDate <= :to ORDER BY e.endDate, e.id", EpisodeOfCare.class)
                .setParameter("discharged", atlas.core.episode.EpisodeStatus.DISCHARGED).setParameter("from", from)
                .setParameter("to", to).getResultList());
    }

    @Override
    public ReferralStanding referralStanding(long episodeId) throws StoreException {
        require(Permission.VISITS);
        return database.read(em -> {
            EpisodeOfCare episode = em.find(EpisodeOfCare.class, episodeId);
            if (episode == null) {
                throw new IllegalArgumentException("Episode of care " + episodeId + " does not exist");
            }
            return ReferralStanding.of(episode, em.createQuery("SELECT v FROM Visit v WHERE v.episodeId = :episode",
                    Visit.class).setParameter("episode", episodeId).getResultList());
        });
    }

    @Override
    public List<ScheduledVisit> visitsOn(LocalDate day) throws StoreException {
        return visitsBetween(day, day.plusDays(1));
    }

    @Override
    public List<ScheduledVisit> visitsBetween(LocalDate from, LocalDate until) throws StoreException {
        require(Permission.VISITS);
        return database.read(em -> em.createQuery("SELECT v, p.recordNumber, p.familyName, p.givenName FROM Visit v, "
                + "Patient p WHERE p.id = v.patientId AND v.startsAt >= :from AND v.startsAt < :to "
                + "ORDER BY v.startsAt, p.familyName, v.id", Object[].class)
                .setParameter("from", from.atStartOfDay()).setParameter("to", until.atStartOfDay())
                .getResultStream().map(row -> new ScheduledVisit((Visit) row[0], (String) row[1],
                        row[2] + ", " + row[3]))
                .toList());
    }

    @Override
    public List<atlas.core.episode.Recall.Line> recall(LocalDateTime now) throws StoreException {
        require(Permission.VISITS);
        return database.read(em -> RecallReads.lines(em, now));
    }

    @Override
    public java.util.Optional<SeriesPlan> seriesPlan(long episodeId) throws StoreException {
        require(Permission.VISITS);
        return database.read(em -> SeriesBookings.plan(em, episodeId));
    }

    @Override
    public List<ProposedVisit> proposeSeries(VisitSeries series) throws StoreException {
        require(Permission.VISITS);
        return database.read(em -> SeriesBookings.propose(em, series));
    }

    @Override
    public List<Visit> bookSeries(List<Visit> visits) throws StoreException {
        require(Permission.VISITS);
        return database.write(em -> SeriesBookings.book(em, visits));
    }

    @Override
    public List<Visit> visitsOf(long episodeId) throws StoreException {
        require(Permission.VISITS);
        return database.read(em -> em.createQuery(
                "SELECT v FROM Visit v WHERE v.episodeId = :episode ORDER BY v.startsAt, v.id", Visit.class)
                .setParameter("episode", episodeId).getResultList());
    }
}
