package atlas.core.plan;

/** A plan is edited as a draft, frozen when signed, and superseded by its next revision. */
public enum PlanStatus {
    DRAFT, SIGNED, SUPERSEDED
}
