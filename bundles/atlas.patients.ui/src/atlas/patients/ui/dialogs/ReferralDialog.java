package atlas.patients.ui.dialogs;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import atlas.api.validation.FieldError;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.referrer.ReferrerService;
import atlas.patients.ui.Messages;
import atlas.ui.AtlasContext;
import atlas.ui.DateInput;
import atlas.ui.ValidatedDialog;
import atlas.ui.WholeNumber;

/**
 * The referral's fields as the starting and the editing of an episode share them (issue 18): its
 * date, who referred, their diagnosis, the sessions it authorises and its last day - typed as on
 * the prescription, checked by the episode's own rules.
 */
abstract class ReferralDialog extends ValidatedDialog {

    protected final DateInput dates = DateInput.forPlatform();
    private final ReferrerService referrers;
    private Text referralDate;
    private Combo referralSource;
    private Text referralDiagnosis;
    private Text sessionsAuthorised;
    private Text validUntil;

    /** {@code referrers}: the clinic's directory, offered first under "Referred by". */
    ReferralDialog(Shell parent, ReferrerService referrers, String id, String title, String description,
            String saveLabel) {
        super(parent, id, title, description, saveLabel);
        this.referrers = referrers;
    }

    /** Adds the referral's fields to {@code grid}, filled from {@code episode} (or empty: null). */
    protected void createReferralFields(Composite grid, EpisodeOfCare episode) {
        referralDate = field(grid, Messages.episode_referralDate, "episode.referralDate",
                dates.format(episode == null ? LocalDate.now() : episode.getReferralDate()));
        referralSource = labelled(grid, Messages.episode_referralSource, new Combo(grid, SWT.DROP_DOWN));
        referralSource.setData(AtlasContext.WIDGET_ID, "episode.referralSource");
        ReferrerChoice.offer(referralSource, referrers, List.of(Messages.episode_referralSources.split("\\|")));
        referralDiagnosis = field(grid, Messages.episode_referralDiagnosis, "episode.referralDiagnosis", "");
        sessionsAuthorised = field(grid, Messages.episode_sessionsAuthorised, "episode.sessionsAuthorised", "");
        validUntil = dates.hint(field(grid, Messages.episode_validUntil, "episode.validUntil", ""));
        if (episode != null) {
            referralSource.setText(orEmpty(episode.getReferralSource()));
            referralDiagnosis.setText(orEmpty(episode.getReferralDiagnosis()));
            sessionsAuthorised.setText(episode.getSessionsAuthorised() == null ? ""
                    : episode.getSessionsAuthorised().toString());
            validUntil.setText(episode.getReferralValidUntil() == null ? ""
                    : dates.format(episode.getReferralValidUntil()));
        }
        decorations.add("referralDate", Messages.episode_referralDate, referralDate);
        decorations.add("referralSource", Messages.episode_referralSource, referralSource);
        decorations.add("referralDiagnosis", Messages.episode_referralDiagnosis, referralDiagnosis);
        decorations.add("sessionsAuthorised", Messages.episode_sessionsAuthorised, sessionsAuthorised);
        decorations.add("referralValidUntil", Messages.episode_validUntil, validUntil);
        for (var control : List.of(referralDate, referralSource, referralDiagnosis, sessionsAuthorised, validUntil)) {
            watch(control);
        }
    }

    protected Text field(Composite grid, String label, String id, String value) {
        Text text = labelled(grid, label, new Text(grid, SWT.BORDER));
        text.setData(AtlasContext.WIDGET_ID, id);
        text.setText(value);
        return text;
    }

    /** The referral date typed; null (with an error) when it is not a date. */
    protected LocalDate referralDate(List<FieldError> errors) {
        return date(referralDate, "referralDate", Messages.episode_referralDate, errors);
    }

    /** Sets the typed referral (all but its date, which the episode is made with) on {@code episode}. */
    protected void applyReferral(EpisodeOfCare episode, List<FieldError> errors) {
        episode.setReferralSource(blankToNull(referralSource.getText()));
        episode.setReferralDiagnosis(blankToNull(referralDiagnosis.getText()));
        try {
            episode.setSessionsAuthorised(WholeNumber.in(sessionsAuthorised));
        } catch (WholeNumber.Wrong wrong) {
            errors.add(new FieldError("sessionsAuthorised", Messages.episode_sessionsAuthorised, wrong.getMessage()));
        }
        episode.setReferralValidUntil(validUntil.getText().isBlank() ? null
                : date(validUntil, "referralValidUntil", Messages.episode_validUntil, errors));
    }

    protected LocalDate date(Text field, String key, String label, List<FieldError> errors) {
        String typed = field.getText();
        if (typed.isBlank()) {
            return null; // the domain names the allowed range
        }
        return dates.parse(typed).orElseGet(() -> {
            errors.add(new FieldError(key, label, dates.notADate(typed)));
            return null;
        });
    }

    /** The typed errors, then the episode's own rules for every field typed well. */
    protected static List<FieldError> withEpisodeRules(EpisodeOfCare episode, List<FieldError> typed) {
        List<String> unparsable = typed.stream().map(FieldError::field).toList();
        List<FieldError> errors = new java.util.ArrayList<>(typed);
        episode.validate(LocalDate.now()).stream().filter(error -> !unparsable.contains(error.field()))
                .forEach(errors::add);
        return errors;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
