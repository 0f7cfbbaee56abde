package atlas.patients.ui.dialogs;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import atlas.api.validation.FieldError;
import atlas.core.clinician.Clinician;
import atlas.core.dates.ClinicDates;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.EpisodeService;
import atlas.core.episode.ProposedVisit;
import atlas.core.episode.ReferralStanding;
import atlas.core.episode.SeriesPlan;
import atlas.core.episode.Visit;
import atlas.core.episode.VisitSeries;
import atlas.core.episode.VisitType;
import atlas.patients.ui.Messages;
import atlas.patients.ui.ReferralWords;
import atlas.ui.AtlasContext;
import atlas.ui.DateInput;
import atlas.ui.InBackground;
import atlas.ui.ValidatedDialog;
import atlas.ui.WholeNumber;

/**
 * Books a series of treatment visits from the signed plan of care (issue 18): the plan's visits on
 * the chosen days at one time with one therapist. As soon as what is typed makes a series, the
 * store proposes its visits against the therapist's time and the list shows each - free, or taken
 * and the free time that day; clashing visits start unticked, Use Free Times moves them. Booking
 * saves the ticked visits in one step, all or none.
 */
public final class BookSeriesDialog extends ValidatedDialog {

    private final ClinicDates clock = ClinicDates.forPlatform();
    private final DateInput dates = DateInput.forPlatform();
    private final EpisodeService episodes;
    private final EpisodeOfCare episode;
    private final SeriesPlan plan;
    private final ReferralStanding referral;
    private final List<Clinician> therapists;
    private final Long signedIn;
    private Combo therapist;
    private Text firstDay;
    private final Map<DayOfWeek, Button> days = new EnumMap<>(DayOfWeek.class);
    private Text time;
    private Text duration;
    private Text count;
    private Table proposedTable;
    private Button useFree;
    /** The series the list shows, and its visits as the store proposed them (times moved since, if so). */
    private VisitSeries proposedFor;
    private List<ProposedVisit> proposals = List.of();
    private boolean proposing;
    private List<Visit> booked = List.of();

    /**
     * @param signedIn the therapist booking for themself, chosen at the start; null at the front desk
     */
    public BookSeriesDialog(Shell parent, EpisodeService episodes, EpisodeOfCare episode, SeriesPlan plan,
            ReferralStanding referral, List<Clinician> therapists, Long signedIn, String patientName) {
        super(parent, "dialog.bookSeries", NLS.bind(Messages.series_heading, patientName),
                NLS.bind(Messages.series_fromPlan, new Object[] { plan.sessionsPerWeek(), plan.weeks(),
                        VisitSeries.plannedCount(plan) }), Messages.series_save);
        this.episodes = episodes;
        this.episode = episode;
        this.plan = plan;
        this.referral = referral;
        this.therapists = List.copyOf(therapists);
        this.signedIn = signedIn;
    }

    @Override
    protected void createFields(Composite grid) {
        therapist = labelled(grid, Messages.series_clinician, new Combo(grid, SWT.READ_ONLY));
        therapist.setData(AtlasContext.WIDGET_ID, "series.clinician");
        therapists.forEach(each -> therapist.add(each.getDisplayName()));
        for (int i = 0; i < therapists.size(); i++) {
            if (therapists.get(i).getId().equals(signedIn)) {
                therapist.select(i);
            }
        }
        // the series starts next week by default: this week's days are mostly booked already
        LocalDate nextMonday = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        firstDay = field(grid, Messages.series_firstDay, "series.firstDay", dates.format(nextMonday));
        dates.hint(firstDay);
        Composite week = labelled(grid, Messages.series_days, new Composite(grid, SWT.NONE));
        RowLayoutFactory.fillDefaults().spacing(10).applyTo(week);
        Set<DayOfWeek> usual = VisitSeries.usualDays(plan.sessionsPerWeek() == null ? 2 : plan.sessionsPerWeek());
        for (DayOfWeek day : DayOfWeek.values()) {
            Button check = new Button(week, SWT.CHECK);
            check.setText(day.getDisplayName(TextStyle.SHORT, clock.locale()));
            check.setData(AtlasContext.WIDGET_ID, "series.day." + day.name().toLowerCase());
            check.setSelection(usual.contains(day));
            watch(check);
            days.put(day, check);
        }
        decorations.add("days", Messages.series_days, days.get(DayOfWeek.MONDAY));
        time = field(grid, Messages.visit_time, "series.time", clock.time(LocalTime.of(9, 0)));
        duration = field(grid, Messages.visit_duration, "series.duration",
                Integer.toString(Visit.defaultMinutes(VisitType.DAILY)));
        Integer planned = VisitSeries.plannedCount(plan);
        count = field(grid, Messages.series_count, "series.count", planned == null ? "" : planned.toString());
        decorations.add("clinician", Messages.series_clinician, therapist);
        decorations.add("firstDay", Messages.series_firstDay, firstDay);
        decorations.add("time", Messages.visit_time, time);
        decorations.add("durationMinutes", Messages.visit_duration, duration);
        decorations.add("count", Messages.series_count, count);
        watch(therapist);
        createProposedList(grid);
    }

    private Text field(Composite grid, String label, String id, String value) {
        Text text = labelled(grid, label, new Text(grid, SWT.BORDER));
        text.setData(AtlasContext.WIDGET_ID, id);
        text.setText(value);
        watch(text);
        return text;
    }

    private void createProposedList(Composite grid) {
        Label caption = new Label(grid, SWT.NONE);
        caption.setText(Messages.series_proposed);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(caption);
        proposedTable = new Table(grid, SWT.BORDER | SWT.CHECK | SWT.FULL_SELECTION);
        proposedTable.setData(AtlasContext.WIDGET_ID, "series.proposed");
        proposedTable.setHeaderVisible(true);
        proposedTable.setLinesVisible(true);
        for (String title : Messages.series_columns.split("\\|")) {
            new TableColumn(proposedTable, SWT.LEFT).setText(title);
        }
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true)
                .hint(560, proposedTable.getHeaderHeight() + 9 * proposedTable.getItemHeight()).applyTo(proposedTable);
        proposedTable.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK) {
                forgetStoreErrors("startsAt");
                revalidate();
            }
        });
        decorations.add("startsAt", Messages.series_proposed, proposedTable); // the store's "already has a visit"
        decorations.add("series", Messages.series_proposed, proposedTable);
        useFree = new Button(grid, SWT.PUSH);
        useFree.setText(Messages.series_useFree);
        useFree.setData(AtlasContext.WIDGET_ID, "series.useFree");
        useFree.setEnabled(false);
        useFree.addListener(SWT.Selection, e -> useFreeTimes());
        GridDataFactory.swtDefaults().span(2, 1).applyTo(useFree);
    }

    /** The series as typed; field errors are added to {@code errors}. */
    private VisitSeries typed(List<FieldError> errors) {
        LocalDate first = dates.parse(firstDay.getText()).orElse(null);
        if (first == null) {
            errors.add(new FieldError("firstDay", Messages.series_firstDay, dates.notADate(firstDay.getText())));
        }
        LocalTime at = clock.parseTime(time.getText()).orElse(null);
        if (at == null) {
            errors.add(new FieldError("time", Messages.visit_time, Messages.visit_timeFormat));
        }
        Integer minutes = number(duration, "durationMinutes", Messages.visit_duration, errors);
        Integer visits = number(count, "count", Messages.series_count, errors);
        Set<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
        days.forEach((day, check) -> {
            if (check.getSelection()) {
                chosen.add(day);
            }
        });
        int index = therapist.getSelectionIndex();
        return new VisitSeries(episode.getPatientId(), episode.getId(), index < 0 ? null : therapists.get(index).getId(),
                VisitType.DAILY, first, chosen, at, minutes == null ? 0 : minutes, visits == null ? 0 : visits);
    }

    private static Integer number(Text text, String field, String label, List<FieldError> errors) {
        try {
            return WholeNumber.in(text);
        } catch (WholeNumber.Wrong wrong) {
            errors.add(new FieldError(field, label, wrong.getMessage()));
            return null;
        }
    }

    @Override
    protected List<FieldError> check() {
        List<FieldError> errors = new ArrayList<>();
        VisitSeries series = typed(errors);
        if (errors.isEmpty()) {
            errors.addAll(series.validate(LocalDate.now()));
        }
        if (!errors.isEmpty()) {
            show(null, List.of());
            return errors;
        }
        if (!series.equals(proposedFor)) {
            // one proposal in flight at a time: when it returns while typing went on, the list is asked again
            getShell().getDisplay().asyncExec(this::propose);
            errors.add(new FieldError("series", Messages.series_proposed, Messages.series_checking));
            return errors;
        }
        List<Visit> ticked = ticked();
        long clashing = proposals.stream().filter(p -> p.clash() != null && ticked.contains(p.visit())).count();
        long closed = proposals.stream().filter(p -> p.closed() && ticked.contains(p.visit())).count();
        if (ticked.isEmpty()) {
            errors.add(new FieldError("series", Messages.series_proposed,
                    atlas.core.validation.Wording.of("series.none")));
        } else if (closed > 0) {
            errors.add(new FieldError("series", Messages.series_proposed,
                    NLS.bind(Messages.series_closedChecked, closed)));
        } else if (clashing > 0) {
            errors.add(new FieldError("series", Messages.series_proposed,
                    NLS.bind(Messages.series_clashesChecked, clashing)));
        }
        return errors;
    }

    /** Asks the store for the typed series's visits as the therapist's time stands, in the background. */
    private void propose() {
        if (proposedTable.isDisposed()) {
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        VisitSeries series = typed(errors);
        if (proposing || !errors.isEmpty() || !series.validate(LocalDate.now()).isEmpty()
                || series.equals(proposedFor)) {
            return;
        }
        proposing = true;
        InBackground.run(proposedTable, Messages.series_title, () -> episodes.proposeSeries(series), proposed -> {
            proposing = false;
            if (!proposedTable.isDisposed()) {
                show(series, proposed);
                revalidate(); // typed on meanwhile: asks again
            }
        }, failed -> {
            proposing = false;
            if (!proposedTable.isDisposed()) {
                setErrorMessage(failed.getMessage());
            }
        });
    }

    private void show(VisitSeries series, List<ProposedVisit> proposed) {
        if (series == null && proposedFor == null) {
            return;
        }
        proposedFor = series;
        proposals = List.copyOf(proposed);
        proposedTable.removeAll();
        int number = 0;
        for (ProposedVisit each : proposals) {
            TableItem row = new TableItem(proposedTable, SWT.NONE);
            Visit visit = each.visit();
            row.setText(new String[] { Integer.toString(++number),
                    dates.format(visit.getStartsAt().toLocalDate()) + " "
                            + visit.getStartsAt().getDayOfWeek().getDisplayName(TextStyle.SHORT, clock.locale()),
                    clock.time(visit.getStartsAt()), verdict(each) });
            row.setChecked(each.free());
            row.setData(visit);
        }
        for (TableColumn column : proposedTable.getColumns()) {
            column.pack();
        }
        useFree.setEnabled(proposals.stream().anyMatch(p -> !p.free() && p.freeThatDay() != null));
    }

    private String verdict(ProposedVisit proposed) {
        if (proposed.free()) {
            return Messages.series_free;
        }
        if (proposed.closed()) {
            return Messages.series_closed;
        }
        String from = clock.time(proposed.clash().getStartsAt());
        String to = clock.time(proposed.clash().endsAt());
        return proposed.freeThatDay() == null ? NLS.bind(Messages.series_clashNoRoom, from, to)
                : NLS.bind(Messages.series_clash, new Object[] { from, to, clock.time(proposed.freeThatDay()) });
    }

    /**
     * Moves each clashing visit that has a free time that day to it and ticks it; the others stay
     * as they are. The store checks every time again on booking.
     */
    private void useFreeTimes() {
        List<Visit> tick = ticked();
        List<ProposedVisit> moved = new ArrayList<>();
        for (ProposedVisit each : proposals) {
            if (!each.free() && each.freeThatDay() != null) {
                each.visit().setStartsAt(each.freeThatDay());
                moved.add(new ProposedVisit(each.visit(), null, null));
                tick.add(each.visit());
            } else {
                moved.add(each);
            }
        }
        show(proposedFor, moved);
        for (TableItem row : proposedTable.getItems()) {
            row.setChecked(tick.contains(row.getData()));
        }
        forgetStoreErrors("startsAt");
        revalidate();
    }

    private List<Visit> ticked() {
        List<Visit> ticked = new ArrayList<>();
        for (TableItem row : proposedTable.getItems()) {
            if (row.getChecked()) {
                ticked.add((Visit) row.getData());
            }
        }
        return ticked;
    }

    @Override
    protected String warning() {
        if (referral == null || proposedFor == null) {
            return null;
        }
        List<Visit> ticked = ticked();
        return ticked.isEmpty() ? null : ReferralWords.series(referral, ticked.size(),
                ticked.get(ticked.size() - 1).getStartsAt().toLocalDate()).orElse(null);
    }

    @Override
    protected void refusedByStore(List<FieldError> errors) {
        proposedFor = null; // a time taken meanwhile: the list is read again and shows it
        propose();
    }

    @Override
    protected Saving save() {
        List<Visit> visits = ticked();
        return () -> booked = episodes.bookSeries(visits);
    }

    /** The visits booked, in time order; empty until booked. */
    public List<Visit> booked() {
        return booked;
    }
}
