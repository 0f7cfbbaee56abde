package atlas.patients.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import atlas.core.clinic.ClinicDetails;
import atlas.core.dates.ClinicDates;
import atlas.core.episode.ScheduledVisit;
import atlas.reports.DaySheet;
import atlas.reports.Letterhead;
import atlas.ui.DateInput;
import atlas.ui.HandOut;

/**
 * Visits of the Day > Print Day Sheet (issue 18): the day's visits as one page per therapist -
 * time and end, record number, patient, kind of visit, status; nothing clinical. Like every print,
 * the plain copy stays in the hand-out folder until sign-out.
 */
final class DaySheetPrint {

    private DaySheetPrint() {
    }

    /** The sheet's pages: each therapist's visits in time order, therapists by name, unassigned last. */
    static List<DaySheet.Page> pages(List<ScheduledVisit> visits, Map<Long, String> names) {
        ClinicDates times = ClinicDates.forPlatform();
        Map<String, List<DaySheet.Line>> byTherapist = new LinkedHashMap<>();
        visits.stream().sorted(Comparator.comparing((ScheduledVisit each) -> therapist(each, names), (a, b) ->
                a.equals(Messages.daySheet_noTherapist) ? 1 : b.equals(Messages.daySheet_noTherapist) ? -1
                        : a.compareTo(b)).thenComparing(each -> each.visit().getStartsAt()))
                .forEach(each -> byTherapist.computeIfAbsent(therapist(each, names), name -> new ArrayList<>())
                        .add(new DaySheet.Line(times.time(each.visit().getStartsAt()) + "\u2013"
                                + times.time(each.visit().endsAt()), each.recordNumber(), each.patientName(),
                                Labels.visitType(each.visit().getType()), Labels.visitStatus(each.visit()))));
        return byTherapist.entrySet().stream().map(page -> new DaySheet.Page(page.getKey(), page.getValue())).toList();
    }

    private static String therapist(ScheduledVisit visit, Map<Long, String> names) {
        Long with = visit.visit().getClinicianId();
        return with == null || !names.containsKey(with) ? Messages.daySheet_noTherapist : names.get(with);
    }

    /** Writes and shows the day sheet; returns where it went. */
    static Path print(LocalDate day, List<ScheduledVisit> visits, Map<Long, String> names, ClinicDetails clinic)
            throws IOException {
        String on = DateInput.forPlatform().format(day);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        DaySheet.write(new DaySheet.Content(org.eclipse.osgi.util.NLS.bind(Messages.daySheet_title, on),
                List.of(Messages.daySheet_columns.split("\\|")), Messages.daySheet_none, pages(visits, names),
                Letterhead.of(clinic)), pdf);
        return HandOut.show("day-sheet-" + day + ".pdf", pdf.toByteArray());
    }
}
