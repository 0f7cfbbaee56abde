package atlas.patients.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;

import atlas.core.dates.ClinicDates;
import atlas.core.document.DocumentKind;
import atlas.core.episode.DischargeReason;
import atlas.core.episode.EpisodeStatus;
import atlas.core.episode.VisitType;
import atlas.core.patient.Sex;

/** The words for the domain's coded values, in the user's language. */
public final class Labels {



    private Labels() {
    }

    public static String documentKind(DocumentKind kind) {
        return switch (kind) {
        case HOME_PROGRAMME -> Messages.documentKind_homeProgramme;
        case PROGRESS_REPORT -> Messages.documentKind_progressReport;
        case DISCHARGE_SUMMARY -> Messages.documentKind_dischargeSummary;
        case EVALUATION_LETTER -> Messages.documentKind_evaluationLetter;
        case DISCHARGE_LETTER -> Messages.documentKind_dischargeLetter;
        case REFERRAL -> Messages.documentKind_referral;
        case IMAGING_REPORT -> Messages.documentKind_imagingReport;
        case LETTER_RECEIVED -> Messages.documentKind_letterReceived;
        };
    }

    public static String visitType(VisitType type) {
        return switch (type) {
        case INITIAL_EVALUATION -> Messages.visitType_initialEvaluation;
        case DAILY -> Messages.visitType_daily;
        case PROGRESS_REPORT -> Messages.visitType_progressReport;
        case RE_EVALUATION -> Messages.visitType_reEvaluation;
        case DISCHARGE -> Messages.visitType_discharge;
        };
    }

    /** Where a visit stands: "Booked", "Cancelled (late): migraine attack". */
    public static String visitStatus(atlas.core.episode.Visit visit) {
        return switch (visit.getStatus()) {
        case BOOKED -> Messages.visitStatus_booked;
        case ARRIVED -> Messages.visitStatus_arrived;
        case COMPLETED -> Messages.visitStatus_completed;
        case NO_SHOW -> Messages.visitStatus_noShow;
        case CANCELLED -> org.eclipse.osgi.util.NLS.bind(visit.isLateCancellation()
                ? Messages.visitStatus_cancelledLate : Messages.visitStatus_cancelled,
                visit.getCancelReason() == null ? "" : visit.getCancelReason());
        };
    }

    public static String episodeStatus(EpisodeStatus status) {
        return switch (status) {
        case ACTIVE -> Messages.episodeStatus_active;
        case ON_HOLD -> Messages.episodeStatus_onHold;
        case DISCHARGED -> Messages.episodeStatus_discharged;
        case CANCELLED -> Messages.episodeStatus_cancelled;
        };
    }

    public static String dischargeReason(DischargeReason reason) {
        return switch (reason) {
        case GOALS_MET -> Messages.dischargeReason_goalsMet;
        case PLATEAU -> Messages.dischargeReason_plateau;
        case PATIENT_CHOICE -> Messages.dischargeReason_patientChoice;
        case REFERRED_ON -> Messages.dischargeReason_referredOn;
        case OTHER -> Messages.dischargeReason_other;
        };
    }

    public static String sex(Sex sex) {
        return switch (sex) {
        case FEMALE -> Messages.sex_female;
        case MALE -> Messages.sex_male;
        case OTHER -> Messages.sex_other;
        case UNKNOWN -> Messages.sex_unknown;
        };
    }

    public static String date(LocalDate date) {
        return date == null ? "" : ClinicDates.forPlatform().date(date);
    }

    /** A score as the record shows it: whole numbers bare, others to one decimal in the user's locale. */
    public static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value)
                : String.format(java.util.Locale.getDefault(), "%.1f", value);
    }

    public static String dateTime(LocalDateTime when) {
        return when == null ? "" : ClinicDates.forPlatform().dateTime(when);
    }
}
