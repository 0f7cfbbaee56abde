package atlas.ui;

import org.eclipse.osgi.util.NLS;

/** Texts of the UI kit; German in messages_de.properties, chosen by the platform locale. */
public final class Messages extends NLS {

    public static String banner_age;
    public static String banner_recordNumber;
    public static String banner_noEpisode;
    public static String banner_episodeSince;
    public static String banner_redFlagOpen;
    public static String banner_acknowledge;
    public static String banner_acknowledged;
    public static String banner_acknowledgedOne;
    public static String banner_noDiagnosis;
    public static String date_allowed;
    public static String date_notADate;
    public static String field_problem;
    public static String field_checking;
    public static String dialog_cancel;
    public static String dialog_close;
    public static String signature_password;
    public static String recoveryKey_title;
    public static String recoveryKey_intro;
    public static String recoveryKey_keep;
    public static String recoveryKey_writtenDown;
    public static String recoveryKey_done;
    public static String wholeNumber_wrong;

    static {
        NLS.initializeMessages("atlas.ui.messages", Messages.class);
    }

    private Messages() {
    }
}
