package atlas.plans.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.program.Program;

import atlas.core.plan.PlannedIntervention;
import atlas.core.plan.InterventionWording;
import atlas.reports.HomeProgrammeHandout;
import atlas.reports.HomeProgrammeHandout.Content;
import atlas.reports.HomeProgrammeHandout.Exercise;
import atlas.ui.DataFolder;

/**
 * Prints the plan's home programme as a one-page PDF handout into the data folder's
 * {@code handouts} folder and opens it with the system's PDF viewer for printing.
 */
final class HomeProgramme {

    private HomeProgramme() {
    }

    /** Writes the handout; returns the message for the dialog (where it went, or why not). */
    static String print(List<PlannedIntervention> planned, Function<String, String> titles, String patient,
            String clinician, long patientId) {
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
        Path file = Path.of("handouts"); // named in the message if the folder itself cannot be made
        try {
            file = DataFolder.sub("handouts").resolve("home-programme-" + patientId + "-" + today + ".pdf");
            try (OutputStream out = Files.newOutputStream(file)) {
                HomeProgrammeHandout.write(content, out);
            }
        } catch (IOException | RuntimeException e) {
            return NLS.bind(Messages.handout_failed, file, e.getMessage());
        }
        Program.launch(file.toString()); // the desktop's PDF viewer, where there is one
        return NLS.bind(Messages.handout_saved, file);
    }
}
