package atlas.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;


import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import atlas.core.diary.HeadacheDiaryEntry;
import atlas.core.diary.MedicationClass;
import atlas.core.episode.Diagnosis;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.Visit;
import atlas.core.episode.VisitType;
import atlas.core.form.Observation;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientRecord;
import atlas.core.patient.Sex;
import atlas.core.plan.Dosage;
import atlas.core.plan.Goal;
import atlas.core.plan.GoalTerm;
import atlas.core.plan.InterventionGiven;
import atlas.core.plan.PlanOfCare;
import atlas.core.plan.PlannedIntervention;

/**
 * Six weeks of care to report on, and a report's text read back from its PDF (which must embed
 * Unicode fonts only and draw its charts as vectors): shared by the reports' and letters' tests.
 */
final class SixWeeksOfCare {

    static final LocalDate START = LocalDate.of(2026, 10, 5);

    private SixWeeksOfCare() {
    }

    /** The report's text, all pages; its page count must be {@code pages} (0: any). */
    /** The charts are vector drawings (form XObjects), never bitmaps: sharp at any zoom and in print. */
    private static void assertNoBitmaps(PdfReader reader) {
        int forms = 0;
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            com.lowagie.text.pdf.PdfDictionary objects = reader.getPageN(page)
                    .getAsDict(com.lowagie.text.pdf.PdfName.RESOURCES).getAsDict(com.lowagie.text.pdf.PdfName.XOBJECT);
            if (objects == null) {
                continue;
            }
            for (com.lowagie.text.pdf.PdfName key : objects.getKeys()) {
                com.lowagie.text.pdf.PdfObject object = com.lowagie.text.pdf.PdfReader.getPdfObject(objects.get(key));
                com.lowagie.text.pdf.PdfName subtype = ((com.lowagie.text.pdf.PdfDictionary) object)
                        .getAsName(com.lowagie.text.pdf.PdfName.SUBTYPE);
                assertEquals(com.lowagie.text.pdf.PdfName.FORM, subtype, "page " + page + ": a chart drawn as " + subtype);
                forms++;
            }
        }
        assertTrue(forms > 0, "the charts are in the report");
    }

    static String pdfText(ProgressReport.Content content, int pages) throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        ProgressReport.write(content, pdf);
        if (java.nio.file.Files.isDirectory(java.nio.file.Path.of("target"))) {
            // kept for a look: the README's image of page 1 is made from it (releng/report-image.sh)
            java.nio.file.Files.write(java.nio.file.Path.of("target", content.title().replace(' ', '-') + ".pdf"),
                    pdf.toByteArray());
        }
        PdfReader reader = new PdfReader(pdf.toByteArray());
        try {
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            if (pages > 0) {
                assertEquals(pages, reader.getNumberOfPages(), "measures and goals, four charts, then the rest:\n"
                        + text);
            }
            EmbeddedFonts.assertUnicodeOnly(reader);
            assertNoBitmaps(reader);
            return text.toString();
        } finally {
            reader.close();
        }
    }

    record Input(PatientRecord record, EpisodeOfCare episode, List<Visit> visits, PlanOfCare plan,
            List<Goal> goals, List<PlannedIntervention> planned, List<InterventionGiven> given) {

        ProgressReports.Input input(ProgressReports.Kind kind, Visit asOf) {
            return new ProgressReports.Input(kind, record, episode, asOf, plan, goals, planned, given,
                    "Maria Lehmann, PT", START.plusWeeks(6));
        }
    }

    /** Six weeks of care: NDI 24, 21, 17; HIT-6 64, 60; FRT each side; a migraine diary; a plan with two goals. */
    static Input episode() throws Exception {
        return episode(List.of());
    }

    /** The same, with a clinic's grip strength measured at the three visits ({@code grip}, or none). */
    static Input episode(List<Double> grip) throws Exception {
        Patient anna = id(new Patient("P-0001", "Keller", "Anna", LocalDate.of(1980, 3, 12), Sex.FEMALE), 1);
        EpisodeOfCare episode = id(new EpisodeOfCare(1, START.minusDays(7), "GP", START), 10);
        episode.getDiagnoses().add(Diagnosis.icd10("G43.0", "Migraine without aura"));
        List<Visit> visits = new ArrayList<>();
        List<Observation> observations = new ArrayList<>();
        double[] ndi = { 24, 21, 17 };
        double[] hit6 = { 64, 62, 60 };
        VisitType[] types = { VisitType.INITIAL_EVALUATION, VisitType.DAILY, VisitType.PROGRESS_REPORT };
        for (int i = 0; i < 3; i++) {
            LocalDateTime at = START.plusWeeks(3L * i).atTime(9, 0);
            Visit visit = id(new Visit(1, 10, at, 5L, types[i]), 100 + i);
            visits.add(visit);
            observations.add(new Observation(1, visit.getId(), null, "ndi", ndi[i], "points", at));
            observations.add(new Observation(1, visit.getId(), null, "hit6", hit6[i], "points", at));
            observations.add(new Observation(1, visit.getId(), null, "frt.left", 24 + 4 * i, "degrees", at));
            observations.add(new Observation(1, visit.getId(), null, "frt.right", 38, "degrees", at));
            if (!grip.isEmpty()) {
                observations.add(new Observation(1, visit.getId(), null, "clinic.grip", grip.get(i), "kg", at));
            }
        }
        List<HeadacheDiaryEntry> diary = new ArrayList<>();
        for (int day = 1; day <= 40; day += 4) {
            HeadacheDiaryEntry entry = new HeadacheDiaryEntry(1, START.plusDays(day).atTime(7, 0), 240, 6);
            entry.setMedicationName("Sumatriptan");
            entry.setMedicationClass(MedicationClass.TRIPTAN);
            diary.add(entry);
        }
        PlanOfCare plan = id(new PlanOfCare(1, 10, 1, null), 50);
        plan.setSessionsPerWeek(2);
        plan.setWeeks(6);
        plan.setPlannedVisits(12);
        plan.setReEvaluationDate(START.plusWeeks(6));
        List<Goal> goals = List.of(new Goal(50, GoalTerm.SHORT, "ndi", 24.0, 18.5, START.plusWeeks(6)),
                new Goal(50, GoalTerm.LONG, "hit6", null, 58.0, START.plusWeeks(12))); // judged from the first HIT-6
        List<PlannedIntervention> planned = List.of(new PlannedIntervention(50, "exercise.dnf",
                Dosage.exercise(1, 10, 10, "24 mmHg", 7), true));
        InterventionGiven given = new InterventionGiven(1, 101, null, "exercise.dnf", Dosage.exercise(1, 10, 10,
                "26 mmHg", 7));
        given.setResponse("Held 10 x 10 s without compensation");
        PatientRecord record = new PatientRecord(anna, List.of(episode), visits, List.of(), observations, diary,
                List.of(plan), List.of());
        return new Input(record, episode, visits, plan, goals, planned, List.of(given));
    }

    /** Gives an unsaved record the id the store would, as the report matches visits to episodes by id. */
    static <T> T id(T record, long id) throws Exception {
        Field field = record.getClass().getDeclaredField("id");
        field.setAccessible(true);
        field.set(record, id);
        return record;
    }
}
