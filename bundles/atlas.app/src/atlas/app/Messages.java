package atlas.app;

import org.eclipse.osgi.util.NLS;

/** Texts of the application frame; German in messages_de.properties, chosen by the platform locale. */
public final class Messages extends NLS {

    public static String status_database;
    public static String status_opening;
    public static String status_clinician;
    public static String open_job;
    public static String open_failed;
    public static String backup_dialog;
    public static String backup_job;
    public static String backup_done_title;
    public static String backup_done;
    public static String backup_failed;

    static {
        NLS.initializeMessages("atlas.app.messages", Messages.class);
    }

    private Messages() {
    }
}
