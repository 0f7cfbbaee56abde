package atlas.assessments.ui;

import org.eclipse.osgi.util.NLS;

/** Texts of the assessments area; German in messages_de.properties. */
public final class Messages extends NLS {

    public static String form_title;
    public static String form_description;
    public static String form_save;
    public static String form_tab;
    public static String form_titleOf;
    public static String form_saved;
    public static String form_choose;
    public static String form_notScored;
    public static String form_result;
    public static String form_change;
    public static String form_noBaseline;
    public static String form_readingEarlier;
    public static String form_baselineAgain;
    public static String form_reEvaluation;
    public static String form_noVerdict;
    public static String form_noForms;
    public static String diary_title;
    public static String diary_change;
    public static String diary_remove;
    public static String diary_removeTitle;
    public static String diary_reasonNeeded;
    public static String diary_removeButton;
    public static String diary_removeQuestion;
    public static String diary_changed;
    public static String diary_removed;
    public static String diary_tab;
    public static String diary_reading;
    public static String diary_titleOf;
    public static String diary_baselineMonth;
    public static String diary_notEnoughData;
    public static String diary_newEntry;
    public static String diary_date;
    public static String diary_start;
    public static String diary_minutes;
    public static String diary_intensity;
    public static String diary_side;
    public static String diary_sides;
    public static String diary_medicationClass;
    public static String diary_medicationClasses;
    public static String diary_medication;
    public static String diary_pulsating;
    public static String diary_nausea;
    public static String diary_light;
    public static String diary_sound;
    public static String diary_add;
    public static String diary_columns;
    public static String diary_monthColumns;
    public static String diary_metricsNote;
    public static String diary_import;
    public static String diary_close;
    public static String diary_added;
    public static String diary_timeFormat;
    public static String diary_unreadable;
    public static String diary_importProblems;
    public static String diary_imported;
    public static String diary_importNothing;
    public static String diary_importNoRows;
    public static String diary_yes;
    public static String diary_no;
    public static String diary_chronic;
    public static String diary_overuse;
    public static String diary_aura;
    public static String diary_relief;
    public static String diary_reliefs;
    public static String diary_disability;
    public static String diary_disabilities;
    public static String diary_triggers;
    public static String diary_worse;
    public static String diary_sideLocked;
    public static String diary_neck;
    public static String diary_jaw;

    static {
        NLS.initializeMessages("atlas.assessments.ui.messages", Messages.class);
    }

    private Messages() {
    }
    public static String form_choiceKeys;
    public static String form_wordingOf;
    public static String form_printBlank;
    public static String blank_header;
    public static String blank_write;
    public static String blank_scale;
    public static String blank_printed;
    public static String blank_failed;
}
