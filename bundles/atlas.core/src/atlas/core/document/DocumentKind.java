package atlas.core.document;

/** What a printed document of a patient's record is. */
public enum DocumentKind {
    /** The home programme handed to the patient (from the signed plan of care). */
    HOME_PROGRAMME,
    /** A progress report for the referring doctor or the payer. */
    PROGRESS_REPORT,
    /** The discharge summary at the end of an episode. */
    DISCHARGE_SUMMARY
}
