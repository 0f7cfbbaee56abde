package atlas.reports;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.Visit;
import atlas.core.note.ClinicalNote;
import atlas.core.patient.PatientRecord;

/**
 * Who a progress report or discharge summary is written to, and the therapist's own words on the
 * course of care, both read and edited before printing (issue 17). Proposed as the episode's
 * referrer (else the patient's) and the assessment of the latest signed note of the episode up to
 * the report's visit; blank parts are left out of the report.
 */
public record ReportLetter(String addressee, String narrative) {

    public static final ReportLetter NONE = new ReportLetter("", "");

    public ReportLetter {
        addressee = addressee == null ? "" : addressee.strip();
        narrative = narrative == null ? "" : narrative.strip();
    }

    /** The letter proposed for a report of {@code episode} up to {@code asOf} (null: up to today). */
    public static ReportLetter proposed(PatientRecord record, EpisodeOfCare episode, Visit asOf,
            List<ClinicalNote> notes) {
        String referrer = episode.getReferralSource();
        String addressee = referrer != null && !referrer.isBlank() ? referrer : record.patient().getReferrer();
        Map<Long, Visit> visits = record.visits().stream().filter(visit -> visit.getEpisodeId() == episode.getId()
                && (asOf == null || !visit.getStartsAt().isAfter(asOf.getStartsAt())))
                .collect(Collectors.toMap(Visit::getId, visit -> visit));
        String narrative = notes.stream().filter(ClinicalNote::isSigned)
                .filter(note -> visits.containsKey(note.getVisitId()))
                .filter(note -> note.getAssessment() != null && !note.getAssessment().isBlank())
                .max(Comparator.comparing(note -> visits.get(note.getVisitId()).getStartsAt()))
                .map(ClinicalNote::getAssessment).orElse("");
        return new ReportLetter(addressee, narrative);
    }
}
