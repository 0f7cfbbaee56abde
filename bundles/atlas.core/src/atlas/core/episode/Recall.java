package atlas.core.episode;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Who the clinic should call (issue 18): an open episode whose re-evaluation is due, whose series
 * ended without a next visit or a discharge, whose referral runs out, or whose patient missed a
 * visit and has none booked since. The same rules for the front desk's list and the therapist's;
 * nothing clinical is read - visit kinds, times and statuses, the plan's re-evaluation date, the
 * referral's numbers.
 */
public final class Recall {

    /** A re-evaluation booked up to this many days before the plan's date counts as the re-evaluation. */
    public static final int RE_EVALUATION_EARLY_DAYS = 7;

    /** Why a patient is on the recall list, in the order the list shows them. */
    public enum Reason {
        /** The signed plan's re-evaluation date has come (or comes within a week) and none is booked. */
        RE_EVALUATION_DUE,
        /** The patient missed their last visit and has none booked since. */
        NO_SHOW_NOT_BACK,
        /** Visits were given, none is booked from today on, and the episode is not discharged. */
        SERIES_ENDED,
        /** The referral's sessions or validity run out (or have). */
        REFERRAL_ENDING
    }

    /**
     * One line: the patient, the episode, why, and the day it is about (the re-evaluation date, the
     * missed or last visit, the referral's last day; null where the referral has no last day).
     */
    public record Line(long patientId, String recordNumber, String patientName, long episodeId, Reason reason,
            LocalDate date, ReferralStanding referral) {
    }

    private Recall() {
    }

    /**
     * The reasons to call about one open episode.
     *
     * @param visits           the episode's visits, any order
     * @param reEvaluationDate the newest signed plan's re-evaluation date, or null
     */
    public static List<Line> of(EpisodeOfCare episode, String recordNumber, String patientName, List<Visit> visits,
            LocalDate reEvaluationDate, LocalDateTime now) {
        List<Line> lines = new ArrayList<>();
        if (episode.isClosed()) {
            return lines;
        }
        LocalDate today = now.toLocalDate();
        List<Visit> inOrder = visits.stream().sorted(Comparator.comparing(Visit::getStartsAt)).toList();
        boolean upcoming = inOrder.stream().anyMatch(v -> v.getStatus().holdsTime() && !v.getStartsAt().isBefore(now));
        if (reEvaluationDate != null && !today.plusDays(RE_EVALUATION_EARLY_DAYS).isBefore(reEvaluationDate)
                && inOrder.stream().noneMatch(v -> v.getType() == VisitType.RE_EVALUATION && v.getStatus().holdsTime()
                        && !v.getStartsAt().toLocalDate().isBefore(reEvaluationDate.minusDays(RE_EVALUATION_EARLY_DAYS)))) {
            lines.add(line(episode, recordNumber, patientName, Reason.RE_EVALUATION_DUE, reEvaluationDate, null));
        }
        Optional<Visit> lastPast = inOrder.stream().filter(v -> v.getStartsAt().isBefore(now)
                && v.getStatus() != VisitStatus.CANCELLED).reduce((first, second) -> second);
        if (!upcoming && lastPast.isPresent()) {
            Reason why = lastPast.get().getStatus() == VisitStatus.NO_SHOW ? Reason.NO_SHOW_NOT_BACK : Reason.SERIES_ENDED;
            lines.add(line(episode, recordNumber, patientName, why, lastPast.get().getStartsAt().toLocalDate(), null));
        }
        ReferralStanding referral = ReferralStanding.of(episode, visits);
        if (referral.notice(today) != ReferralStanding.Notice.NONE) {
            lines.add(line(episode, recordNumber, patientName, Reason.REFERRAL_ENDING, referral.validUntil(), referral));
        }
        return lines;
    }

    /** The lines of many episodes in the list's order: by reason, then the oldest day first. */
    public static List<Line> sorted(List<Line> lines) {
        return lines.stream().sorted(Comparator.comparing(Line::reason)
                .thenComparing(Line::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Line::patientName)).toList();
    }

    private static Line line(EpisodeOfCare episode, String recordNumber, String patientName, Reason reason,
            LocalDate date, ReferralStanding referral) {
        return new Line(episode.getPatientId(), recordNumber, patientName, episode.getId(), reason, date, referral);
    }
}
