package atlas.patients.ui;

import org.eclipse.osgi.util.NLS;

/**
 * Texts of the patient records area; English in messages.properties, German in
 * messages_de.properties, chosen by the platform locale (-nl or the system's language).
 */
public final class Messages extends NLS {

    public static String list_searchHint;
    public static String list_opening;
    public static String list_recordNumber;
    public static String list_name;
    public static String list_dateOfBirth;
    public static String list_age;
    public static String list_sex;
    public static String list_referrer;
    public static String list_noneRegistered;
    public static String list_noMatch;
    public static String list_manyMatches;
    public static String list_matches;
    public static String list_searchJob;
    public static String list_readJob;
    public static String record_startEpisode;
    public static String record_addVisit;
    public static String record_screenRedFlags;
    public static String record_addVisit_title;
    public static String record_addVisit_noEpisode;
    public static String record_loadJob;
    public static String record_loadFailed;
    public static String record_saveFailed;
    public static String record_tooltip;
    public static String timeline_when;
    public static String timeline_type;
    public static String timeline_clinician;
    public static String timeline_note;
    public static String timeline_episode;
    public static String timeline_noNote;
    public static String timeline_signed;
    public static String timeline_draft;
    public static String note_subjective;
    public static String note_objective;
    public static String note_assessment;
    public static String note_plan;
    public static String note_sign;
    public static String note_addAddendum;
    public static String note_addenda;
    public static String note_addendumLine;
    public static String note_autosaveJob;
    public static String note_chooseVisit;
    public static String note_heading;
    public static String note_notStarted;
    public static String note_draft;
    public static String note_draftSaved;
    public static String note_signedBy;
    public static String note_signedElsewhere;
    public static String sign_yes;
    public static String sign_title;
    public static String sign_empty;
    public static String sign_question;
    public static String episode_title;
    public static String episode_description;
    public static String episode_save;
    public static String episode_common;
    public static String episode_codeSystem;
    public static String episode_code;
    public static String episode_diagnosis;
    public static String episode_startDate;
    public static String episode_referralDate;
    public static String episode_referralSource;
    public static String episode_referralSources;
    public static String visit_title;
    public static String visit_description;
    public static String visit_save;
    public static String visit_type;
    public static String visit_date;
    public static String visit_time;
    public static String visit_dateRange;
    public static String visit_timeFormat;
    public static String visit_clinician;
    public static String visit_chooseClinician;
    public static String book_title;
    public static String dayList_previous;
    public static String dayList_next;
    public static String dayList_today;
    public static String dayList_columns;
    public static String dayList_reading;
    public static String dayList_job;
    public static String dayList_none;
    public static String dayList_count;
    public static String dayList_one;
    public static String book_description;
    public static String book_heading;
    public static String book_noEpisode;
    public static String book_done;
    public static String visitType_initialEvaluation;
    public static String visitType_daily;
    public static String visitType_progressReport;
    public static String visitType_reEvaluation;
    public static String visitType_discharge;
    public static String episodeStatus_active;
    public static String episodeStatus_onHold;
    public static String episodeStatus_discharged;
    public static String episodeStatus_cancelled;
    public static String sex_female;
    public static String sex_male;
    public static String sex_other;
    public static String sex_unknown;
    public static String intake_title;
    public static String intake_description;
    public static String intake_save;
    public static String intake_notes;
    public static String acknowledge_title;
    public static String acknowledge_description;
    public static String acknowledge_save;
    public static String acknowledge_note;
    public static String addendum_title;
    public static String addendum_description;
    public static String addendum_save;
    public static String addendum_text;
    public static String conflict_title;
    public static String conflict_explanation;
    public static String conflict_signed;
    public static String conflict_theirs;
    public static String conflict_mine;
    public static String conflict_useTheirs;
    public static String conflict_keepMine;
    public static String register_title;
    public static String register_description;
    public static String register_save;
    public static String register_recordNumber;
    public static String register_familyName;
    public static String register_givenName;
    public static String register_dateOfBirth;
    public static String register_sex;
    public static String register_phone;
    public static String register_email;
    public static String register_referrer;
    public static String register_numberTaken;
    public static String register_checkingNumber;

    public static String notice_goals;
    public static String notice_progressReport;
    public static String notice_reEvaluation;

    static {
        NLS.initializeMessages("atlas.patients.ui.messages", Messages.class);
    }

    private Messages() {
    }
    public static String screeningHistory_title;
    public static String screeningHistory_columns;
    public static String screeningHistory_none;
    public static String screeningHistory_open;
    public static String screeningHistory_acknowledged;
    public static String screeningHistory_close;
    public static String screeningHistory_acknowledgement;
    public static String screeningHistory_notes;
    public static String notice_notScreened;
    public static String record_screenAgain_title;
    public static String record_screenAgain;
    public static String record_screenFirst;
    public static String record_screenNow;
    public static String record_screenLater;
}
