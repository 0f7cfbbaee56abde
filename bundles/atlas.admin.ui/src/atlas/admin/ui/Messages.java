package atlas.admin.ui;

import org.eclipse.osgi.util.NLS;

/** Texts of the administration area; German in messages_de.properties. */
public final class Messages extends NLS {

    public static String audit_recordNumber;
    public static String audit_user;
    public static String audit_action;
    public static String audit_anyAction;
    public static String audit_from;
    public static String audit_to;
    public static String audit_search;
    public static String audit_verify;
    public static String audit_export;
    public static String audit_columns;
    public static String audit_searching;
    public static String audit_searchJob;
    public static String audit_noPatient;
    public static String audit_badDate;
    public static String audit_found;
    public static String audit_more;
    public static String audit_verifying;
    public static String audit_verifyJob;
    public static String audit_intact;
    public static String audit_broken;
    public static String audit_exported;
    public static String audit_exportFailed;
    public static String changeKey_title;
    public static String changeKey_intro;
    public static String changeKey_password;
    public static String changeKey_change;
    public static String export_title;
    public static String export_done;
    public static String export_failed;
    public static String export_docTitle;
    public static String export_docIssued;
    public static String export_docNote;
    public static String pseudonymise_title;
    public static String pseudonymise_question;
    public static String pseudonymise_reasonNeeded;
    public static String pseudonymise_done;
    public static String users_title;
    public static String users_columns;
    public static String users_username;
    public static String users_name;
    public static String users_role;
    public static String users_password;
    public static String users_repeat;
    public static String users_roleAdministrator;
    public static String users_roleTherapist;
    public static String users_roleFrontDesk;
    public static String users_add;
    public static String users_active;
    public static String users_inactive;
    public static String users_mismatch;
    public static String users_added;
    public static String users_reset;
    public static String users_deactivate;
    public static String users_choose;
    public static String users_passwordSet;
    public static String users_deactivate_title;
    public static String users_deactivate_question;
    public static String users_deactivated;
    public static String recoveryKey_failed;
    public static String backupPlan_title;
    public static String backupPlan_intro;
    public static String backupPlan_destination;
    public static String backupPlan_choose;
    public static String backupPlan_space;
    public static String backupPlan_spaceUnknown;
    public static String backupPlan_sameDisk;
    public static String backupPlan_absolute;
    public static String backupPlan_daily;
    public static String backupPlan_limit;
    public static String backupPlan_noneYet;
    public static String backupPlan_last;
    public static String backupPlan_failed;
    public static String backupPlan_badTime;
    public static String backupPlan_save;

    static {
        NLS.initializeMessages("atlas.admin.ui.messages", Messages.class);
    }

    private Messages() {
    }
    public static String wording_title;
    public static String wording_intro;
    public static String wording_columns;
    public static String wording_file;
    public static String wording_fileHint;
    public static String wording_browse;
    public static String wording_import;
    public static String wording_remove;
    public static String wording_close;
    public static String wording_imported;
    public static String wording_refused;
    public static String wording_notUtf8;
    public static String wording_unreadable;
    public static String wording_chooseFirst;
    public static String wording_removed;
    public static String clinic_title;
    public static String clinic_description;
    public static String clinic_save;
    public static String clinic_name;
    public static String clinic_address;
    public static String clinic_phone;
    public static String clinic_numbering;
    public static String firstDay_title;
    public static String firstDay_intro;
    public static String firstDay_done;
    public static String firstDay_notYet;
    public static String firstDay_doNow;
    public static String firstDay_close;
    public static String firstDay_complete;
    public static String firstDay_later;
    public static String firstDay_clinicDetails;
    public static String firstDay_users;
    public static String firstDay_backup;
    public static String firstDay_recoveryKey;
    public static String clinic_numberingHint;
}
