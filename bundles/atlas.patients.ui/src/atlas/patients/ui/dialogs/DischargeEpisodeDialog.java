package atlas.patients.ui.dialogs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import atlas.api.validation.FieldError;
import atlas.core.episode.Discharge;
import atlas.core.episode.DischargeReason;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.EpisodeService;
import atlas.patients.ui.Labels;
import atlas.patients.ui.Messages;
import atlas.ui.AtlasContext;
import atlas.ui.DateInput;
import atlas.ui.ValidatedDialog;

/**
 * Patient > Discharge Episode (issue 18): the day, the reason and - where no discharge visit has a
 * signed note, or the reason is "other" - the therapist's words on why the episode ends. The
 * episode service refuses while a note of the episode is unsigned, naming it.
 */
public final class DischargeEpisodeDialog extends ValidatedDialog {

    private static final DischargeReason[] REASONS = DischargeReason.values();
    private final EpisodeService episodes;
    private final EpisodeOfCare episode;
    private final boolean signedDischargeNote;
    private final DateInput dates = DateInput.forPlatform();
    private Text date;
    private Combo reason;
    private Text statement;

    /** @param bookedAhead the episode's visits still booked from now on, called off with the discharge */
    public DischargeEpisodeDialog(Shell parent, EpisodeService episodes, EpisodeOfCare episode,
            boolean signedDischargeNote, int bookedAhead) {
        super(parent, "dialog.discharge", Messages.discharge_title, (signedDischargeNote ? Messages.discharge_description
                : Messages.discharge_descriptionNoNote) + (bookedAhead == 0 ? ""
                        : " " + atlas.ui.Counted.of(Messages.discharge_callsOff, bookedAhead)),
                Messages.discharge_save);
        this.episodes = episodes;
        this.episode = episode;
        this.signedDischargeNote = signedDischargeNote;
    }

    @Override
    protected void createFields(Composite grid) {
        date = dates.hint(labelled(grid, Messages.discharge_date, new Text(grid, SWT.BORDER)));
        date.setData(AtlasContext.WIDGET_ID, "discharge.date");
        date.setText(dates.format(LocalDate.now()));
        reason = labelled(grid, Messages.discharge_reason, new Combo(grid, SWT.READ_ONLY));
        reason.setData(AtlasContext.WIDGET_ID, "discharge.reason");
        for (DischargeReason each : REASONS) {
            reason.add(Labels.dischargeReason(each));
        }
        statement = multiLineField(grid, "statement", Messages.discharge_statement, "discharge.statement",
                Discharge.STATEMENT_MAX, 90);
        decorations.add("dischargeDate", Messages.discharge_date, date);
        decorations.add("reason", Messages.discharge_reason, reason);
        watch(date);
        watch(reason);
    }

    private Discharge typed(List<FieldError> errors) {
        String typedDate = date.getText();
        LocalDate day = typedDate.isBlank() ? null : dates.parse(typedDate).orElseGet(() -> {
            errors.add(new FieldError("dischargeDate", Messages.discharge_date, dates.notADate(typedDate)));
            return null;
        });
        int chosen = reason.getSelectionIndex();
        return new Discharge(day, chosen < 0 ? null : REASONS[chosen], statement.getText());
    }

    @Override
    protected List<FieldError> check() {
        List<FieldError> errors = new ArrayList<>();
        Discharge discharge = typed(errors);
        List<String> unparsable = errors.stream().map(FieldError::field).toList();
        discharge.validate(episode, signedDischargeNote, LocalDate.now()).stream()
                .filter(error -> !unparsable.contains(error.field())).forEach(errors::add);
        return errors;
    }

    @Override
    protected Saving save() {
        Discharge discharge = typed(new ArrayList<>());
        long episodeId = episode.getId();
        return () -> episodes.discharge(episodeId, discharge);
    }
}
