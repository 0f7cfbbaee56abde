package atlas.patients.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import atlas.core.dates.ClinicDates;
import atlas.ui.Counted;
import atlas.ui.InBackground;
import atlas.core.clinician.ClinicianService;
import atlas.core.episode.EpisodeService;
import atlas.core.episode.ScheduledVisit;
import atlas.core.episode.VisitStatus;
import atlas.core.validation.ValidationException;
import atlas.ui.AtlasContext;
import atlas.ui.DateInput;
import atlas.ui.Widgets;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Patient > Visits of the Day: the clinic's visits of one day - time, record number, patient,
 * kind of visit, therapist, where it stands - for the front desk greeting patients and for the
 * therapists' day. The chosen visit is marked arrived, cancelled (with a reason), missed or booked
 * again (issue 18). Nothing clinical is shown. Read in the background; follows every booked or
 * changed visit.
 */
public class DayListPart {


    @Inject
    @Service
    private EpisodeService episodes;
    @Inject
    @Service
    private ClinicianService clinicians;

    private final DateInput dates = DateInput.forPlatform();
    private final ClinicDates times = ClinicDates.forPlatform();
    private LocalDate day = LocalDate.now();
    private Text date;
    private Label summary;
    private Table table;
    private long reads;
    private List<ScheduledVisit> listed = List.of();
    @Inject
    private IEventBroker events;
    @Inject
    @Service
    private atlas.core.clinic.ClinicService clinic;

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(8, 6).applyTo(parent);
        Composite days = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).applyTo(days);
        Widgets.button(days, Messages.dayList_previous, "dayList.previous", () -> show(day.minusDays(1)));
        date = dates.hint(new Text(days, SWT.BORDER));
        date.setData(AtlasContext.WIDGET_ID, "dayList.date");
        GridDataFactory.swtDefaults().hint(110, SWT.DEFAULT).applyTo(date);
        date.addListener(SWT.DefaultSelection, e -> typedDay());
        Widgets.button(days, Messages.dayList_next, "dayList.next", () -> show(day.plusDays(1)));
        Widgets.button(days, Messages.dayList_today, "dayList.today", () -> show(LocalDate.now()));
        summary = new Label(days, SWT.NONE);
        summary.setData(AtlasContext.WIDGET_ID, "dayList.summary");
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).indent(12, 0).applyTo(summary);
        table = Widgets.table(parent, "dayList.visits", Messages.dayList_columns.split("\\|"));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        // no Alt letters: the window's menus and the note's sections have them all (KeyboardUiTest)
        Composite marks = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(6).applyTo(marks);
        Widgets.button(marks, Messages.dayList_arrived, "dayList.arrived", () -> markChosen(VisitStatus.ARRIVED));
        Widgets.button(marks, Messages.dayList_cancel, "dayList.cancel", this::cancel);
        Widgets.button(marks, Messages.dayList_noShow, "dayList.noShow", () -> markChosen(VisitStatus.NO_SHOW));
        Widgets.button(marks, Messages.dayList_bookedAgain, "dayList.bookedAgain", () -> markChosen(VisitStatus.BOOKED));
        GridDataFactory.swtDefaults().hint(24, SWT.DEFAULT).applyTo(new Label(marks, SWT.NONE));
        Widgets.button(marks, Messages.dayList_print, "dayList.print", this::printDaySheet);
        show(day);
    }

    private ScheduledVisit chosen() {
        int index = table.getSelectionIndex();
        if (index < 0 || index >= listed.size()) {
            say(Messages.dayList_choose);
            return null;
        }
        return listed.get(index);
    }

    private void cancel() {
        ScheduledVisit visit = chosen();
        if (visit == null) {
            return;
        }
        InputDialog reason = new InputDialog(table.getShell(), Messages.dayList_cancelTitle,
                NLS.bind(Messages.dayList_cancelAsk, visit.patientName(), times.time(visit.visit().getStartsAt())), "",
                typed -> typed.isBlank() ? Messages.dayList_cancelReason : null);
        if (reason.open() == Window.OK) {
            mark(visit, VisitStatus.CANCELLED, reason.getValue());
        }
    }

    /** One page per therapist of the day shown, nothing clinical; written in the background. */
    private void printDaySheet() {
        LocalDate printed = day;
        List<ScheduledVisit> visits = listed;
        InBackground.run(table, Messages.dayList_print, () -> DaySheetPrint.print(printed, visits,
                clinicians.displayNames(), clinic.details()), path -> say(NLS.bind(Messages.dayList_printed, path)),
                e -> say(NLS.bind(Messages.dayList_printFailed, e.getMessage())));
    }

    private void markChosen(VisitStatus status) {
        ScheduledVisit visit = chosen();
        if (visit != null) {
            mark(visit, status, null);
        }
    }

    /** Marks the visit in the background; the store says why when it may not. */
    private void mark(ScheduledVisit visit, VisitStatus status, String reason) {
        InBackground.run(table, Messages.dayList_job, () -> episodes.markVisit(visit.visit().getId(), status, reason),
                marked -> events.post(AtlasContext.TOPIC_RECORD_CHANGED, marked.getPatientId()),
                e -> say(e instanceof ValidationException refused ? refused.errors().get(0).message() : e.getMessage()));
    }

    private void typedDay() {
        Optional<LocalDate> typed = dates.parse(date.getText());
        if (typed.isEmpty()) {
            summary.setText(dates.notADate(date.getText()));
            summary.requestLayout();
            return;
        }
        show(typed.get());
    }

    private void show(LocalDate shown) {
        day = shown;
        date.setText(dates.format(shown));
        load();
    }

    /** A visit booked or changed anywhere in this Atlas: read the day again. */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void visitsChanged(@UIEventTopic(AtlasContext.TOPIC_RECORD_CHANGED) Object change) {
        if (table != null && !table.isDisposed()) {
            load();
        }
    }

    private void load() {
        LocalDate reading = day;
        long thisRead = ++reads; // a slower read of another day must not overwrite this one
        summary.setText(Messages.dayList_reading);
        InBackground.run(table, Messages.dayList_job,
                () -> Map.entry(episodes.visitsOn(reading), clinicians.displayNames()), read -> {
                    if (thisRead == reads) {
                        fill(reading, read.getKey(), read.getValue());
                    }
                }, e -> say(e.getMessage()));
    }

    private void fill(LocalDate shown, List<ScheduledVisit> visits, Map<Long, String> names) {
        if (table.isDisposed()) {
            return;
        }
        int chosen = table.getSelectionIndex();
        Long chosenVisit = chosen < 0 || chosen >= listed.size() ? null : listed.get(chosen).visit().getId();
        listed = visits;
        table.removeAll();
        for (ScheduledVisit each : visits) {
            Long with = each.visit().getClinicianId();
            new TableItem(table, SWT.NONE).setText(new String[] { times.time(each.visit().getStartsAt()),
                    each.recordNumber(), each.patientName(), Labels.visitType(each.visit().getType()),
                    with == null ? "" : names.getOrDefault(with, ""), Labels.visitStatus(each.visit()) });
            if (each.visit().getId().equals(chosenVisit)) {
                table.select(table.getItemCount() - 1);
            }
        }
        Widgets.packColumns(table);
        String on = dates.format(shown);
        say(visits.isEmpty() ? NLS.bind(Messages.dayList_none, on)
                : visits.size() == 1 ? NLS.bind(Messages.dayList_one, on)
                        : Counted.of(Messages.dayList_count, visits.size(), on));
    }

    private void say(String text) {
        if (!summary.isDisposed()) {
            summary.setText(text);
            summary.requestLayout();
        }
    }
}
