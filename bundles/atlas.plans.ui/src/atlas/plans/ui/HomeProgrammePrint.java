package atlas.plans.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import atlas.core.clinic.ClinicDetails;
import atlas.core.dates.ClinicDates;
import atlas.core.document.DocumentKind;
import atlas.core.document.PatientDocumentService;
import atlas.core.plan.HomeProgramme;
import atlas.core.plan.InterventionWording;
import atlas.core.plan.PlannedIntervention;
import atlas.core.store.StoreException;
import atlas.reports.HomeProgrammeHandout;
import atlas.reports.HomeProgrammeHandout.Content;
import atlas.reports.HomeProgrammeHandout.Exercise;
import atlas.reports.HomeProgrammeHandout.Helper;
import atlas.ui.HandOut;

/**
 * Prints a plan's home programme, as the plan of care service gave it (a signed plan's, or a
 * draft's without what waits for red-flag clearance, marked as a draft), as a PDF handout with the
 * clinic's exercise pictures ({@link Pictures}) and a part for a family member who helps at home:
 * kept in the patient's record (the encrypted database) under its own dated name, and shown with
 * the system's PDF viewer from a plain copy that lives only until Atlas closes or the user signs
 * out ({@link HandOut}).
 */
final class HomeProgrammePrint {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

    private HomeProgrammePrint() {
    }

    /** Writes the handout; returns the message for the dialog (where it went, what was left out, or why not). */
    static String print(HomeProgramme programme, Function<String, String> titles, String patient, String clinician,
            ClinicDetails clinic, PatientDocumentService documents) {
        Pictures pictures = Pictures.fromPlugins();
        List<Exercise> exercises = programme.exercises().stream().map(item -> exercise(item, titles, pictures))
                .toList();
        LocalDateTime now = LocalDateTime.now().withNano(0);
        Content content = new Content(Messages.handout_title, patient,
                NLS.bind(Messages.handout_issued, clinician, ClinicDates.forPlatform().longDate(now.toLocalDate())),
                List.of(Messages.handout_exercise, Messages.handout_how, Messages.handout_howOften), exercises,
                Messages.handout_advice, programme.draft() ? Messages.handout_draft : null,
                clinic.oneLine().isBlank() ? null : clinic.oneLine(), helper(programme, titles, patient),
                clinic.logo().picture());
        long patientId = programme.plan().getPatientId();
        // each print its own name: a reprint never overwrites what the patient was given before
        String name = "home-programme-" + patientId + "-" + STAMP.format(now) + (programme.draft() ? "-draft" : "")
                + ".pdf";
        Path file;
        try {
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            HomeProgrammeHandout.write(content, pdf);
            documents.keep(patientId, DocumentKind.HOME_PROGRAMME, name, pdf.toByteArray());
            file = HandOut.show(name, pdf.toByteArray());
        } catch (StoreException e) {
            return e.getMessage();
        } catch (IOException | RuntimeException e) {
            return NLS.bind(Messages.handout_failed, name, e.getMessage());
        }
        String saved = NLS.bind(Messages.handout_saved, file);
        if (!programme.leftOut().isEmpty()) {
            saved += " " + NLS.bind(Messages.handout_leftOut,
                    programme.leftOut().stream().map(titles).collect(Collectors.joining(", ")));
        }
        if (!pictures.unreadable().isEmpty()) {
            saved += " " + NLS.bind(Messages.handout_pictureLeftOut,
                    pictures.unreadable().stream().map(titles).collect(Collectors.joining(", ")));
        }
        return saved;
    }

    /**
     * The part for a family member: the programme's exercises a helper can learn (basic massage, home
     * traction - only if the service put it in the programme, so the red-flag gate holds), in words
     * for the helper; null when there are none.
     */
    private static Helper helper(HomeProgramme programme, Function<String, String> titles, String patient) {
        // "Keller, Anna" -> "Anna": the helper calls the patient by the given name
        String given = patient.contains(", ") ? patient.substring(patient.indexOf(", ") + 2) : patient;
        List<Exercise> forHelper = new ArrayList<>();
        for (PlannedIntervention item : programme.exercises()) {
            String code = item.getInterventionCode();
            InterventionWording.helperInstructions(code, given).ifPresent(how -> forHelper.add(
                    new Exercise(InterventionWording.homeTitle(code, titles.apply(code)), withDose(how, item),
                            frequency(item))));
        }
        return forHelper.isEmpty() ? null
                : new Helper(Messages.handout_helperTitle, NLS.bind(Messages.handout_helperIntro, given), forHelper);
    }

    /**
     * One exercise as the patient reads it: a plain name, what to do in plain words with the dose
     * as people say it, and how often ("twice a day") - no pressure stages, grades or segments.
     */
    private static Exercise exercise(PlannedIntervention item, Function<String, String> titles, Pictures pictures) {
        String code = item.getInterventionCode();
        return new Exercise(InterventionWording.homeTitle(code, titles.apply(code)),
                withDose(InterventionWording.homeInstructions(code), item), frequency(item), pictures.of(code));
    }

    /** The instructions, then the dose as people say it on a line of its own (when one is set). */
    private static String withDose(String instructions, PlannedIntervention item) {
        String dose = InterventionWording.homeDose(item.getDosage());
        return dose.isEmpty() ? instructions : instructions + "\n" + dose;
    }

    private static String frequency(PlannedIntervention item) {
        return item.getDosage().getTimesPerWeek() == null ? Messages.handout_asAgreed
                : InterventionWording.howOften(item.getDosage().getTimesPerWeek());
    }
}
