package atlas.fhir;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Timing;

import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.Visit;
import atlas.core.patient.PatientData;
import atlas.core.plan.GoalTerm;
import atlas.core.plan.InterventionGiven;
import atlas.core.plan.InterventionWording;
import atlas.core.plan.PlanOfCare;
import atlas.core.plan.PlannedIntervention;

/**
 * Plans of care as CarePlans (each revision; a signed plan active, a superseded one revoked and
 * replaced by its successor), their goals as Goals whose target measure carries the same code as
 * the Observations it is judged by, the planned interventions and the visit schedule as the plan's
 * activities (a home programme performed by the patient), and each intervention given as a
 * completed Procedure at its visit with its dose and the patient's response.
 */
final class FhirCare {

    /** Atlas's intervention catalogue (see atlas.core.plan.Interventions). */
    static final String INTERVENTION_SYSTEM = "urn:atlas:fhir:cs:intervention";
    /** Atlas's activity of the visits a plan schedules. */
    static final String VISITS_CODE = "visits";
    /** How a goal's note gives its baseline, and a plan's its re-evaluation day (read back by the import). */
    static final String BASELINE = "Baseline ";
    static final String RE_EVALUATION = "Re-evaluation due ";
    static final String TITLE = "Plan of care, revision ";

    private FhirCare() {
    }

    static void export(Entries entries, PatientData data, org.hl7.fhir.r4.model.Patient patient) {
        // the oldest revision first: a revision's CarePlan names the one it replaces
        List<PlanOfCare> oldestFirst = data.record().plans().stream()
                .sorted(java.util.Comparator.comparing(PlanOfCare::getRevision)).toList();
        for (PlanOfCare plan : oldestFirst) {
            carePlan(entries, data, plan, patient);
        }
        Map<Long, Long> planOfIntervention = new HashMap<>();
        data.plannedInterventions().forEach(planned -> planOfIntervention.put(planned.getId(), planned.getPlanId()));
        Map<Long, Visit> visits = new HashMap<>();
        data.record().visits().forEach(visit -> visits.put(visit.getId(), visit));
        for (InterventionGiven given : data.interventionsGiven()) {
            procedure(entries, given, visits.get(given.getVisitId()), planOfIntervention.get(given.getPlannedInterventionId()),
                    patient);
        }
    }

    private static void carePlan(Entries entries, PatientData data, PlanOfCare plan, org.hl7.fhir.r4.model.Patient patient) {
        CarePlan resource = new CarePlan();
        resource.setStatus(switch (plan.getStatus()) {
        case DRAFT -> CarePlan.CarePlanStatus.DRAFT;
        case SIGNED -> CarePlan.CarePlanStatus.ACTIVE;
        case SUPERSEDED -> CarePlan.CarePlanStatus.REVOKED;
        });
        resource.setIntent(CarePlan.CarePlanIntent.PLAN);
        resource.setTitle(TITLE + plan.getRevision());
        resource.setSubject(Entries.reference(patient));
        Reference replaced = entries.to("CarePlan", plan.getPreviousRevisionId());
        if (replaced != null) {
            resource.addReplaces(replaced);
        }
        if (plan.signedAt() != null) {
            resource.setCreated(Entries.date(plan.signedAt()));
            resource.setAuthor(entries.to("Practitioner", plan.getSignedBy()));
        }
        Reference episode = entries.to("EpisodeOfCare", plan.getEpisodeId());
        if (episode != null) {
            resource.addSupportingInfo(episode);
        }
        data.record().episodes().stream().filter(e -> e.getId().equals(plan.getEpisodeId())).findFirst()
                .ifPresent(e -> addresses(entries, e, resource));
        if (plan.getReEvaluationDate() != null) {
            resource.addNote().setText(RE_EVALUATION + plan.getReEvaluationDate());
        }
        CarePlan.CarePlanActivityStatus status = switch (plan.getStatus()) {
        case DRAFT -> CarePlan.CarePlanActivityStatus.NOTSTARTED;
        case SIGNED -> CarePlan.CarePlanActivityStatus.INPROGRESS;
        case SUPERSEDED -> CarePlan.CarePlanActivityStatus.STOPPED;
        };
        visits(plan, resource, status);
        entries.add("CarePlan", plan.getId(), resource);
        for (atlas.core.plan.Goal goal : data.goals()) {
            if (goal.getPlanId() == plan.getId()) {
                resource.addGoal(Entries.reference(goal(entries, goal, plan, patient)));
            }
        }
        for (PlannedIntervention planned : data.plannedInterventions()) {
            if (planned.getPlanId() == plan.getId()) {
                CarePlan.CarePlanActivityDetailComponent detail = resource.addActivity().getDetail();
                detail.setCode(intervention(planned.getInterventionCode())).setStatus(status);
                detail.setDescription(InterventionWording.dosage(planned.getDosage()));
                org.hl7.fhir.r4.model.Extension dose = FhirDosage.of(planned.getDosage());
                if (dose != null) {
                    detail.addExtension(dose);
                }
                if (planned.isHomeProgramme()) {
                    detail.addPerformer(Entries.reference(patient)); // the home programme: done by the patient
                } else if (resource.hasAuthor()) {
                    detail.addPerformer(resource.getAuthor());
                }
            }
        }
    }

    /** The episode's diagnoses are what the plan addresses. */
    private static void addresses(Entries entries, EpisodeOfCare episode, CarePlan plan) {
        for (int i = 0; i < episode.getDiagnoses().size(); i++) {
            plan.addAddresses(entries.to("Condition", FhirRecord.conditionKey(episode.getId(), i)));
        }
    }

    /** "2 x/week for 6 weeks, 12 visits": the schedule as a timing of the visits' activity. */
    private static void visits(PlanOfCare plan, CarePlan resource, CarePlan.CarePlanActivityStatus status) {
        if (plan.getSessionsPerWeek() == null && plan.getWeeks() == null && plan.getPlannedVisits() == null) {
            return;
        }
        Timing.TimingRepeatComponent repeat = new Timing.TimingRepeatComponent();
        if (plan.getSessionsPerWeek() != null) {
            repeat.setFrequency(plan.getSessionsPerWeek()).setPeriod(1).setPeriodUnit(Timing.UnitsOfTime.WK);
        }
        if (plan.getWeeks() != null) {
            repeat.setBounds(new org.hl7.fhir.r4.model.Duration().setValue(plan.getWeeks()).setUnit("wk")
                    .setSystem(FhirRecord.UCUM).setCode("wk"));
        }
        if (plan.getPlannedVisits() != null) {
            repeat.setCount(plan.getPlannedVisits());
        }
        CarePlan.CarePlanActivityDetailComponent detail = resource.addActivity().getDetail();
        detail.setKind(CarePlan.CarePlanActivityKind.APPOINTMENT).setStatus(status);
        detail.setCode(Entries.atlasCode(INTERVENTION_SYSTEM, VISITS_CODE, "Physiotherapy visits"));
        detail.setScheduled(new Timing().setRepeat(repeat));
    }

    private static Goal goal(Entries entries, atlas.core.plan.Goal goal, PlanOfCare plan,
            org.hl7.fhir.r4.model.Patient patient) {
        Goal resource = new Goal();
        resource.setLifecycleStatus(switch (plan.getStatus()) {
        case DRAFT -> Goal.GoalLifecycleStatus.PROPOSED;
        case SIGNED -> Goal.GoalLifecycleStatus.ACTIVE;
        case SUPERSEDED -> Goal.GoalLifecycleStatus.CANCELLED;
        });
        resource.addCategory().setText(goal.getTerm() == GoalTerm.SHORT ? "short-term" : "long-term");
        resource.getDescription().setText(goal.getDescription() == null || goal.getDescription().isBlank()
                ? goal.getMeasureCode() : goal.getDescription());
        resource.setSubject(Entries.reference(patient));
        if (goal.getMeasureCode() != null) {
            Goal.GoalTargetComponent target = resource.addTarget().setMeasure(FhirRecord.measure(goal.getMeasureCode()));
            if (goal.getTarget() != null) {
                target.setDetail(new Quantity().setValue(goal.getTarget()));
            }
            if (goal.getDueDate() != null) {
                target.setDue(new DateType(goal.getDueDate().toString()));
            }
        }
        if (goal.getBaseline() != null) {
            resource.addNote().setText(BASELINE + goal.getBaseline());
        }
        return entries.add("Goal", goal.getId(), resource);
    }

    private static void procedure(Entries entries, InterventionGiven given, Visit visit, Long planId,
            org.hl7.fhir.r4.model.Patient patient) {
        Procedure procedure = new Procedure();
        procedure.setStatus(Procedure.ProcedureStatus.COMPLETED);
        procedure.setCode(intervention(given.getInterventionCode()));
        procedure.setSubject(Entries.reference(patient));
        procedure.setEncounter(entries.to("Encounter", given.getVisitId()));
        if (visit != null) {
            procedure.setPerformed(new DateTimeType(Entries.date(visit.getStartsAt())));
        }
        Reference plan = entries.to("CarePlan", planId);
        if (plan != null) {
            procedure.addBasedOn(plan);
        }
        String dosage = InterventionWording.dosage(given.getDosage()); // never null: an empty dosage reads ""
        if (!dosage.isBlank()) {
            procedure.addNote().setText(dosage);
        }
        org.hl7.fhir.r4.model.Extension dose = FhirDosage.of(given.getDosage());
        if (dose != null) {
            procedure.addExtension(dose);
        }
        if (given.getResponse() != null && !given.getResponse().isBlank()) {
            procedure.getOutcome().setText(given.getResponse());
        }
        entries.add("Procedure", given.getId(), procedure);
    }

    static org.hl7.fhir.r4.model.CodeableConcept intervention(String code) {
        return new org.hl7.fhir.r4.model.CodeableConcept()
                .addCoding(new Coding(INTERVENTION_SYSTEM, code, null)).setText(InterventionWording.title(code));
    }
}
