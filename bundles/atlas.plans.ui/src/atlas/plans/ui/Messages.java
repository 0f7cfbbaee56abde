package atlas.plans.ui;

import org.eclipse.osgi.util.NLS;

/** Texts of the plan-of-care area; German in messages_de.properties. */
public final class Messages extends NLS {

    public static String plan_revisionChoice;
    public static String plan_signQuestion;
    public static String plan_activity;
    public static String plan_activityNeeded;
    public static String plan_updateGoal;
    public static String plan_removeGoal;
    public static String plan_goalUpdated;
    public static String plan_goalRemoved;
    public static String plan_removeIntervention;
    public static String plan_interventionRemoved;
    public static String plan_title;
    public static String plan_details;
    public static String plan_sessionsPerWeek;
    public static String plan_weeks;
    public static String plan_plannedVisits;
    public static String plan_reEvaluation;
    public static String plan_saveDetails;
    public static String plan_goals;
    public static String plan_goalColumns;
    public static String plan_term;
    public static String plan_terms;
    public static String plan_termShort;
    public static String plan_termLong;
    public static String plan_measure;
    public static String plan_baseline;
    public static String plan_target;
    public static String plan_due;
    public static String plan_addGoal;
    public static String plan_interventions;
    public static String plan_interventionColumns;
    public static String plan_intervention;
    public static String plan_sets;
    public static String plan_reps;
    public static String plan_hold;
    public static String plan_load;
    public static String plan_side;
    public static String plan_grade;
    public static String plan_minutes;
    public static String plan_perWeek;
    public static String plan_home;
    public static String plan_addIntervention;
    public static String plan_create;
    public static String plan_sign;
    public static String plan_revise;
    public static String plan_none;
    public static String plan_revision;
    public static String plan_statusDraft;
    public static String plan_statusSigned;
    public static String plan_statusSuperseded;
    public static String plan_signed;
    public static String plan_saved;
    public static String plan_yes;
    public static String given_title;
    public static String given_columns;
    public static String given_noPlan;
    public static String given_earlier;
    public static String given_save;

    public static String plan_handout;
    public static String handout_title;
    public static String handout_issued;
    public static String handout_exercise;
    public static String handout_how;
    public static String handout_howOften;
    public static String handout_asAgreed;
    public static String handout_advice;
    public static String handout_draft;
    public static String handout_leftOut;
    public static String handout_saved;
    public static String handout_failed;
    public static String handout_helperTitle;
    public static String handout_helperIntro;
    public static String handout_pictureLeftOut;

    public static String plan_close;
    public static String plan_episode;
    public static String plan_reading;
    public static String plan_tab;
    public static String plan_tabTooltip;
    public static String plan_noRecord;

    static {
        NLS.initializeMessages("atlas.plans.ui.messages", Messages.class);
    }

    private Messages() {
    }
}
