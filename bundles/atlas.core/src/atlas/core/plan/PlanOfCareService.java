package atlas.core.plan;

import java.util.List;

import atlas.core.store.StoreException;

/** Plans of care: drafts, goals, dosed interventions, signing, revisions, interventions given. */
public interface PlanOfCareService {

    /** Starts revision 1 of an episode's plan as a draft. */
    PlanOfCare createDraft(PlanOfCare plan) throws StoreException;

    /** @throws atlas.core.store.SignedRecordException when the plan is not a draft */
    PlanOfCare updateDraft(PlanOfCare plan) throws StoreException;

    Goal addGoal(Goal goal) throws StoreException;

    /** @throws atlas.core.store.SignedRecordException when the goal's plan is no longer a draft */
    Goal updateGoal(Goal goal) throws StoreException;

    /** Removes a goal of a draft. @throws atlas.core.store.SignedRecordException for a signed plan */
    void removeGoal(long goalId) throws StoreException;

    PlannedIntervention addIntervention(PlannedIntervention intervention) throws StoreException;

    /** Removes a planned intervention of a draft. @throws atlas.core.store.SignedRecordException for a signed plan */
    void removeIntervention(long interventionId) throws StoreException;

    List<Goal> goalsOf(long planId) throws StoreException;

    List<PlannedIntervention> interventionsOf(long planId) throws StoreException;

    /**
     * Signs a draft; the revision it replaces, if any, becomes superseded.
     *
     * @throws atlas.core.validation.ValidationException (field "redFlags") when the plan holds an
     *         intervention that needs red-flag clearance and the episode has none
     */
    PlanOfCare sign(long planId, long clinicianId) throws StoreException;

    /** A new draft revision of a signed plan, with copies of its goals and interventions. */
    PlanOfCare revise(long signedPlanId) throws StoreException;

    /** Every revision of the episode's plan, newest first. */
    List<PlanOfCare> revisionsOf(long episodeId) throws StoreException;

    /**
     * Records an intervention given at a visit.
     *
     * @throws atlas.core.validation.ValidationException when it needs red-flag clearance (neck
     *         manual therapy, traction, a clinic entry that says so) and the visit's episode has no
     *         screening yet or the patient has an open flag ({@link atlas.core.redflag.RedFlagGate})
     */
    default InterventionGiven recordGiven(InterventionGiven given) throws StoreException {
        return recordGiven(List.of(given)).get(0);
    }

    /** Records the interventions given at a visit, all or none, in one transaction (gated as above). */
    List<InterventionGiven> recordGiven(List<InterventionGiven> given) throws StoreException;

    /**
     * The plan's home programme as it may be printed: a signed plan's home exercises, or a draft's
     * without those that need red-flag clearance, marked as a draft.
     *
     * @throws atlas.core.validation.ValidationException when a signed plan's home exercise needs
     *         red-flag clearance that the episode does not have (a flag raised after signing), or
     *         the plan has been superseded by a newer signed revision
     */
    HomeProgramme homeProgramme(long planId) throws StoreException;

    List<InterventionGiven> givenAt(long visitId) throws StoreException;
}
