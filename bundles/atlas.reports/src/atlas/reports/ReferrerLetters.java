package atlas.reports;

import static atlas.reports.ProgressReports.date;
import static atlas.reports.ProgressReports.text;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.Visit;
import atlas.core.episode.VisitStatus;
import atlas.core.redflag.RedFlagScreening;
import atlas.core.redflag.RedFlagWording;

/**
 * What a letter to the referrer adds to a report (issue 18; clinical reference, "Documentation
 * lifecycle": the referrer hears after the initial evaluation and at discharge): the findings -
 * the referral, the red-flag screening, the evaluation's history and examination as the therapist
 * left them - and, at discharge, the course of care; framed as a letter to the address block.
 */
final class ReferrerLetters {

    private ReferrerLetters() {
    }

    static List<ProgressReport.Section> sections(ProgressReports.Input input, ReportLetter letter, List<Visit> visits,
            Predicate<LocalDateTime> inEpisode) {
        EpisodeOfCare episode = input.episode();
        List<String> findings = new ArrayList<>();
        if (episode.getReferralDiagnosis() != null && !episode.getReferralDiagnosis().isBlank()) {
            findings.add(text("findings.referral", date(episode.getReferralDate()), episode.getReferralDiagnosis().strip()));
        }
        findings.add(redFlags(input.record().redFlagScreenings().stream()
                .filter(screening -> inEpisode.test(screening.getScreenedAt()))
                .max(Comparator.comparing(RedFlagScreening::getScreenedAt))));
        letter.findings().lines().filter(line -> !line.isBlank()).forEach(findings::add);
        List<ProgressReport.Section> sections = new ArrayList<>();
        sections.add(new ProgressReport.Section(text("section.findings"), null, List.of(), findings));
        if (input.kind() == ProgressReports.Kind.DISCHARGE_LETTER) {
            sections.add(new ProgressReport.Section(text("section.course"), null, List.of(), course(input, visits)));
        }
        return sections;
    }

    /** The address block, the date, the greeting and the closing. */
    static ProgressReport.Correspondence framing(ProgressReports.Input input, ReportLetter letter) {
        return new ProgressReport.Correspondence(letter.addressee().lines().map(String::strip)
                .filter(line -> !line.isEmpty()).toList(), text("letter.dated", date(input.today())),
                text("letter.greeting"), text("letter.closing"));
    }

    private static String redFlags(Optional<RedFlagScreening> latest) {
        if (latest.isEmpty()) {
            return text("findings.noScreening");
        }
        RedFlagScreening screening = latest.get();
        String day = date(screening.getScreenedAt().toLocalDate());
        if (screening.flags().isEmpty()) {
            return text("findings.noRedFlags", day);
        }
        String line = text("findings.redFlags", day, RedFlagWording.list(screening.flags()));
        String reviewed = screening.getAcknowledgement();
        return reviewed == null || reviewed.isBlank() ? line
                : line + " " + text("findings.redFlagsAcknowledged", reviewed.strip());
    }

    /** Visits attended (completed) from the first to the last, and why and when the episode ended. */
    private static List<String> course(ProgressReports.Input input, List<Visit> visits) {
        List<Visit> attended = visits.stream().filter(visit -> visit.getStatus() == VisitStatus.COMPLETED)
                .sorted(Comparator.comparing(Visit::getStartsAt)).toList();
        List<String> lines = new ArrayList<>();
        if (!attended.isEmpty()) {
            lines.add(text("course.visits", attended.size(), date(attended.get(0).getStartsAt().toLocalDate()),
                    date(attended.get(attended.size() - 1).getStartsAt().toLocalDate())));
        }
        EpisodeOfCare episode = input.episode();
        if (episode.getDischargeReason() != null) {
            lines.add(text("course.discharged", date(episode.getEndDate()),
                    text("dischargeReason." + episode.getDischargeReason().name())));
            String statement = episode.getDischargeStatement();
            if (statement != null && !statement.isBlank()) {
                statement.lines().filter(line -> !line.isBlank()).forEach(lines::add);
            }
        }
        return lines;
    }
}
