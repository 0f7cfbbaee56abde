package atlas.patients.ui.dialogs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import atlas.core.episode.CommonDiagnoses;
import atlas.core.episode.Diagnosis;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.EpisodeService;
import atlas.core.referrer.ReferrerService;
import atlas.api.validation.FieldError;
import atlas.patients.ui.Messages;
import atlas.ui.AtlasContext;

/** Starts an episode of care: the treating diagnosis, the start date and the referral. */
public final class StartEpisodeDialog extends ReferralDialog {

    private final EpisodeService episodes;
    private final long patientId;
    private Text startDate;
    private Combo codeSystem;
    private Text code;
    private Text diagnosisText;

    public StartEpisodeDialog(Shell parent, EpisodeService episodes, ReferrerService referrers, long patientId) {
        super(parent, referrers, "dialog.startEpisode", Messages.episode_title, Messages.episode_description,
                Messages.episode_save);
        this.episodes = episodes;
        this.patientId = patientId;
    }

    @Override
    protected void createFields(Composite grid) {
        Combo common = labelled(grid, Messages.episode_common, new Combo(grid, SWT.READ_ONLY));
        common.setData(AtlasContext.WIDGET_ID, "episode.common");
        List<Diagnosis> offered = CommonDiagnoses.offered(); // titled in the user's language
        for (Diagnosis diagnosis : offered) {
            common.add(CommonDiagnoses.shown(diagnosis));
        }
        common.addListener(SWT.Selection, e -> {
            Diagnosis chosen = offered.get(common.getSelectionIndex());
            codeSystem.setText(chosen.getCodeSystem());
            code.setText(chosen.getCode());
            diagnosisText.setText(chosen.getText());
        });
        codeSystem = labelled(grid, Messages.episode_codeSystem, new Combo(grid, SWT.DROP_DOWN));
        codeSystem.setItems(Diagnosis.ICD_10, Diagnosis.ICD_10_GM, Diagnosis.ICD_10_CM);
        codeSystem.setText(Diagnosis.ICD_10);
        code = field(grid, Messages.episode_code, "episode.code", "");
        diagnosisText = field(grid, Messages.episode_diagnosis, "episode.diagnosis", "");
        startDate = dates.hint(field(grid, Messages.episode_startDate, "episode.startDate", dates.format(LocalDate.now())));
        createReferralFields(grid, null);
        decorations.add("diagnoses[1].codeSystem", Messages.episode_codeSystem, codeSystem);
        decorations.add("diagnoses[1].code", Messages.episode_code, code);
        decorations.add("diagnoses[1].text", Messages.episode_diagnosis, diagnosisText);
        decorations.add("startDate", Messages.episode_startDate, startDate);
        for (var control : List.of(codeSystem, code, diagnosisText, startDate)) {
            watch(control);
        }
    }

    private EpisodeOfCare typed(List<FieldError> errors) {
        LocalDate start = date(startDate, "startDate", Messages.episode_startDate, errors);
        EpisodeOfCare episode = new EpisodeOfCare(patientId, referralDate(errors), null, start);
        applyReferral(episode, errors);
        List<Diagnosis> diagnoses = new ArrayList<>();
        diagnoses.add(new Diagnosis(codeSystem.getText().strip(), code.getText().strip().toUpperCase(),
                blankToNull(diagnosisText.getText())));
        episode.setDiagnoses(diagnoses);
        return episode;
    }

    @Override
    protected List<FieldError> check() {
        List<FieldError> errors = new ArrayList<>();
        EpisodeOfCare episode = typed(errors);
        return withEpisodeRules(episode, errors);
    }

    @Override
    protected Saving save() {
        var episode = typed(new ArrayList<>());
        return () -> episodes.start(episode);
    }
}
