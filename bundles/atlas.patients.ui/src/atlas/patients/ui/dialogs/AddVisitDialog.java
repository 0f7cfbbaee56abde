package atlas.patients.ui.dialogs;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import atlas.core.clinician.Clinician;
import atlas.core.dates.ClinicDates;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.EpisodeService;
import atlas.core.episode.ReferralStanding;
import atlas.core.episode.Visit;
import atlas.core.episode.VisitType;
import atlas.api.validation.FieldError;
import atlas.patients.ui.Labels;
import atlas.patients.ui.Messages;
import atlas.patients.ui.ReferralWords;
import atlas.ui.AtlasContext;
import atlas.ui.DateInput;
import atlas.ui.ValidatedDialog;

/**
 * Adds a visit of a chosen type to the active episode. The type is proposed from where the episode
 * stands: an initial evaluation first, then daily notes, a progress report every 10th visit
 * (clinical reference, "Documentation lifecycle"). A therapist books for themself; the front desk
 * books for the therapist chosen in the dialog.
 */
public final class AddVisitDialog extends ValidatedDialog {

    private final ClinicDates clock = ClinicDates.forPlatform();
    /** Progress reports are commonly due every 10 visits. */
    static final int PROGRESS_REPORT_EVERY = 10;

    private final EpisodeService episodes;
    private final EpisodeOfCare episode;
    private final int visitsSoFar;
    private final Long clinicianId;
    /** The therapists to choose from when booking for someone else; null when booking for oneself. */
    private final List<Clinician> clinicians;
    private Combo clinician;
    private final DateInput dates = DateInput.forPlatform();
    private Combo type;
    private Text date;
    private Text time;
    private Text duration;
    private Visit added;
    private ReferralStanding referral;
    private LocalDateTime proposed;
    /** The therapist chosen before the dialog opened (the calendar's column); null: none yet. */
    private Long therapistChosen;
    /** The time was typed or chosen by the user: a later proposal leaves it alone. */
    private boolean timeTyped;
    private boolean proposing;

    public AddVisitDialog(Shell parent, EpisodeService episodes, EpisodeOfCare episode, int visitsSoFar,
            long clinicianId) {
        super(parent, "dialog.addVisit", Messages.visit_title, Messages.visit_description, Messages.visit_save);
        this.episodes = episodes;
        this.episode = episode;
        this.visitsSoFar = visitsSoFar;
        this.clinicianId = clinicianId;
        this.clinicians = null;
    }

    /**
     * Booking for one of {@code clinicians} (the front desk, who sees no record but books its
     * visits); the patient's name heads the dialog, since no record is open beside it.
     */
    public AddVisitDialog(Shell parent, EpisodeService episodes, EpisodeOfCare episode, int visitsSoFar,
            List<Clinician> clinicians, String patientName) {
        super(parent, "dialog.addVisit", org.eclipse.osgi.util.NLS.bind(Messages.book_heading, patientName),
                Messages.book_description, Messages.visit_save);
        this.episodes = episodes;
        this.episode = episode;
        this.visitsSoFar = visitsSoFar;
        this.clinicianId = null;
        this.clinicians = List.copyOf(clinicians);
    }

    /** The referral's standing, to warn of a visit beyond its sessions or after its last day. */
    public AddVisitDialog warningBeyond(ReferralStanding standing) {
        this.referral = standing;
        return this;
    }

    /**
     * Add Visit for a therapist booking themself: their next free time from now is read in the
     * background first, so Enter at once books a time that is free; {@code added} gets the visit.
     */
    public static void openAtNextFree(Shell shell, org.eclipse.swt.widgets.Control busy, EpisodeService episodes,
            EpisodeOfCare episode, int visitsSoFar, long clinicianId, ReferralStanding referral,
            java.util.function.Consumer<Visit> added) {
        int minutes = Visit.defaultMinutes(proposedType(visitsSoFar));
        atlas.ui.InBackground.run(busy, Messages.record_addVisit_title,
                () -> episodes.nextFreeStart(clinicianId, roundedNow(), minutes), free -> {
                    AddVisitDialog dialog = new AddVisitDialog(shell, episodes, episode, visitsSoFar, clinicianId);
                    if (dialog.warningBeyond(referral).proposing(free).open() == OK) {
                        added.accept(dialog.added());
                    }
                }, e -> atlas.ui.Problems.show(shell, Messages.record_addVisit_title, e));
    }

    /**
     * Starts the dialog at {@code start}: the therapist's next free time, read before the dialog
     * opened, so Enter at once books a time that is free.
     */
    public AddVisitDialog proposing(LocalDateTime start) {
        this.proposed = start;
        return this;
    }

    /**
     * Starts the dialog with {@code start} and, at the front desk, the therapist {@code clinicianId}
     * chosen: the free time picked in the week calendar, so Enter books it.
     */
    public AddVisitDialog at(LocalDateTime start, long clinicianId) {
        this.proposed = start;
        this.timeTyped = true; // chosen in the calendar: no other proposal replaces it
        this.therapistChosen = clinicianId;
        return this;
    }

    /** Now, to the quarter hour before it: where a proposal for today starts looking. */
    public static LocalDateTime roundedNow() {
        LocalDateTime now = LocalDateTime.now().withSecond(0).withNano(0);
        return now.withMinute(now.getMinute() - now.getMinute() % 15);
    }

    @Override
    protected String warning() {
        if (referral == null) {
            return null;
        }
        return ReferralWords.booking(referral, dates.parse(date.getText()).orElse(null)).orElse(null);
    }

    /** The type a therapist most likely wants for the next visit of the episode. */
    public static VisitType proposedType(int visitsSoFar) {
        if (visitsSoFar == 0) {
            return VisitType.INITIAL_EVALUATION;
        }
        return (visitsSoFar + 1) % PROGRESS_REPORT_EVERY == 0 ? VisitType.PROGRESS_REPORT : VisitType.DAILY;
    }

    @Override
    protected void createFields(Composite grid) {
        type = labelled(grid, Messages.visit_type, new Combo(grid, SWT.READ_ONLY));
        type.setData(AtlasContext.WIDGET_ID, "visit.type");
        for (VisitType each : VisitType.values()) {
            type.add(Labels.visitType(each));
        }
        type.select(proposedType(visitsSoFar).ordinal());
        LocalDateTime start = proposed != null ? proposed : roundedNow();
        date = dates.hint(labelled(grid, Messages.visit_date, new Text(grid, SWT.BORDER)));
        date.setData(AtlasContext.WIDGET_ID, "visit.date");
        date.setText(dates.format(start.toLocalDate()));
        time = labelled(grid, Messages.visit_time, new Text(grid, SWT.BORDER));
        time.setData(AtlasContext.WIDGET_ID, "visit.time");
        time.setText(clock.time(start.toLocalTime()));
        time.addListener(SWT.Modify, e -> timeTyped |= !proposing);
        duration = labelled(grid, Messages.visit_duration, new Text(grid, SWT.BORDER));
        duration.setData(AtlasContext.WIDGET_ID, "visit.duration");
        duration.setText(Integer.toString(Visit.defaultMinutes(proposedType(visitsSoFar))));
        type.addListener(SWT.Selection, e -> {
            if (type.getSelectionIndex() >= 0) { // each kind of visit its usual length, until typed otherwise
                duration.setText(Integer.toString(Visit.defaultMinutes(VisitType.values()[type.getSelectionIndex()])));
            }
        });
        decorations.add("durationMinutes", Messages.visit_duration, duration);
        decorations.add("startsAt", Messages.visit_time, time); // the store's "already has a visit"
        for (Text when : List.of(date, time, duration)) {
            forgetErrorsOnChange("startsAt", when); // another time or length: the store asks again
        }
        watch(duration);
        if (clinicians != null) {
            clinician = labelled(grid, Messages.visit_clinician, new Combo(grid, SWT.READ_ONLY));
            clinician.setData(AtlasContext.WIDGET_ID, "visit.clinician");
            clinicians.forEach(each -> clinician.add(each.getDisplayName()));
            for (int i = 0; i < clinicians.size(); i++) {
                if (clinicians.get(i).getId().equals(therapistChosen)) {
                    clinician.select(i);
                }
            }
            clinician.addListener(SWT.Selection, e -> proposeFor(clinicians.get(clinician.getSelectionIndex())));
            forgetErrorsOnChange("startsAt", clinician);
            decorations.add("clinician", Messages.visit_clinician, clinician);
            watch(clinician);
        }
        decorations.add("type", Messages.visit_type, type);
        decorations.add("date", Messages.visit_date, date);
        decorations.add("time", Messages.visit_time, time);
        watch(type);
        watch(date);
        watch(time);
    }

    /**
     * The chosen therapist's next free time on the typed day (from now, today), unless the user
     * typed a time already: read in the background and put in the time field.
     */
    private void proposeFor(Clinician therapist) {
        LocalDate day = dates.parse(date.getText()).orElse(null);
        if (timeTyped || day == null) {
            return;
        }
        LocalDateTime from = day.equals(LocalDate.now()) ? roundedNow() : day.atTime(8, 0);
        int minutes = minutes().orElse(Visit.defaultMinutes(VisitType.DAILY));
        atlas.ui.InBackground.run(time, Messages.book_title, () -> episodes.nextFreeStart(therapist.getId(), from,
                minutes), free -> {
                    if (!timeTyped && !time.isDisposed() && free.toLocalDate().equals(day)) {
                        proposing = true;
                        time.setText(clock.time(free.toLocalTime()));
                        proposing = false;
                    }
                }, failed -> { /* the time stays as it is; the store still refuses a clash */ });
    }

    private java.util.Optional<Integer> minutes() {
        try {
            return java.util.Optional.ofNullable(atlas.ui.WholeNumber.in(duration));
        } catch (atlas.ui.WholeNumber.Wrong wrong) {
            return java.util.Optional.empty();
        }
    }

    private Visit typed(List<FieldError> errors) {
        LocalDate day = dates.parse(date.getText()).orElse(null);
        if (day == null) {
            errors.add(new FieldError("date", Messages.visit_date, dates.notADate(date.getText())));
        } else if (day.isBefore(episode.getStartDate()) || day.isAfter(LocalDate.now().plusYears(1))) {
            errors.add(new FieldError("date", Messages.visit_date, org.eclipse.osgi.util.NLS.bind(
                    Messages.visit_dateRange, dates.format(episode.getStartDate()),
                    dates.format(LocalDate.now().plusYears(1)))));
        }
        LocalTime at = clock.parseTime(time.getText()).orElse(null);
        if (at == null) {
            errors.add(new FieldError("time", Messages.visit_time, Messages.visit_timeFormat));
        }
        LocalDateTime startsAt = day == null || at == null ? null : day.atTime(at);
        VisitType chosen = type.getSelectionIndex() < 0 ? null : VisitType.values()[type.getSelectionIndex()];
        Long with = clinicianId;
        if (clinicians != null) {
            int index = clinician.getSelectionIndex();
            if (index < 0) {
                errors.add(new FieldError("clinician", Messages.visit_clinician, Messages.visit_chooseClinician));
            } else {
                with = clinicians.get(index).getId();
            }
        }
        Visit visit = new Visit(episode.getPatientId(), episode.getId(), startsAt, with, chosen);
        try {
            Integer typedMinutes = atlas.ui.WholeNumber.in(duration);
            visit.setDurationMinutes(typedMinutes == null ? 0 : typedMinutes); // none: the rule names the range
        } catch (atlas.ui.WholeNumber.Wrong wrong) {
            errors.add(new FieldError("durationMinutes", Messages.visit_duration, wrong.getMessage()));
        }
        return visit;
    }

    @Override
    protected List<FieldError> check() {
        List<FieldError> errors = new ArrayList<>();
        Visit visit = typed(errors);
        if (errors.isEmpty()) {
            errors.addAll(visit.validate());
        }
        return errors;
    }

    @Override
    protected Saving save() {
        var visit = typed(new ArrayList<>());
        return () -> added = episodes.addVisit(visit);
    }

    public Visit added() {
        return added;
    }
}
