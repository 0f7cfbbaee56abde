package atlas.plans.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import atlas.core.form.FormResponseService;
import atlas.core.form.Observation;
import atlas.core.plan.Dosage;
import atlas.core.plan.Goal;
import atlas.core.plan.GoalTerm;
import atlas.core.plan.InterventionCatalogue;
import atlas.core.plan.Interventions;
import atlas.core.plan.PlanOfCare;
import atlas.core.plan.PlanOfCareService;
import atlas.core.plan.PlanStatus;
import atlas.core.plan.PlannedIntervention;
import atlas.core.store.StoreException;
import atlas.core.validation.ValidationException;
import atlas.measures.GoalStatus;
import atlas.measures.Goals;
import atlas.measures.Measure;
import atlas.measures.Measures;
import atlas.ui.AtlasContext;
import atlas.ui.AtlasDialog;
import atlas.ui.DateInput;
import atlas.ui.GoalProgress;
import atlas.ui.Widgets;

/**
 * The plan of care of an episode (clinical reference, "Plan of care"): frequency and duration,
 * SMART goals each tied to one measure (the target proposed at the measure's important change, a
 * warning when it is within measurement error, the status computed from the results), dosed
 * interventions from the catalogue, signing (refused with the reason while a red flag blocks neck
 * manual therapy) and revision into a new draft with the history kept.
 */
final class PlanDialog extends AtlasDialog {

    private final PlanOfCareService plans;
    private final FormResponseService results;
    private final long patientId;
    private final long episodeId;
    private final long clinicianId;
    private final DateInput dates = DateInput.forPlatform();
    private PlanOfCare plan;
    private Label status;
    private Text sessionsPerWeek;
    private Text weeks;
    private Text plannedVisits;
    private Text reEvaluation;
    private Table goals;
    private Combo term;
    private Combo measure;
    private Text baseline;
    private Text target;
    private Text due;
    private Label goalHint;
    private Table interventions;
    private Combo intervention;
    private final List<Text> dosage = new ArrayList<>();
    private Button home;
    private Label message;
    private final List<Control> draftOnly = new ArrayList<>();
    private String patientName = "";
    private String episodeText = "";
    private String clinicianName = "";
    /** The built-in catalogue, then the clinics' entries: code and title. */
    private final List<String[]> catalogue = new ArrayList<>();

    PlanDialog(Shell parent, PlanOfCareService plans, FormResponseService results, long patientId, long episodeId,
            long clinicianId, List<InterventionCatalogue> clinicCatalogues) {
        super(parent, "dialog.plan", Messages.plan_title);
        Interventions.BUILT_IN.forEach(type -> catalogue.add(new String[] { type.code(),
                InterventionTitles.of(type.code()) }));
        for (InterventionCatalogue clinic : clinicCatalogues) {
            clinic.interventions().forEach(type -> catalogue.add(new String[] { type.code(), clinic.title(type.code()) }));
        }
        this.plans = plans;
        this.results = results;
        this.patientId = patientId;
        this.episodeId = episodeId;
        this.clinicianId = clinicianId;
    }

    /** The episode the plan belongs to, with its diagnoses, shown above the plan. */
    void describeEpisode(String text) {
        episodeText = text;
    }

    /** The names printed on the home-programme handout. */
    void forHandout(String patient, String clinician) {
        patientName = patient;
        clinicianName = clinician;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        label(area, "plan.episode", SWT.WRAP).setText(episodeText);
        status = label(area, "plan.status", SWT.NONE);
        Group details = group(area, Messages.plan_details, 9);
        sessionsPerWeek = field(details, Messages.plan_sessionsPerWeek, "plan.sessionsPerWeek", 30);
        weeks = field(details, Messages.plan_weeks, "plan.weeks", 30);
        plannedVisits = field(details, Messages.plan_plannedVisits, "plan.plannedVisits", 30);
        reEvaluation = field(details, Messages.plan_reEvaluation, "plan.reEvaluation", 90);
        draftOnly.add(button(details, Messages.plan_saveDetails, "plan.saveDetails", this::saveDetails));

        Group goalGroup = group(area, Messages.plan_goals, 11);
        goals = table(goalGroup, "plan.goals", 11, Messages.plan_goalColumns.split("\\|"));
        term = combo(goalGroup, Messages.plan_term, "plan.goal.term", Messages.plan_terms.split("\\|"));
        measure = combo(goalGroup, Messages.plan_measure, "plan.goal.measure",
                Measures.ALL.stream().map(Measure::code).toArray(String[]::new));
        measure.addListener(SWT.Selection, e -> proposeTarget());
        baseline = field(goalGroup, Messages.plan_baseline, "plan.goal.baseline", 40);
        target = field(goalGroup, Messages.plan_target, "plan.goal.target", 40);
        target.addListener(SWT.Modify, e -> checkTarget());
        due = field(goalGroup, Messages.plan_due, "plan.goal.due", 90);
        draftOnly.add(button(goalGroup, Messages.plan_addGoal, "plan.addGoal", this::addGoal));
        goalHint = label(goalGroup, "plan.goal.hint", SWT.WRAP);
        ((org.eclipse.swt.layout.GridData) goalHint.getLayoutData()).horizontalSpan = 11;

        Group interventionGroup = group(area, Messages.plan_interventions, 8);
        interventions = table(interventionGroup, "plan.interventions", 8,
                Messages.plan_interventionColumns.split("\\|"));
        intervention = combo(interventionGroup, Messages.plan_intervention, "plan.intervention.code",
                catalogue.stream().map(entry -> entry[1]).toArray(String[]::new));
        GridDataFactory.swtDefaults().span(7, 1).applyTo(intervention); // dosage fields follow, four a row
        for (String[] field : new String[][] { { Messages.plan_sets, "sets" }, { Messages.plan_reps, "reps" },
                { Messages.plan_hold, "hold" }, { Messages.plan_load, "load" }, { Messages.plan_side, "side" },
                { Messages.plan_grade, "grade" }, { Messages.plan_minutes, "minutes" },
                { Messages.plan_perWeek, "perWeek" } }) {
            dosage.add(field(interventionGroup, field[0], "plan.intervention." + field[1], 45));
        }
        home = Widgets.check(interventionGroup, Messages.plan_home, "plan.intervention.home");
        draftOnly.add(home);
        draftOnly.add(button(interventionGroup, Messages.plan_addIntervention, "plan.addIntervention",
                this::addIntervention));
        message = label(area, "plan.message", SWT.WRAP);
        load();
        return area;
    }

    private static Label label(Composite parent, String id, int style) {
        Label label = new Label(parent, style);
        label.setData(AtlasContext.WIDGET_ID, id);
        GridDataFactory.fillDefaults().grab(true, false).hint(820, SWT.DEFAULT).applyTo(label);
        return label;
    }

    private static Group group(Composite parent, String title, int columns) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(group);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(group);
        return group;
    }

    private Text field(Composite parent, String label, String id, int width) {
        Text text = Widgets.labelledText(parent, label, id, width);
        draftOnly.add(text);
        return text;
    }

    private Combo combo(Composite parent, String label, String id, String[] items) {
        Combo combo = Widgets.labelledCombo(parent, label, id, items);
        draftOnly.add(combo);
        return combo;
    }

    private static Button button(Composite parent, String label, String id, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(label);
        button.setData(AtlasContext.WIDGET_ID, id);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    private static Table table(Composite parent, String id, int span, String[] columns) {
        Table table = Widgets.table(parent, id, columns);
        GridDataFactory.fillDefaults().span(span, 1).grab(true, true).hint(800, 90).applyTo(table);
        return table;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLIENT_ID, Messages.plan_create, false)
                .setData(AtlasContext.WIDGET_ID, "plan.create");
        createButton(parent, IDialogConstants.CLIENT_ID + 1, Messages.plan_sign, false)
                .setData(AtlasContext.WIDGET_ID, "plan.sign");
        createButton(parent, IDialogConstants.CLIENT_ID + 2, Messages.plan_revise, false)
                .setData(AtlasContext.WIDGET_ID, "plan.revise");
        createButton(parent, IDialogConstants.CLIENT_ID + 3, Messages.plan_handout, false)
                .setData(AtlasContext.WIDGET_ID, "plan.handout");
        createButton(parent, IDialogConstants.OK_ID, Messages.plan_close, true)
                .setData(AtlasContext.WIDGET_ID, "dialog.close");
        load();
    }

    @Override
    protected void buttonPressed(int buttonId) {
        try {
            if (buttonId == IDialogConstants.CLIENT_ID) {
                PlanOfCare draft = new PlanOfCare(patientId, episodeId, 1, null);
                draft.setSessionsPerWeek(2);
                draft.setWeeks(6);
                draft.setPlannedVisits(12); // 8-12 sessions over about 6 weeks (Jull 2002, Spine 27:1835)
                draft.setReEvaluationDate(LocalDate.now().plusWeeks(6));
                plans.createDraft(draft);
            } else if (buttonId == IDialogConstants.CLIENT_ID + 1) {
                plans.sign(plan.getId(), clinicianId);
                message.setText(Messages.plan_signed);
            } else if (buttonId == IDialogConstants.CLIENT_ID + 2) {
                plans.revise(plan.getId());
            } else if (buttonId == IDialogConstants.CLIENT_ID + 3) {
                message.setText(HomeProgramme.print(plans.interventionsOf(plan.getId()), this::titleOf, patientName,
                        clinicianName, patientId));
                return;
            } else {
                super.buttonPressed(buttonId);
                return;
            }
            load();
        } catch (ValidationException refused) {
            message.setText(refused.errors().get(0).toString());
        } catch (StoreException e) {
            message.setText(e.describe() + " " + e.problem().advice());
        }
    }

    private void load() {
        if (goals == null || getButton(IDialogConstants.OK_ID) == null) {
            return; // the buttons are created after the area; load once both exist
        }
        try {
            List<PlanOfCare> revisions = plans.revisionsOf(episodeId);
            plan = revisions.isEmpty() ? null : revisions.get(0);
            boolean draft = plan != null && plan.getStatus() == PlanStatus.DRAFT;
            String earlier = revisions.stream().skip(1).map(older -> NLS.bind(Messages.plan_revision,
                    older.getRevision(), PlanTexts.status(older.getStatus()))).collect(Collectors.joining("; "));
            status.setText(plan == null ? Messages.plan_none : NLS.bind(Messages.plan_revision, plan.getRevision(),
                    PlanTexts.status(plan.getStatus())) + (earlier.isEmpty() ? ""
                            : "   (" + NLS.bind(Messages.plan_earlier, earlier) + ")"));
            draftOnly.forEach(control -> control.setEnabled(draft));
            getButton(IDialogConstants.CLIENT_ID).setEnabled(plan == null);
            getButton(IDialogConstants.CLIENT_ID + 1).setEnabled(draft);
            getButton(IDialogConstants.CLIENT_ID + 2).setEnabled(plan != null && plan.getStatus() == PlanStatus.SIGNED);
            getButton(IDialogConstants.CLIENT_ID + 3).setEnabled(plan != null
                    && plans.interventionsOf(plan.getId()).stream().anyMatch(PlannedIntervention::isHomeProgramme));
            goals.removeAll();
            interventions.removeAll();
            if (plan == null) {
                return;
            }
            sessionsPerWeek.setText(text(plan.getSessionsPerWeek()));
            weeks.setText(text(plan.getWeeks()));
            plannedVisits.setText(text(plan.getPlannedVisits()));
            reEvaluation.setText(dates.format(plan.getReEvaluationDate()));
            for (Goal goal : plans.goalsOf(plan.getId())) {
                new TableItem(goals, SWT.NONE).setText(new String[] { PlanTexts.term(goal.getTerm()),
                        goal.getMeasureCode(), number(goal.getBaseline()), number(goal.getTarget()),
                        dates.format(goal.getDueDate()), statusOf(goal) });
            }
            for (PlannedIntervention planned : plans.interventionsOf(plan.getId())) {
                new TableItem(interventions, SWT.NONE).setText(new String[] {
                        titleOf(planned.getInterventionCode()), PlanTexts.dosage(planned.getDosage()),
                        planned.isHomeProgramme() ? Messages.plan_yes : "" });
            }
            for (Table table : new Table[] { goals, interventions }) {
                for (TableColumn column : table.getColumns()) {
                    column.pack();
                }
            }
        } catch (StoreException e) {
            message.setText(e.describe());
        }
    }

    /** The goal's status from the patient's results of its measure. */
    private String statusOf(Goal goal) throws StoreException {
        return GoalProgress.status(goal, results.series(patientId, goal.getMeasureCode()), LocalDate.now())
                .map(GoalStatus::label).orElse("");
    }

    /** Fills the baseline from the latest result and proposes the target at the important change. */
    private void proposeTarget() {
        Measure chosen = Measures.ALL.get(measure.getSelectionIndex());
        try {
            List<Observation> series = results.series(patientId, chosen.code());
            if (!series.isEmpty()) {
                double latest = series.get(series.size() - 1).getValue();
                baseline.setText(number(latest));
                Goals.proposeTarget(chosen, latest).ifPresent(proposed -> target.setText(number(proposed)));
            }
        } catch (StoreException e) {
            message.setText(e.describe());
        }
        if (due.getText().isBlank()) {
            due.setText(dates.format(LocalDate.now().plusWeeks(6)));
        }
        checkTarget();
    }

    private void checkTarget() {
        Measure chosen = Measures.ALL.get(measure.getSelectionIndex());
        Double from = parse(baseline.getText());
        Double to = parse(target.getText());
        goalHint.setText(from == null || to == null ? "" : Goals.warning(chosen, from, to).orElse(""));
        goalHint.requestLayout();
    }

    private void addGoal() {
        Goal goal = new Goal(plan.getId(), GoalTerm.values()[term.getSelectionIndex()],
                Measures.ALL.get(measure.getSelectionIndex()).code(), parse(baseline.getText()), parse(target.getText()),
                dates.parse(due.getText()).orElse(null));
        attempt(() -> plans.addGoal(goal), "");
    }

    private void addIntervention() {
        Dosage given = new Dosage();
        given.setSets(whole(dosage.get(0)));
        given.setReps(whole(dosage.get(1)));
        given.setHoldSeconds(whole(dosage.get(2)));
        given.setLoadOrStage(blankToNull(dosage.get(3).getText()));
        given.setSideOrSegment(blankToNull(dosage.get(4).getText()));
        given.setGrade(blankToNull(dosage.get(5).getText()));
        given.setMinutes(whole(dosage.get(6)));
        given.setTimesPerWeek(whole(dosage.get(7)));
        String code = catalogue.get(intervention.getSelectionIndex())[0];
        if (attempt(() -> plans.addIntervention(new PlannedIntervention(plan.getId(), code, given,
                home.getSelection())), "")) {
            dosage.forEach(field -> field.setText(""));
            home.setSelection(false);
        }
    }

    private String titleOf(String code) {
        return catalogue.stream().filter(entry -> entry[0].equals(code)).map(entry -> entry[1]).findFirst().orElse(code);
    }

    private void saveDetails() {
        plan.setSessionsPerWeek(whole(sessionsPerWeek));
        plan.setWeeks(whole(weeks));
        plan.setPlannedVisits(whole(plannedVisits));
        plan.setReEvaluationDate(dates.parse(reEvaluation.getText()).orElse(null));
        attempt(() -> plans.updateDraft(plan), Messages.plan_saved);
    }

    /** A change to the plan in the store. */
    private interface Change {
        void run() throws StoreException;
    }

    /** Makes {@code change}, then shows {@code done} and reloads; or names why it was refused. */
    private boolean attempt(Change change, String done) {
        try {
            change.run();
            message.setText(done);
            load();
            return true;
        } catch (ValidationException refused) {
            message.setText(refused.errors().get(0).toString());
        } catch (StoreException e) {
            message.setText(e.describe() + " " + e.problem().advice());
        }
        return false;
    }

    private Integer whole(Text field) {
        String typed = field.getText().strip();
        if (typed.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(typed);
        } catch (NumberFormatException e) {
            message.setText(NLS.bind(Messages.plan_notANumber, typed));
            return null;
        }
    }

    private static Double parse(String typed) {
        try {
            return typed.isBlank() ? null : Double.valueOf(typed.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }

    private static String number(Double value) {
        return value == null ? "" : value == Math.rint(value) ? Long.toString(value.longValue())
                : String.format("%.1f", value);
    }

    private static String number(double value) {
        return number(Double.valueOf(value));
    }
}
