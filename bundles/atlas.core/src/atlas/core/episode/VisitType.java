package atlas.core.episode;

/**
 * The kinds of visit of the physical therapy documentation cycle: initial evaluation, daily
 * treatment notes, a progress report (commonly every 10 visits), re-evaluation, discharge.
 */
public enum VisitType {
    INITIAL_EVALUATION, DAILY, PROGRESS_REPORT, RE_EVALUATION, DISCHARGE
}
