package atlas.plans.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import atlas.core.episode.Visit;
import atlas.core.plan.InterventionWording;
import atlas.core.plan.Dosage;
import atlas.core.plan.InterventionGiven;
import atlas.core.plan.PlanOfCare;
import atlas.core.plan.PlanOfCareService;
import atlas.core.plan.PlanStatus;
import atlas.core.plan.PlannedIntervention;
import atlas.core.store.StoreException;
import atlas.core.validation.ValidationException;
import atlas.ui.Counted;
import atlas.ui.AtlasContext;
import atlas.ui.AtlasDialog;

/**
 * The interventions given at a visit, prefilled from the signed plan of care: each planned
 * intervention with its planned dose, to tick, correct to the dose actually given, and note the
 * patient's response. Saved as the visit's interventions given (in the background); earlier ones
 * are counted.
 */
final class GivenDialog extends AtlasDialog {

    /** One planned intervention's line: given?, the dose given, the response. */
    private record Line(PlannedIntervention planned, Button given, Text sets, Text reps, Text loadOrStage,
            Text minutes, Text response) {
    }

    /**
     * What the dialog starts from, read in the background before it opens: the signed plan's
     * interventions (empty without a signed plan) and how many were recorded at the visit already.
     */
    record Prefill(boolean signedPlan, List<PlannedIntervention> planned, int earlier) {

        static Prefill read(PlanOfCareService plans, Visit visit) throws StoreException {
            PlanOfCare signed = plans.revisionsOf(visit.getEpisodeId()).stream()
                    .filter(plan -> plan.getStatus() == PlanStatus.SIGNED).findFirst().orElse(null);
            if (signed == null) {
                return new Prefill(false, List.of(), 0);
            }
            return new Prefill(true, plans.interventionsOf(signed.getId()), plans.givenAt(visit.getId()).size());
        }
    }

    /** The columns' headings: given, sets, reps, load or stage, minutes, response. */
    private static final String[] COLUMNS = Messages.given_columns.split("\\|");
    private final PlanOfCareService plans;
    private final Visit visit;
    private final Prefill prefill;
    private final List<Line> lines = new ArrayList<>();
    private Label message;

    GivenDialog(Shell parent, PlanOfCareService plans, Visit visit, Prefill prefill) {
        super(parent, "dialog.given", Messages.given_title);
        this.plans = plans;
        this.visit = visit;
        this.prefill = prefill;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite grid = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(6).applyTo(grid);
        for (String heading : COLUMNS) {
            new Label(grid, SWT.NONE).setText(heading);
        }
        message = new Label(area, SWT.WRAP);
        message.setData(AtlasContext.WIDGET_ID, "given.message");
        GridDataFactory.fillDefaults().grab(true, false).hint(700, SWT.DEFAULT).applyTo(message);
        if (!prefill.signedPlan()) {
            message.setText(Messages.given_noPlan);
            return area;
        }
        int row = 0;
        for (PlannedIntervention planned : prefill.planned()) {
            row++;
            Button given = new Button(grid, SWT.CHECK);
            given.setText(InterventionWording.title(planned.getInterventionCode()));
            given.setSelection(true);
            given.setData(AtlasContext.WIDGET_ID, "given." + row);
            Dosage dose = planned.getDosage();
            lines.add(new Line(planned, given, text(grid, "given." + row + ".sets", dose.getSets(), 30),
                    text(grid, "given." + row + ".reps", dose.getReps(), 30),
                    text(grid, "given." + row + ".load", dose.getLoadOrStage(), 70),
                    text(grid, "given." + row + ".minutes", dose.getMinutes(), 30),
                    text(grid, "given." + row + ".response", null, 220)));
        }
        if (prefill.earlier() > 0) {
            message.setText(Counted.of(Messages.given_earlier, prefill.earlier()));
        }
        return area;
    }

    private static Text text(Composite grid, String id, Object value, int width) {
        Text text = new Text(grid, SWT.BORDER);
        text.setData(AtlasContext.WIDGET_ID, id);
        text.setText(value == null ? "" : value.toString());
        GridDataFactory.swtDefaults().hint(width, SWT.DEFAULT).applyTo(text);
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.given_save, true).setData(AtlasContext.WIDGET_ID,
                "dialog.save");
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.plan_close, false);
    }

    @Override
    protected void okPressed() {
        List<InterventionGiven> given = new ArrayList<>();
        try {
            for (Line line : lines) {
                if (!line.given().getSelection()) {
                    continue;
                }
                Dosage planned = line.planned().getDosage();
                Dosage dose = new Dosage();
                dose.setSets(NotANumber.whole(line.sets(), COLUMNS[1]));
                dose.setReps(NotANumber.whole(line.reps(), COLUMNS[2]));
                dose.setHoldSeconds(planned.getHoldSeconds());
                dose.setLoadOrStage(line.loadOrStage().getText().isBlank() ? null : line.loadOrStage().getText().strip());
                dose.setSideOrSegment(planned.getSideOrSegment());
                dose.setGrade(planned.getGrade());
                dose.setMinutes(NotANumber.whole(line.minutes(), COLUMNS[4]));
                dose.setTimesPerWeek(planned.getTimesPerWeek());
                InterventionGiven one = new InterventionGiven(visit.getPatientId(), visit.getId(),
                        line.planned().getId(), line.planned().getInterventionCode(), dose);
                one.setResponse(line.response().getText().isBlank() ? null : line.response().getText().strip());
                given.add(one);
            }
        } catch (NotANumber e) {
            AtlasDialog.say(message, e.getMessage());
            return;
        }
        // all or none: one transaction, the red-flag gate over all
        inBackground(() -> plans.recordGiven(given), recorded -> super.okPressed(), this::refused);
    }

    private void refused(Exception e) {
        if (e instanceof ValidationException refused) {
            AtlasDialog.say(message, refused.errors().get(0).toString());
        } else if (e instanceof StoreException stored) {
            AtlasDialog.say(message, stored.describe());
        } else {
            AtlasDialog.say(message, e.getMessage());
        }
    }
}
