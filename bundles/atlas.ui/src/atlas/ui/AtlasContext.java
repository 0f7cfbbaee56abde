package atlas.ui;

/** Names of the values and events the Atlas parts share through the e4 application context. */
public final class AtlasContext {

    /** Boolean, set to true in the application context once the clinical database is open. */
    public static final String DATABASE_READY = "atlas.database.ready";

    /**
     * The {@link atlas.core.clinician.Clinician} documenting at this workstation, set in the
     * application context once the database is open; notes and screenings are signed in their name.
     */
    public static final String CLINICIAN = "atlas.clinician";

    /**
     * The {@link atlas.core.security.UserAccount} signed in at this workstation, set in the
     * application context after the sign-in; what the user may do follows from its role.
     */
    public static final String USER = "atlas.user";

    /**
     * The {@link atlas.core.episode.Visit} chosen in the active patient record, set in that part's
     * context; commands of other areas (fill a form for the visit) read it.
     */
    public static final String VISIT = "atlas.visit";

    /** The id (Long) of the active episode of the patient whose record part is active, or absent. */
    public static final String EPISODE = "atlas.episode";

    /** The id (Long) of the patient whose record part is active, set in that part's context. */
    public static final String PATIENT = "atlas.patient";

    /** That patient's name as lists show it ("Keller, Anna"), set beside {@link #PATIENT}. */
    public static final String PATIENT_NAME = "atlas.patient.name";

    /** Event: the patient register changed or the user asked for a fresh list. */
    public static final String TOPIC_PATIENTS_CHANGED = "atlas/patients/changed";

    /** Event: something in one patient's record changed; the data is the patient id (Long). */
    public static final String TOPIC_RECORD_CHANGED = "atlas/record/changed";

    /** Widget data key under which parts name their controls, so UI tests find them by id. */
    public static final String WIDGET_ID = "atlas.widget.id";

    private AtlasContext() {
    }
}
