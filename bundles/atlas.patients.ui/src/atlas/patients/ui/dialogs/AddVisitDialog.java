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
    private Visit added;
    private ReferralStanding referral;

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

    @Override
    protected String warning() {
        if (referral == null) {
            return null;
        }
        return ReferralWords.booking(referral, dates.parse(date.getText()).orElse(null)).orElse(null);
    }

    /** The type a therapist most likely wants for the next visit of the episode. */
    static VisitType proposedType(int visitsSoFar) {
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
        date = dates.hint(labelled(grid, Messages.visit_date, new Text(grid, SWT.BORDER)));
        date.setData(AtlasContext.WIDGET_ID, "visit.date");
        date.setText(dates.format(LocalDate.now()));
        time = labelled(grid, Messages.visit_time, new Text(grid, SWT.BORDER));
        time.setData(AtlasContext.WIDGET_ID, "visit.time");
        LocalTime now = LocalTime.now();
        time.setText(clock.time(now.withMinute(now.getMinute() - now.getMinute() % 15)));
        if (clinicians != null) {
            clinician = labelled(grid, Messages.visit_clinician, new Combo(grid, SWT.READ_ONLY));
            clinician.setData(AtlasContext.WIDGET_ID, "visit.clinician");
            clinicians.forEach(each -> clinician.add(each.getDisplayName()));
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
        return new Visit(episode.getPatientId(), episode.getId(), startsAt, with, chosen);
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
