package atlas.app;

/** Names of the values and events the Atlas parts share through the e4 application context. */
public final class AtlasContext {

    /** Boolean, set to true in the application context once the clinical database is open. */
    public static final String DATABASE_READY = "atlas.database.ready";

    /** Event: the patient register changed or the user asked for a fresh list. */
    public static final String TOPIC_PATIENTS_CHANGED = "atlas/patients/changed";

    /** Widget data key under which parts name their controls, so UI tests find them by id. */
    public static final String WIDGET_ID = "atlas.widget.id";

    private AtlasContext() {
    }
}
