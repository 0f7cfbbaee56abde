package atlas.core.document;

/** What a document of a patient's record is: printed by Atlas, or received and attached. */
public enum DocumentKind {
    /** The home programme handed to the patient (from the signed plan of care). */
    HOME_PROGRAMME,
    /** A progress report for the referring doctor or the payer. */
    PROGRESS_REPORT,
    /** The discharge summary at the end of an episode. */
    DISCHARGE_SUMMARY,
    /** The letter to the referrer after the initial evaluation: findings, baseline, goals, plan. */
    EVALUATION_LETTER,
    /** The letter to the referrer at discharge: the course of care, the change, the goals reached. */
    DISCHARGE_LETTER,
    /** A scan of the referral (prescription); the front desk may attach it, as it keeps referrals. */
    REFERRAL,
    /** An imaging report received (X-ray, MRI, CT). */
    IMAGING_REPORT,
    /** A letter received from another clinician. */
    LETTER_RECEIVED;

    /** Whether documents of this kind come from outside and are attached, not printed by Atlas. */
    public boolean received() {
        return this == REFERRAL || this == IMAGING_REPORT || this == LETTER_RECEIVED;
    }
}
