package atlas.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.Visit;
import atlas.core.episode.VisitType;
import atlas.core.note.ClinicalNote;
import atlas.core.patient.PatientRecord;
import atlas.core.referrer.Referrer;

/**
 * Who a report or letter is written to, the therapist's own words on the course of care and, for a
 * letter to the referrer, the findings - all read and edited before printing (issues 17 and 18).
 * Proposed as the episode's referrer (with their address where the clinic's directory knows them,
 * else the patient's referrer), the assessment of the latest signed note of the episode up to the
 * report's visit, and that note's history and examination; blank parts are left out.
 *
 * @param addressee one line for a report's "To:", or the lines of a letter's address block
 */
public record ReportLetter(String addressee, String narrative, String findings) {

    public static final ReportLetter NONE = new ReportLetter("", "", "");

    public ReportLetter {
        addressee = addressee == null ? "" : addressee.strip();
        narrative = narrative == null ? "" : narrative.strip();
        findings = findings == null ? "" : findings.strip();
    }

    public ReportLetter(String addressee, String narrative) {
        this(addressee, narrative, "");
    }

    /** The letter proposed for a report of {@code episode} up to {@code asOf} (null: up to today). */
    public static ReportLetter proposed(PatientRecord record, EpisodeOfCare episode, Visit asOf,
            List<ClinicalNote> notes) {
        return proposed(ProgressReports.Kind.PROGRESS_REPORT, record, episode, asOf, notes, List.of());
    }

    /**
     * The letter proposed for {@code kind}: addressed from {@code directory} where the episode's
     * referral names one of its clinicians (as the referral dialog keeps them, {@link Referrer#shown()},
     * or by name); the findings of the evaluation's signed note for the letter after the initial
     * evaluation, of the latest signed note for the discharge letter.
     */
    public static ReportLetter proposed(ProgressReports.Kind kind, PatientRecord record, EpisodeOfCare episode,
            Visit asOf, List<ClinicalNote> notes, List<Referrer> directory) {
        String referral = episode.getReferralSource();
        String referrer = referral != null && !referral.isBlank() ? referral.strip() : record.patient().getReferrer();
        Map<Long, Visit> visits = record.visits().stream().filter(visit -> visit.getEpisodeId() == episode.getId()
                && (asOf == null || !visit.getStartsAt().isAfter(asOf.getStartsAt())))
                .collect(Collectors.toMap(Visit::getId, visit -> visit));
        Predicate<ClinicalNote> any = note -> true;
        String narrative = latestSigned(notes, visits, note -> note.getAssessment() != null
                && !note.getAssessment().isBlank()).map(ClinicalNote::getAssessment).orElse("");
        if (!kind.isLetter()) {
            return new ReportLetter(referrer, narrative);
        }
        Predicate<ClinicalNote> evaluation = note -> visits.get(note.getVisitId()).getType() == VisitType.INITIAL_EVALUATION;
        Optional<ClinicalNote> found = latestSigned(notes, visits,
                kind == ProgressReports.Kind.EVALUATION_LETTER ? evaluation : any);
        List<String> findings = new ArrayList<>();
        found.map(ClinicalNote::getSubjective).filter(text -> text != null && !text.isBlank())
                .ifPresent(text -> findings.add(ProgressReports.text("findings.history", text.strip())));
        found.map(ClinicalNote::getObjective).filter(text -> text != null && !text.isBlank())
                .ifPresent(text -> findings.add(ProgressReports.text("findings.examination", text.strip())));
        String address = directory.stream().filter(known -> referrer != null
                && (referrer.equals(known.shown()) || referrer.equalsIgnoreCase(known.getName())))
                .findFirst().map(ReportLetter::addressOf).orElse(referrer);
        return new ReportLetter(address, narrative, String.join("\n", findings));
    }

    /** The address block of a referrer: name, specialty, practice, then the address a line a part. */
    static String addressOf(Referrer referrer) {
        List<String> lines = new ArrayList<>();
        lines.add(referrer.getName());
        for (String part : new String[] { referrer.getSpecialty(), referrer.getPractice() }) {
            if (part != null && !part.isBlank()) {
                lines.add(part.strip());
            }
        }
        String address = referrer.getContact() == null ? null : referrer.getContact().getAddress();
        if (address != null) {
            // typed on one line in the directory ("Seestrasse 4, 8800 Thalwil"); a letter sets it in lines
            for (String part : address.split("\\R|,")) {
                if (!part.isBlank()) {
                    lines.add(part.strip());
                }
            }
        }
        return String.join("\n", lines);
    }

    /** The addressee on one line, as a report's "To:" shows it. */
    public String addresseeLine() {
        return String.join(", ", addressee.lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
    }

    private static Optional<ClinicalNote> latestSigned(List<ClinicalNote> notes, Map<Long, Visit> visits,
            Predicate<ClinicalNote> which) {
        return notes.stream().filter(ClinicalNote::isSigned).filter(note -> visits.containsKey(note.getVisitId()))
                .filter(which).max(Comparator.comparing(note -> visits.get(note.getVisitId()).getStartsAt()));
    }
}
