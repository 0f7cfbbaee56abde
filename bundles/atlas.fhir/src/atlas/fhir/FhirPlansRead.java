package atlas.fhir;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Timing;

import atlas.core.patient.PatientHistory;
import atlas.core.plan.Dosage;
import atlas.core.plan.GoalTerm;
import atlas.core.validation.Wording;

/**
 * Plans of care read back from Atlas's own FHIR (the reverse of {@link FhirCare}): each signed or
 * superseded CarePlan of an episode in the file as a revision of that episode's plan, with who
 * signed it and when, the revision it replaces, its visit schedule and re-evaluation day, its
 * Goals and its planned interventions with their doses. A draft stays in the system it was
 * written in; a plan of no episode in the file, or without a signer, is skipped with the reason.
 * Imported plans are history: giving an intervention here or signing a new revision still passes
 * the red-flag gate.
 */
final class FhirPlansRead {

    /** Where a plan went: its episode and its place among the episode's revisions. */
    record Place(FhirHistories.Gathered episode, int index) {
    }

    private FhirPlansRead() {
    }

    static Map<String, Place> of(List<FhirHistories.Sent> care, Map<String, PatientHistory.Author> authors,
            Map<String, org.hl7.fhir.r4.model.Provenance> signatures, Map<String, FhirHistories.Gathered> byEpisode,
            List<FhirImport.Problem> skipped, List<FhirImport.Problem> problems) {
        Map<String, FhirHistories.Sent> goals = new HashMap<>();
        care.stream().filter(sent -> sent.resource() instanceof Goal).forEach(sent -> sent.keys().forEach(key -> goals
                .put(key, sent)));
        Set<FhirHistories.Sent> goalsTaken = new HashSet<>();
        Map<String, Place> places = new HashMap<>();
        for (FhirHistories.Sent sent : care) {
            if (!(sent.resource() instanceof CarePlan plan)) {
                continue;
            }
            FhirHistories.Gathered episode = plan.getSupportingInfo().stream().map(ref -> byEpisode.get(ref.getReference()))
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            PatientHistory.Author signer = authors.get(plan.getAuthor().getReference());
            String why = plan.getStatus() == CarePlan.CarePlanStatus.DRAFT ? "fhir.draftPlan"
                    : plan.getStatus() != CarePlan.CarePlanStatus.ACTIVE && plan.getStatus() != CarePlan.CarePlanStatus.REVOKED
                            ? "fhir.planStatus" : episode == null ? "fhir.planNoEpisode"
                                    : signer == null || !plan.hasCreated() ? "fhir.unsignedPlan" : null;
            if (why != null) {
                skipped.add(new FhirImport.Problem(sent.where(), Wording.of(why)));
                continue;
            }
            Place replaced = plan.getReplaces().stream().map(ref -> places.get(ref.getReference()))
                    .filter(place -> place != null && place.episode() == episode).findFirst().orElse(null);
            List<PatientHistory.PlanGoal> planGoals = new ArrayList<>();
            for (Reference reference : plan.getGoal()) {
                FhirHistories.Sent goal = goals.get(reference.getReference());
                if (goal != null && goalsTaken.add(goal)) {
                    planGoals.add(goal((Goal) goal.resource()));
                }
            }
            Timing.TimingRepeatComponent schedule = null;
            List<PatientHistory.Planned> planned = new ArrayList<>();
            for (CarePlan.CarePlanActivityComponent activity : plan.getActivity()) {
                CarePlan.CarePlanActivityDetailComponent detail = activity.getDetail();
                String code = detail.getCode().getCoding().stream().filter(coding -> FhirCare.INTERVENTION_SYSTEM
                        .equals(coding.getSystem())).map(Coding::getCode).findFirst().orElse(null);
                if (FhirCare.VISITS_CODE.equals(code) && detail.hasScheduledTiming()) {
                    schedule = detail.getScheduledTiming().getRepeat();
                } else if (code != null) {
                    boolean byThePatient = detail.getPerformer().stream().anyMatch(performer -> plan.getSubject()
                            .getReference().equals(performer.getReference()));
                    planned.add(new PatientHistory.Planned(code, dosage(sent, detail.getExtensionByUrl(FhirDosage.URL),
                            problems), byThePatient));
                }
            }
            String title = plan.getTitle() == null ? "" : plan.getTitle();
            int revision = title.startsWith(FhirCare.TITLE) && title.substring(FhirCare.TITLE.length()).matches("\\d{1,4}")
                    ? Integer.parseInt(title.substring(FhirCare.TITLE.length())) : episode.plans.size() + 1;
            LocalDate reEvaluation = plan.getNote().stream().map(Annotation::getText).filter(text -> text != null
                    && text.startsWith(FhirCare.RE_EVALUATION)).map(text -> LocalDate.parse(text.substring(
                            FhirCare.RE_EVALUATION.length()))).findFirst().orElse(null);
            // signed when its signature says (to the millisecond), else when the plan says it was made
            java.util.Date signedAt = sent.keys().stream().map(signatures::get).filter(java.util.Objects::nonNull)
                    .map(signature -> signature.getRecorded()).findFirst().orElse(plan.getCreated());
            episode.plans.add(new PatientHistory.Plan(revision, replaced == null ? null : replaced.index(),
                    plan.getStatus() == CarePlan.CarePlanStatus.REVOKED,
                    schedule != null && schedule.hasFrequency() ? schedule.getFrequency() : null,
                    schedule != null && schedule.hasBoundsDuration() ? schedule.getBoundsDuration().getValue().intValue() : null,
                    schedule != null && schedule.hasCount() ? schedule.getCount() : null, reEvaluation, signer,
                    signedAt.toInstant(), planGoals, planned));
            Place place = new Place(episode, episode.plans.size() - 1);
            sent.keys().forEach(key -> places.put(key, place));
        }
        care.stream().filter(sent -> sent.resource() instanceof Goal && !goalsTaken.contains(sent)).forEach(sent -> skipped
                .add(new FhirImport.Problem(sent.where(), Wording.of("fhir.goalOfNoPlan"))));
        return places;
    }

    /** A goal as its Goal resource gives it; a description that only repeats the measure's code was none. */
    private static PatientHistory.PlanGoal goal(Goal goal) {
        GoalTerm term = "short-term".equals(goal.getCategoryFirstRep().getText()) ? GoalTerm.SHORT : GoalTerm.LONG;
        Goal.GoalTargetComponent target = goal.getTargetFirstRep();
        String measure = target.getMeasure().getCoding().stream().filter(coding -> FhirRecord.MEASURE_SYSTEM.equals(
                coding.getSystem())).map(Coding::getCode).findFirst().orElse(null);
        Double value = target.hasDetailQuantity() && target.getDetailQuantity().hasValue() ? target.getDetailQuantity()
                .getValue().doubleValue() : null;
        LocalDate due = target.hasDueDateType() ? LocalDate.parse(target.getDueDateType().getValueAsString()) : null;
        Double baseline = goal.getNote().stream().map(Annotation::getText).filter(text -> text != null && text.startsWith(
                FhirCare.BASELINE)).map(text -> Double.valueOf(text.substring(FhirCare.BASELINE.length()))).findFirst()
                .orElse(null);
        String description = goal.getDescription().getText();
        return new PatientHistory.PlanGoal(term, measure, baseline, value, due, description == null || description
                .equals(measure) ? null : description);
    }

    /** The dose its extension holds; a dose Atlas cannot read is a problem of the file (an empty dose meanwhile). */
    static Dosage dosage(FhirHistories.Sent sent, Extension extension, List<FhirImport.Problem> problems) {
        try {
            return FhirDosage.read(extension);
        } catch (RuntimeException wrong) { // a field Atlas does not know, or a value of another type
            problems.add(new FhirImport.Problem(sent.where(), Wording.of("fhir.dosage", wrong.getMessage())));
            return new Dosage();
        }
    }
}
