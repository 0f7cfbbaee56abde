package atlas.patients.ui.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import atlas.core.clinic.ClinicService;
import atlas.core.clinician.Clinician;
import atlas.core.clinician.ClinicianService;
import atlas.core.dates.ClinicDates;
import atlas.core.episode.EpisodeService;
import atlas.core.episode.OpeningHours;
import atlas.core.episode.ScheduledVisit;
import atlas.core.episode.Visit;
import atlas.core.episode.WeekSchedule;
import atlas.core.episode.WeekSchedule.Column;
import atlas.core.validation.ValidationException;
import atlas.patients.ui.VisitBooking;
import atlas.patients.ui.Messages;
import atlas.ui.AtlasContext;
import atlas.ui.DateInput;
import atlas.ui.InBackground;
import atlas.ui.Widgets;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Patient > Week Calendar (issue 18): the clinic's week in the opening hours - the therapists of
 * a day side by side, or one therapist's week - with visits as blocks and free time tinted. A free
 * time is booked for the patient chosen in the patient list (double-click or Enter), a visit moved
 * by dragging it or by Alt+arrows; every move is checked by the store as a booking is. The week is
 * read in one query in the background; Page Up and Page Down change it. Nothing clinical is shown.
 */
public class WeekCalendarPart {

    private final ClinicDates times = ClinicDates.forPlatform();
    private final DateInput dates = DateInput.forPlatform();
    /** The clinic's opening hours, read with every week (Administration > Clinic Details). */
    private OpeningHours hours = OpeningHours.USUAL;
    @Inject
    @Service
    private EpisodeService episodes;
    @Inject
    @Service
    private ClinicianService clinicians;
    @Inject
    @Service
    private ClinicService clinic;
    @Inject
    private IEventBroker events;
    @Inject
    private org.eclipse.e4.ui.workbench.modeling.EPartService partService;
    private static final String PATIENT_LIST = "atlas.app.part.patients";
    private LocalDate monday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    private LocalDate day = LocalDate.now();
    private List<Clinician> therapists = List.of();
    private List<ScheduledVisit> week = List.of();
    private Combo view;
    private Combo dayChoice;
    private Label summary;
    private CalendarCanvas grid;
    private long reads;
    /** What the last booking or move said (a refusal, "moved ..."), kept over the week's next reading. */
    private String notice;
    /** A move is being saved, or the week read again after it. */
    private boolean moving;
    /** Widget data of the grid: whether a move is under way (for tests). */
    static final String MOVING = "atlas.calendar.moving";

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(8, 6).applyTo(parent);
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        // no Alt letters: the window's menus have them all (KeyboardUiTest)
        Widgets.button(bar, Messages.calendar_previous, "calendar.previous", () -> showWeek(monday.minusWeeks(1)));
        Widgets.button(bar, Messages.calendar_thisWeek, "calendar.thisWeek", () -> showWeek(LocalDate.now()));
        Widgets.button(bar, Messages.calendar_next, "calendar.next", () -> showWeek(monday.plusWeeks(1)));
        view = new Combo(bar, SWT.READ_ONLY);
        view.setData(AtlasContext.WIDGET_ID, "calendar.view");
        view.addListener(SWT.Selection, e -> {
            notice = null;
            layOut();
        });
        dayChoice = new Combo(bar, SWT.READ_ONLY);
        dayChoice.setData(AtlasContext.WIDGET_ID, "calendar.day");
        dayChoice.addListener(SWT.Selection, e -> {
            day = openDays().get(Math.max(0, dayChoice.getSelectionIndex()));
            layOut();
        });
        // a row of its own: the week's count and a refusal must be read whole, at 1280 wide and in German
        summary = new Label(parent, SWT.WRAP);
        summary.setData(AtlasContext.WIDGET_ID, "calendar.summary");
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(summary);
        grid = new CalendarCanvas(parent, hours, this::heading, new CalendarCanvas.Actions() {
            @Override
            public void book(Column column, LocalDateTime start) {
                bookAt(column, start);
            }

            @Override
            public boolean move(ScheduledVisit visit, Column to, LocalDateTime start) {
                return moveTo(visit, to, start);
            }
        });
        GridDataFactory.fillDefaults().grab(true, true).applyTo(grid.control());
        grid.control().setToolTipText(Messages.calendar_keys);
        grid.control().addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.PAGE_UP || e.keyCode == SWT.PAGE_DOWN) {
                showWeek(monday.plusWeeks(e.keyCode == SWT.PAGE_UP ? -1 : 1));
            }
        });
        showWeek(LocalDate.now());
    }

    @PreDestroy
    void dispose() {
        grid.dispose();
    }

    /** The week holding {@code shown}; the day chosen moves with it. */
    private void showWeek(LocalDate shown) {
        LocalDate newMonday = shown.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        day = newMonday.plusDays(day.getDayOfWeek().getValue() - 1L); // a closed day: the first open one (layOut)
        if (shown.equals(LocalDate.now())) {
            day = shown;
        }
        monday = newMonday;
        notice = null;
        load();
    }

    /** A visit booked or changed anywhere in this Atlas: read the week again. */
    @Inject
    @Optional
    void visitsChanged(@UIEventTopic(AtlasContext.TOPIC_RECORD_CHANGED) Object change) {
        if (summary != null && !summary.isDisposed()) {
            load();
        }
    }

    private void load() {
        LocalDate reading = monday;
        long thisRead = ++reads; // a slower read of another week must not overwrite this one
        if (notice == null) {
            say(Messages.calendar_reading);
        }
        InBackground.run(summary, Messages.calendar_title, () -> new Reading(episodes.visitsBetween(reading,
                reading.plusDays(7)), clinicians.list(), clinic.openingHours()), read -> {
                    if (thisRead == reads && !summary.isDisposed()) {
                        moving(false);
                        week = read.week();
                        hours = read.hours();
                        grid.hours(hours);
                        if (!therapists.equals(read.therapists())) {
                            therapists = read.therapists();
                            fillViews();
                        }
                        layOut();
                    }
                }, e -> {
                    moving(false);
                    say(e.getMessage());
                });
    }

    /** What a week's reading brings: its visits, the therapists, the clinic's hours. */
    private record Reading(List<ScheduledVisit> week, List<Clinician> therapists, OpeningHours hours) {
    }

    private void fillViews() {
        int chosen = Math.max(0, view.getSelectionIndex());
        view.removeAll();
        view.add(Messages.calendar_allTherapists);
        therapists.forEach(each -> view.add(each.getDisplayName()));
        view.select(Math.min(chosen, view.getItemCount() - 1));
    }

    private List<LocalDate> openDays() {
        List<LocalDate> open = new ArrayList<>();
        for (LocalDate each = monday; each.isBefore(monday.plusDays(7)); each = each.plusDays(1)) {
            if (hours.days().contains(each.getDayOfWeek())) {
                open.add(each);
            }
        }
        return open;
    }

    /** The columns of the view chosen: the therapists of the day, or the chosen therapist's days. */
    private void layOut() {
        List<Long> ids = new ArrayList<>(therapists.stream().map(Clinician::getId).toList());
        if (week.stream().anyMatch(v -> v.visit().getClinicianId() == null)) {
            ids.add(WeekSchedule.NO_THERAPIST); // booked without one: shown, not hidden
        }
        List<Column> all = WeekSchedule.columns(monday, ids, week, hours);
        List<LocalDate> open = openDays();
        if (!open.contains(day)) {
            day = open.isEmpty() ? monday : open.get(0);
        }
        dayChoice.removeAll();
        open.forEach(each -> dayChoice.add(each.getDayOfWeek().getDisplayName(TextStyle.SHORT, times.locale()) + " "
                + dates.format(each)));
        dayChoice.select(open.indexOf(day));
        int chosen = view.getSelectionIndex();
        boolean clinicDay = chosen <= 0;
        dayChoice.setEnabled(clinicDay);
        Long therapist = clinicDay ? null : therapists.get(chosen - 1).getId();
        grid.show(all.stream().filter(column -> clinicDay ? column.day().equals(day)
                : column.clinicianId() == therapist).toList());
        long visits = week.stream().filter(v -> v.visit().getStatus().holdsTime()).count();
        say(notice != null ? notice : NLS.bind(Messages.calendar_summary, new Object[] { dates.format(monday),
                dates.format(monday.plusDays(6)), visits }));
        view.getParent().layout(true); // the combos' new items need their widths measured again
    }

    private String heading(Column column) {
        if (view.getSelectionIndex() <= 0) {
            return therapists.stream().filter(c -> c.getId() == column.clinicianId()).map(Clinician::getDisplayName)
                    .findFirst().orElse(Messages.daySheet_noTherapist);
        }
        return column.day().getDayOfWeek().getDisplayName(TextStyle.SHORT, times.locale()) + " "
                + dates.format(column.day());
    }

    /** Books the free time at {@code start} for the patient chosen in the patient list. */
    private void bookAt(Column column, LocalDateTime start) {
        // the patient list keeps its choice in its own context, where its commands find it
        MPart list = partService.findPart(PATIENT_LIST);
        Object patient = list == null || list.getContext() == null ? null : list.getContext().get(AtlasContext.PATIENT);
        if (!(patient instanceof Long patientId)) {
            tell(Messages.calendar_choosePatient);
            return;
        }
        String name = (String) list.getContext().get(AtlasContext.PATIENT_NAME);
        new VisitBooking(episodes, clinicians, events).proposing(dialog -> dialog.at(start, column.clinicianId()))
                .afterwards(() -> {
                    if (!grid.control().isDisposed()) {
                        grid.control().setFocus(); // the keys go on in the calendar
                    }
                }).book(summary, patientId, name, null, (booking, visit) -> { }, e -> say(e.getMessage()));
    }

    /**
     * Moves {@code visit} to {@code start} in the column {@code to}; the store checks the time is
     * free. One move at a time: until the week is read again after it, the shown visits are not
     * the stored ones, and a second move is not taken up.
     */
    private boolean moveTo(ScheduledVisit scheduled, Column to, LocalDateTime start) {
        if (moving || to.clinicianId() == WeekSchedule.NO_THERAPIST) {
            return false; // a visit is moved to a therapist, not away from one
        }
        Visit visit = scheduled.visit();
        LocalDateTime was = visit.getStartsAt();
        Long wasWith = visit.getClinicianId();
        if (!hours.holds(start, visit.getDurationMinutes())) {
            tell(NLS.bind(Messages.calendar_outsideHours, times.time(hours.opens()), times.time(hours.closes())));
            return false;
        }
        moving(true);
        visit.setStartsAt(start);
        visit.setClinicianId(to.clinicianId());
        InBackground.run(summary, Messages.calendar_title, () -> episodes.updateVisit(visit), moved -> {
            tell(NLS.bind(Messages.calendar_moved, new Object[] { scheduled.patientName(),
                    dates.format(start.toLocalDate()), times.time(start) }));
            events.post(AtlasContext.TOPIC_RECORD_CHANGED, moved.getPatientId());
        }, e -> {
            visit.setStartsAt(was); // as it stands in the store
            visit.setClinicianId(wasWith);
            tell(e instanceof ValidationException refused ? refused.errors().get(0).message() : e.getMessage());
            load();
        });
        return true;
    }

    private void moving(boolean now) {
        moving = now;
        grid.control().setData(MOVING, now);
    }

    /** Says {@code text} and keeps it there while the week is read again. */
    private void tell(String text) {
        notice = text;
        say(text);
    }

    private void say(String text) {
        if (!summary.isDisposed()) {
            summary.setText(text);
            summary.setToolTipText(text);
            summary.requestLayout();
        }
    }
}
