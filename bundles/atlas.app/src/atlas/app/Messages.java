package atlas.app;

import org.eclipse.osgi.util.NLS;

/** Texts of the application frame; German in messages_de.properties, chosen by the platform locale. */
public final class Messages extends NLS {

    public static String status_database;
    public static String about_title;
    public static String about_version;
    public static String about_purpose;
    public static String about_java;
    public static String about_libraries;
    public static String about_library;
    public static String about_libraryVersion;
    public static String about_licence;
    public static String about_licenceNotKnown;
    public static String about_notices;
    public static String about_close;
    public static String unsaved_question;
    public static String unsaved_save;
    public static String unsaved_discard;
    public static String unsaved_cancel;
    public static String status_thisComputer;
    public static String status_server;
    public static String status_nobody;
    public static String status_detail;
    public static String status_opening;
    public static String status_encrypted;
    public static String status_locked;
    public static String status_noBackup;
    public static String status_oldBackup;
    public static String status_noBackupTell;
    public static String status_oldBackupTell;
    public static String status_keyNotProtected;
    public static String status_notEncrypted;
    public static String status_clinician;
    public static String open_job;
    public static String signIn_readying_job;
    public static String open_failed;
    public static String backup_dialog;
    public static String backup_job;
    public static String backup_done_title;
    public static String backup_done;
    public static String backup_failed;
    public static String status_user;
    public static String signIn_title;
    public static String signIn_lockedTitle;
    public static String signIn_intro;
    public static String signIn_lockedIntro;
    public static String signIn_username;
    public static String signIn_password;
    public static String signIn_ok;
    public static String signIn_quit;
    public static String firstAdmin_title;
    public static String firstAdmin_intro;
    public static String firstAdmin_encrypted;
    public static String firstAdmin_name;
    public static String firstAdmin_repeat;
    public static String firstAdmin_create;
    public static String firstAdmin_mismatch;
    public static String changePassword_title;
    public static String changePassword_intro;
    public static String changePassword_current;
    public static String changePassword_new;
    public static String changePassword_ok;
    public static String changePassword_done;
    public static String changePassword_wrong;
    public static String role_ADMINISTRATOR;
    public static String role_THERAPIST;
    public static String role_FRONT_DESK;

    static {
        NLS.initializeMessages("atlas.app.messages", Messages.class);
    }

    private Messages() {
    }
}
