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

    /** Signs a draft; the revision it replaces, if any, becomes superseded. */
    PlanOfCare sign(long planId, long clinicianId) throws StoreException;

    /** A new draft revision of a signed plan, with copies of its goals and interventions. */
    PlanOfCare revise(long signedPlanId) throws StoreException;

    /** Every revision of the episode's plan, newest first. */
    List<PlanOfCare> revisionsOf(long episodeId) throws StoreException;

    InterventionGiven recordGiven(InterventionGiven given) throws StoreException;

    List<InterventionGiven> givenAt(long visitId) throws StoreException;
}
