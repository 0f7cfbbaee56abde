package atlas.patients.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import atlas.core.episode.EpisodeOfCare;
import atlas.core.plan.Goal;
import atlas.core.plan.PlanReminders;
import atlas.core.redflag.RedFlagGate;
import atlas.measures.GoalStatus;
import atlas.outcomes.GoalProgress;

import atlas.ui.Counted;

/**
 * The banner's notes on the episode: a red-flag screening still missing, a referral running out,
 * how the goals stand, and what is due.
 */
final class PlanNotices {

    private PlanNotices() {
    }

    static List<String> of(RecordSnapshot record, LocalDate today) {
        List<String> notices = new ArrayList<>();
        EpisodeOfCare active = record.activeEpisode();
        if (active == null) {
            return notices;
        }
        if (!RedFlagGate.of(active, record.screenings()).screened()) {
            notices.add(Messages.notice_notScreened);
        }
        ReferralWords.notice(record.referralOf(active), today).ifPresent(notices::add);
        if (record.benefit() != null) {
            notices.add(NLS.bind(Messages.notice_benefit, record.benefit().lineText()));
        }
        Map<GoalStatus, Integer> counts = new EnumMap<>(GoalStatus.class);
        for (Goal goal : record.goals()) {
            GoalProgress.status(goal, record.outcomes(), today)
                    .ifPresent(status -> counts.merge(status, 1, Integer::sum));
        }
        if (!counts.isEmpty()) {
            notices.add(NLS.bind(Messages.notice_goals, counts.entrySet().stream()
                    .map(entry -> entry.getValue() + " " + entry.getKey().label()).collect(Collectors.joining(", "))));
        }
        for (PlanReminders.Reminder reminder : PlanReminders.due(record.signedPlan(), record.visitsOf(active), today)) {
            notices.add(reminder.kind() == PlanReminders.Kind.PROGRESS_REPORT_DUE
                    ? Counted.of(Messages.notice_progressReport, reminder.visits())
                    : NLS.bind(Messages.notice_reEvaluation, Labels.date(reminder.date())));
        }
        return notices;
    }
}
