package atlas.outcomes.ui;

import org.eclipse.osgi.util.NLS;

/** Texts of the outcomes area; German in messages_de.properties. */
public final class Messages extends NLS {

    public static String outcomes_loading;
    public static String outcomes_wholeHistory;
    public static String outcomes_loadJob;
    public static String outcomes_label;
    public static String outcomes_heading;
    public static String outcomes_headingNoEpisode;
    public static String outcomes_none;
    public static String outcomes_progressReport;
    public static String outcomes_dischargeSummary;
    public static String outcomes_printing;
    public static String outcomes_printJob;
    public static String report_title;
    public static String letter_intro;
    public static String letter_addressee;
    public static String letter_narrative;
    public static String letter_print;
    public static String letter_introLetter;
    public static String letter_findings;
    public static String outcomes_evaluationLetter;
    public static String outcomes_dischargeLetter;
    public static String report_saved;
    public static String letter_title;
    public static String letter_saved;
    public static String report_failed;
    public static String report_noPatient;
    public static String report_noEpisode;
    public static String chart_copy;
    public static String chart_savePng;
    public static String chart_saveSvg;
    public static String chart_saveFailed;
    public static String chart_saveFailedDetail;
    public static String clinic_diagnosis;
    public static String clinic_from;
    public static String clinic_to;
    public static String clinic_show;
    public static String clinic_columns;
    public static String clinic_loading;
    public static String clinic_loadJob;
    public static String clinic_summary;
    public static String clinic_badRange;

    static {
        NLS.initializeMessages("atlas.outcomes.ui.messages", Messages.class);
    }

    private Messages() {
    }
}
