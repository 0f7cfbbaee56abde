package atlas.store.internal.records;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import atlas.core.audit.AuditAction;
import atlas.core.plan.Goal;
import atlas.api.plan.InterventionCatalogue;
import atlas.core.plan.InterventionGiven;
import atlas.core.plan.HomeProgramme;
import atlas.core.plan.InterventionWording;
import atlas.core.plan.Interventions;
import atlas.core.plan.PlanOfCare;
import atlas.core.plan.PlanOfCareService;
import atlas.core.plan.PlanStatus;
import atlas.core.plan.PlannedIntervention;
import atlas.core.redflag.RedFlagGate;
import atlas.core.episode.Visit;
import atlas.core.store.SignedRecordException;
import atlas.core.security.Permission;
import atlas.core.security.Session;
import atlas.core.store.ClinicalDatabase;
import atlas.core.store.StoreException;
import atlas.api.validation.FieldError;
import atlas.core.validation.ValidationException;
import atlas.core.validation.Wording;
import jakarta.persistence.EntityManager;
import atlas.store.internal.audit.AuditLog;

/** Plans of care on the clinical database. */
@Component(service = PlanOfCareService.class)
public class JpaPlanOfCareService extends RecordService implements PlanOfCareService {

    static final String RECORD_TYPE = "PlanOfCare";

    /** Clinics' own catalogue entries; they may need red-flag clearance too. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private final List<InterventionCatalogue> catalogues = new CopyOnWriteArrayList<>();

    @Activate
    public JpaPlanOfCareService(@Reference(name = "database") ClinicalDatabase database,
            @Reference(name = "session") Session session) {
        super(database, session);
    }

    /** For tests and tools: the service with the plugins it would find installed. */
    public JpaPlanOfCareService(ClinicalDatabase database, Session session, InterventionCatalogue... clinicCatalogues) {
        super(database, session);
        catalogues.addAll(List.of(clinicCatalogues));
    }

    @Override
    public PlanOfCare createDraft(PlanOfCare plan) throws StoreException {
        require(Permission.CLINICAL_WRITE);
        return database.write(em -> {
            EpisodeClosure.requireOpen(em, plan.getEpisodeId());
            return Records.create(em, plan, plan.validate(), RECORD_TYPE, PlanOfCare::getId, plan.getPatientId(),
                    "revision " + plan.getRevision());
        });
    }

    @Override
    public PlanOfCare updateDraft(PlanOfCare plan) throws StoreException {
        require(Permission.CLINICAL_WRITE);
        return database.write(em -> {
            draft(em, plan.getId());
            return Records.update(em, plan, plan.validate(), RECORD_TYPE, PlanOfCare::getId, plan.getPatientId(),
                    "Revision " + plan.getRevision() + " of the plan of care");
        });
    }

    /** The stored plan, which must still be a draft to be changed. */
    private static PlanOfCare draft(EntityManager em, long planId) {
        PlanOfCare stored = Records.existing(em, PlanOfCare.class, planId, "Plan of care");
        EpisodeClosure.requireOpen(em, stored.getEpisodeId());
        if (!stored.isDraft()) {
            throw new SignedRecordException("Revision " + stored.getRevision() + " of the plan of care",
                    "revise it to make a new draft");
        }
        return stored;
    }

    @Override
    public Goal addGoal(Goal goal) throws StoreException {
        require(Permission.CLINICAL_WRITE);
        return database.write(em -> {
            PlanOfCare plan = draft(em, goal.getPlanId());
            return Records.create(em, goal, goal.validate(), "Goal", Goal::getId, plan.getPatientId(),
                    goal.getMeasureCode());
        });
    }

    @Override
    public Goal updateGoal(Goal goal) throws StoreException {
        require(Permission.CLINICAL_WRITE);
        return database.write(em -> {
            PlanOfCare plan = draft(em, goal.getPlanId());
            return Records.update(em, goal, goal.validate(), "Goal", Goal::getId, plan.getPatientId(),
                    "The goal on " + goal.getMeasureCode(), goal.getMeasureCode());
        });
    }

    @Override
    public void removeGoal(long goalId) throws StoreException {
        require(Permission.CLINICAL_WRITE);
        database.write(em -> {
            Goal goal = Records.existing(em, Goal.class, goalId, "Goal");
            PlanOfCare plan = draft(em, goal.getPlanId());
            em.remove(goal);
            AuditLog.append(em, AuditAction.REMOVE, "Goal", goalId, plan.getPatientId(), goal.getMeasureCode());
            return null;
        });
    }

    @Override
    public void removeIntervention(long interventionId) throws StoreException {
        require(Permission.CLINICAL_WRITE);
        database.write(em -> {
            PlannedIntervention planned = Records.existing(em, PlannedIntervention.class, interventionId,
                    "Planned intervention");
            PlanOfCare plan = draft(em, planned.getPlanId());
            em.remove(planned);
            AuditLog.append(em, AuditAction.REMOVE, "PlannedIntervention", interventionId, plan.getPatientId(),
                    planned.getInterventionCode());
            return null;
        });
    }

    @Override
    public PlannedIntervention addIntervention(PlannedIntervention intervention) throws StoreException {
        require(Permission.CLINICAL_WRITE);
        return database.write(em -> {
            PlanOfCare plan = draft(em, intervention.getPlanId());
            return Records.create(em, intervention, intervention.validate(), "PlannedIntervention",
                    PlannedIntervention::getId, plan.getPatientId(), intervention.getInterventionCode());
        });
    }

    @Override
    public List<Goal> goalsOf(long planId) throws StoreException {
        require(Permission.CLINICAL_READ);
        return database.read(em -> goals(em, planId));
    }

    @Override
    public List<PlannedIntervention> interventionsOf(long planId) throws StoreException {
        require(Permission.CLINICAL_READ);
        return database.read(em -> interventions(em, planId));
    }

    private static List<Goal> goals(EntityManager em, long planId) {
        return em.createQuery("SELECT g FROM Goal g WHERE g.planId = :plan ORDER BY g.id", Goal.class)
                .setParameter("plan", planId).getResultList();
    }

    private static List<PlannedIntervention> interventions(EntityManager em, long planId) {
        return em.createQuery("SELECT i FROM PlannedIntervention i WHERE i.planId = :plan ORDER BY i.id",
                PlannedIntervention.class).setParameter("plan", planId).getResultList();
    }

    @Override
    public PlanOfCare sign(long planId, long clinicianId) throws StoreException {
        require(Permission.SIGN);
        return database.write(em -> {
            PlanOfCare plan = draft(em, planId);
            RedFlagClearance.require(em, plan.getEpisodeId(), gated(interventions(em, planId)), this::title,
                    RedFlagGate.Action.SIGN_PLAN);
            plan.markSigned(clinicianId, Instant.now());
            if (plan.getPreviousRevisionId() != null) {
                Records.existing(em, PlanOfCare.class, plan.getPreviousRevisionId(), "Plan of care").markSuperseded();
            }
            AuditLog.append(em, AuditAction.SIGN, RECORD_TYPE, plan.getId(), plan.getPatientId(),
                    "revision " + plan.getRevision());
            return plan;
        });
    }

    @Override
    public PlanOfCare revise(long signedPlanId) throws StoreException {
        require(Permission.CLINICAL_WRITE);
        return database.write(em -> {
            PlanOfCare signed = Records.existing(em, PlanOfCare.class, signedPlanId, "Plan of care");
            EpisodeClosure.requireOpen(em, signed.getEpisodeId());
            if (signed.getStatus() != PlanStatus.SIGNED) {
                throw new IllegalArgumentException("Only the signed plan can be revised; revision "
                        + signed.getRevision() + " is " + signed.getStatus().name().toLowerCase());
            }
            PlanOfCare next = new PlanOfCare(signed.getPatientId(), signed.getEpisodeId(), signed.getRevision() + 1,
                    signed.getId());
            next.setSessionsPerWeek(signed.getSessionsPerWeek());
            next.setWeeks(signed.getWeeks());
            next.setPlannedVisits(signed.getPlannedVisits());
            next.setReEvaluationDate(signed.getReEvaluationDate());
            Records.create(em, next, next.validate(), RECORD_TYPE, PlanOfCare::getId, next.getPatientId(),
                    "revision " + next.getRevision() + " of plan " + signed.getId());
            for (Goal goal : goals(em, signed.getId())) {
                Goal copy = new Goal(next.getId(), goal.getTerm(), goal.getMeasureCode(), goal.getBaseline(),
                        goal.getTarget(), goal.getDueDate());
                copy.setDescription(goal.getDescription());
                em.persist(copy);
            }
            for (PlannedIntervention planned : interventions(em, signed.getId())) {
                em.persist(new PlannedIntervention(next.getId(), planned.getInterventionCode(), planned.getDosage(),
                        planned.isHomeProgramme()));
            }
            return next;
        });
    }

    @Override
    public List<PlanOfCare> revisionsOf(long episodeId) throws StoreException {
        require(Permission.CLINICAL_READ);
        return database.read(em -> em.createQuery(
                "SELECT p FROM PlanOfCare p WHERE p.episodeId = :episode ORDER BY p.revision DESC", PlanOfCare.class)
                .setParameter("episode", episodeId).getResultList());
    }

    @Override
    public List<InterventionGiven> recordGiven(List<InterventionGiven> given) throws StoreException {
        require(Permission.CLINICAL_WRITE);
        return database.write(em -> {
            // every gated one is named at once, per episode, before anything is written
            java.util.Map<Long, List<String>> gatedByEpisode = new java.util.LinkedHashMap<>();
            for (InterventionGiven one : given) {
                ValidationException.throwIfAny(one.validate());
                long episodeId = Records.existing(em, Visit.class, one.getVisitId(), "Visit").getEpisodeId();
                EpisodeClosure.requireOpen(em, episodeId);
                List<String> gated = gatedByEpisode.computeIfAbsent(episodeId, id -> new java.util.ArrayList<>());
                if (needsRedFlagClearance(one.getInterventionCode())) {
                    gated.add(one.getInterventionCode());
                }
            }
            gatedByEpisode.forEach((episodeId, gated) -> RedFlagClearance.require(em, episodeId, gated, this::title,
                    RedFlagGate.Action.RECORD_GIVEN));
            List<InterventionGiven> recorded = new java.util.ArrayList<>();
            for (InterventionGiven one : given) {
                // validated in the first loop, before the gate: nothing to check twice
                recorded.add(Records.create(em, one, List.of(), "InterventionGiven", InterventionGiven::getId,
                        one.getPatientId(), one.getInterventionCode()));
            }
            return recorded;
        });
    }

    @Override
    public HomeProgramme homeProgramme(long planId) throws StoreException {
        require(Permission.CLINICAL_READ);
        return database.read(em -> {
            PlanOfCare plan = Records.existing(em, PlanOfCare.class, planId, "Plan of care");
            if (plan.getStatus() == PlanStatus.SUPERSEDED) {
                throw new ValidationException(new FieldError("plan", Wording.label("plan", "Plan of care"),
                        Wording.of("plan.superseded", plan.getRevision())));
            }
            List<PlannedIntervention> home = interventions(em, planId).stream()
                    .filter(PlannedIntervention::isHomeProgramme).toList();
            if (plan.isDraft()) {
                return new HomeProgramme(plan, true, home.stream()
                        .filter(item -> !needsRedFlagClearance(item.getInterventionCode())).toList(),
                        gated(home));
            }
            RedFlagClearance.require(em, plan.getEpisodeId(), gated(home), this::title,
                    RedFlagGate.Action.HOME_PROGRAMME);
            return new HomeProgramme(plan, false, home, List.of());
        });
    }

    @Override
    public List<InterventionGiven> givenAt(long visitId) throws StoreException {
        require(Permission.CLINICAL_READ);
        return database.read(em -> em.createQuery(
                "SELECT g FROM InterventionGiven g WHERE g.visitId = :visit ORDER BY g.id", InterventionGiven.class)
                .setParameter("visit", visitId).getResultList());
    }

    /** The codes among {@code planned} that need red-flag clearance, each once, in the plan's order. */
    private List<String> gated(List<PlannedIntervention> planned) {
        return planned.stream().map(PlannedIntervention::getInterventionCode).filter(this::needsRedFlagClearance)
                .distinct().toList();
    }

    /** The intervention's name in the user's language, from the clinic's catalogue if it is theirs. */
    private String title(String code) {
        return catalogues.stream().filter(c -> c.interventions().stream().anyMatch(type -> type.code().equals(code)))
                .findFirst().map(c -> c.title(code)).orElseGet(() -> InterventionWording.title(code));
    }

    private boolean needsRedFlagClearance(String code) {
        return Interventions.needsRedFlagClearance(code) || catalogues.stream().flatMap(c -> c.interventions().stream())
                .anyMatch(type -> type.code().equals(code) && type.needsRedFlagClearance());
    }
}
