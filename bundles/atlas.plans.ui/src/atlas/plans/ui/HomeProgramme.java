package atlas.plans.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;

import atlas.core.plan.PlannedIntervention;
import atlas.core.plan.InterventionWording;
import atlas.reports.HomeProgrammeHandout;
import atlas.reports.HomeProgrammeHandout.Content;
import atlas.reports.HomeProgrammeHandout.Exercise;
import atlas.core.document.DocumentKind;
import atlas.core.document.PatientDocumentService;
import atlas.core.store.StoreException;
import atlas.ui.HandOut;

/**
 * Prints the plan's home programme as a one-page PDF handout: kept in the patient's record (the
 * encrypted database), and shown with the system's PDF viewer for printing from a plain copy that
 * lives only until Atlas closes or the user signs out ({@link HandOut}).
 */
final class HomeProgramme {

    private HomeProgramme() {
    }

    /** Writes the handout; returns the message for the dialog (where it went, or why not). */
    static String print(List<PlannedIntervention> planned, Function<String, String> titles, String patient,
            String clinician, long patientId, PatientDocumentService documents) {
        List<Exercise> exercises = planned.stream().filter(PlannedIntervention::isHomeProgramme)
                .map(item -> new Exercise(titles.apply(item.getInterventionCode()), InterventionWording.dosage(item.getDosage()),
                        item.getDosage().getTimesPerWeek() == null ? Messages.handout_asAgreed
                                : InterventionWording.perWeek(item.getDosage().getTimesPerWeek())))
                .toList();
        LocalDate today = LocalDate.now();
        Content content = new Content(Messages.handout_title, patient,
                NLS.bind(Messages.handout_issued, clinician, DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .format(today)),
                List.of(Messages.handout_exercise, Messages.handout_how, Messages.handout_howOften), exercises,
                Messages.handout_advice);
        String name = "home-programme-" + patientId + "-" + today + ".pdf";
        Path file;
        try {
            java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
            HomeProgrammeHandout.write(content, pdf);
            documents.keep(patientId, DocumentKind.HOME_PROGRAMME, name, pdf.toByteArray());
            file = HandOut.show(name, pdf.toByteArray());
        } catch (StoreException e) {
            return e.getMessage();
        } catch (IOException | RuntimeException e) {
            return NLS.bind(Messages.handout_failed, name, e.getMessage());
        }
        return NLS.bind(Messages.handout_saved, file);
    }
}
