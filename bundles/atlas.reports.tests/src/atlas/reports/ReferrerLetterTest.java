package atlas.reports;

import static atlas.reports.SixWeeksOfCare.START;
import static atlas.reports.SixWeeksOfCare.episode;
import static atlas.reports.SixWeeksOfCare.pdfText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import atlas.core.episode.Discharge;
import atlas.core.episode.DischargeReason;
import atlas.core.note.ClinicalNote;
import atlas.core.patient.ContactDetails;
import atlas.core.patient.PatientRecord;
import atlas.core.redflag.RedFlagScreening;
import atlas.core.referrer.Referrer;

/**
 * The letters to the referrer (issue 18): addressed from the clinic's directory, the evaluation's
 * findings and red-flag screening, the measures with their MCID verdicts, the goals and their
 * status, the course of care at discharge, framed as a letter - read back from the PDF.
 */
@ExtendWith(EnglishLocale.class)
class ReferrerLetterTest {

    @Test
    void theEvaluationLetterIsAddressedFromTheDirectoryWithTheEvaluationsFindings() throws Exception {
        SixWeeksOfCare.Input care = episode();
        Referrer brunner = brunner();
        care.episode().setReferralSource(brunner.shown());
        care.episode().setReferralDiagnosis("Cervicogenic headache");
        ClinicalNote evaluation = signed(care.visits().get(0).getId(), "Daily headache since a fall in May.",
                "C1-2 flexion-rotation test 24 degrees left.", "Cervicogenic contribution likely.");
        ClinicalNote later = signed(care.visits().get(2).getId(), "Better.", "FRT 32 degrees left.", "Improving.");
        PatientRecord record = withScreening(care, List.of(new RedFlagScreening(1, START.atTime(9, 10), 5L, List.of())));
        ProgressReports.Input input = input(care, record, ProgressReports.Kind.EVALUATION_LETTER, 0);

        ReportLetter proposed = ReportLetter.proposed(ProgressReports.Kind.EVALUATION_LETTER, record, care.episode(),
                care.visits().get(0), List.of(later, evaluation), List.of(new Referrer("Dr. B. Other", null, null), brunner));
        assertEquals("Dr. med. Anna Brunner\nNeurology\nPraxis am See\nSeestrasse 4\n8800 Thalwil", proposed.addressee(),
                "the referral's clinician's address block from the directory, the address set in lines");
        assertEquals("History: Daily headache since a fall in May.\nExamination: C1-2 flexion-rotation test 24 degrees left.",
                proposed.findings(), "the evaluation's own signed note, not a later one");
        assertEquals("Cervicogenic contribution likely.", proposed.narrative());

        ReportLetter edited = new ReportLetter(proposed.addressee(), "Cervicogenic contribution likely; treated twice a week.",
                proposed.findings() + "\nNo dizziness on testing.");
        String text = pdfText(ProgressReports.assemble(input, edited), 0);
        for (String expected : List.of("Dr. med. Anna Brunner", "Praxis am See", "8800 Thalwil", "Dear colleague,",
                "Physiotherapy: initial evaluation", "Keller, Anna, born 3/12/1980", "Findings",
                "Referred on 9/28/2026: Cervicogenic headache", "Red-flag screening on 10/5/2026: no red flags.",
                "Examination: C1-2 flexion-rotation test 24 degrees left.", "No dizziness on testing.",
                "treated twice a week.", "Outcome measures", "Neck Disability Index", "baseline: no later result yet",
                "Goals", "short-term",
                "Plan of care", "Kind regards", "Signed: Maria Lehmann, PT")) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
        assertFalse(text.contains("Interventions given"), "nothing is given yet at the evaluation:\n" + text);
        assertTrue(text.indexOf("No dizziness on testing.") < text.indexOf("treated twice a week."),
                "the findings before the assessment:\n" + text);
        assertFalse(text.contains("To: "), "a letter has an address block, not a report's To: line");
    }

    @Test
    void theDischargeLetterTellsTheCourseTheChangeAgainstTheMcidAndTheGoalsReached() throws Exception {
        SixWeeksOfCare.Input care = episode();
        care.episode().setReferralSource("Dr. Unknown, not in the directory");
        care.visits().forEach(visit -> visit.complete());
        care.episode().discharge(new Discharge(START.plusWeeks(6), DischargeReason.GOALS_MET,
                "Home programme continued."));
        RedFlagScreening screening = new RedFlagScreening(1, START.atTime(9, 5), 5L, List.of("positional"));
        screening.acknowledge(5, Instant.now(), "Orthostatic, no red flag: GP informed.");
        PatientRecord record = withScreening(care, List.of(screening));
        ReportLetter proposed = ReportLetter.proposed(ProgressReports.Kind.DISCHARGE_LETTER, record, care.episode(),
                null, List.of(signed(care.visits().get(2).getId(), "Headache days down to 3 a month.", "FRT 32 degrees left.",
                        "Goals met.")), List.of(brunner()));
        assertEquals("Dr. Unknown, not in the directory", proposed.addressee(), "the referral as written, when unknown");
        assertEquals("Examination: FRT 32 degrees left.", proposed.findings().lines().toList().get(1),
                "the latest signed note's examination");

        String text = pdfText(ProgressReports.assemble(input(care, record, ProgressReports.Kind.DISCHARGE_LETTER, -1),
                proposed), 0);
        for (String expected : List.of("Physiotherapy: discharge report", "Dr. Unknown, not in the directory",
                "Red-flag screening on 10/5/2026: Positional headache. Reviewed by the therapist: Orthostatic",
                "Course of care", "3 visits attended from 10/5/2026 to 11/16/2026.",
                "Discharged on 11/16/2026: goals met.", "Home programme continued.", "improved (MCID 5.5)", "-7",
                "met", "Interventions given", "Deep neck flexor training", "Goals met.", "Kind regards")) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
    }

    @Test
    void theLetterIsWrittenInTheUsersLanguage() throws Exception {
        Locale.setDefault(Locale.GERMAN);
        SixWeeksOfCare.Input care = episode();
        String text = pdfText(ProgressReports.assemble(input(care, withScreening(care, List.of()),
                ProgressReports.Kind.EVALUATION_LETTER, 0), new ReportLetter("Dr. med. Anna Brunner", "")), 0);
        for (String expected : List.of("Physiotherapie: Erstbefund", "Sehr geehrte Kollegin, sehr geehrter Kollege,",
                "Befund", "Mit freundlichen Grüßen")) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
    }

    private static Referrer brunner() throws Exception {
        Referrer brunner = SixWeeksOfCare.id(new Referrer("Dr. med. Anna Brunner", "Neurology", "Praxis am See"), 7);
        brunner.setContact(new ContactDetails("+41 44 000 00 00", null, "Seestrasse 4, 8800 Thalwil"));
        return brunner;
    }

    private static ClinicalNote signed(long visitId, String subjective, String objective, String assessment) {
        ClinicalNote note = new ClinicalNote(1, visitId, 5L);
        note.setSubjective(subjective);
        note.setObjective(objective);
        note.setAssessment(assessment);
        note.markSigned(5, Instant.now());
        return note;
    }

    private static PatientRecord withScreening(SixWeeksOfCare.Input care, List<RedFlagScreening> screenings) {
        PatientRecord r = care.record();
        return new PatientRecord(r.patient(), r.episodes(), r.visits(), r.responses(), r.observations(), r.diary(),
                r.plans(), screenings);
    }

    /** The letter's input up to the visit {@code visit} (-1: up to the discharge), from {@code record}. */
    private static ProgressReports.Input input(SixWeeksOfCare.Input care, PatientRecord record,
            ProgressReports.Kind kind, int visit) {
        ProgressReports.Input plain = care.input(kind, visit < 0 ? null : care.visits().get(visit));
        return new ProgressReports.Input(kind, record, plain.episode(), plain.asOf(), plain.plan(), plain.goals(),
                plain.planned(), visit == 0 ? List.of() : plain.given(), plain.clinician(), plain.today());
    }
}
