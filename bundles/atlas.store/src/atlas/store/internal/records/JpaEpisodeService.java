package atlas.store.internal.records;

import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.EpisodeService;
import atlas.core.episode.ScheduledVisit;
import atlas.core.episode.Visit;
import atlas.core.security.Permission;
import atlas.core.security.Session;
import atlas.core.store.ClinicalDatabase;
import atlas.core.store.StoreException;

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
        return database.write(em -> Records.update(em, episode, episode.validate(LocalDate.now()), "EpisodeOfCare",
                EpisodeOfCare::getId, episode.getPatientId(), "The episode of care starting " + episode.getStartDate()));
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
            Records.existing(em, EpisodeOfCare.class, visit.getEpisodeId(), "Episode of care");
            return Records.create(em, visit, visit.validate(), "Visit", Visit::getId, visit.getPatientId(),
                    visit.getType() + " " + visit.getStartsAt());
        });
    }

    @Override
    public Visit updateVisit(Visit visit) throws StoreException {
        require(Permission.VISITS);
        return database.write(em -> Records.update(em, visit, visit.validate(), "Visit", Visit::getId,
                visit.getPatientId(), "The visit of " + visit.getStartsAt()));
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
    public List<ScheduledVisit> visitsOn(LocalDate day) throws StoreException {
        require(Permission.VISITS);
        return database.read(em -> em.createQuery("SELECT v, p.recordNumber, p.familyName, p.givenName FROM Visit v, "
                + "Patient p WHERE p.id = v.patientId AND v.startsAt >= :from AND v.startsAt < :to "
                + "ORDER BY v.startsAt, p.familyName, v.id", Object[].class)
                .setParameter("from", day.atStartOfDay()).setParameter("to", day.plusDays(1).atStartOfDay())
                .getResultStream().map(row -> new ScheduledVisit((Visit) row[0], (String) row[1],
                        row[2] + ", " + row[3]))
                .toList());
    }

    @Override
    public List<Visit> visitsOf(long episodeId) throws StoreException {
        require(Permission.VISITS);
        return database.read(em -> em.createQuery(
                "SELECT v FROM Visit v WHERE v.episodeId = :episode ORDER BY v.startsAt, v.id", Visit.class)
                .setParameter("episode", episodeId).getResultList());
    }
}
