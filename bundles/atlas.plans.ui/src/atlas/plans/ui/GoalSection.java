package atlas.plans.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import atlas.core.plan.Goal;
import atlas.core.plan.GoalTerm;
import atlas.core.plan.PlanOfCareService;
import atlas.measures.GoalStatus;
import atlas.measures.Goals;
import atlas.measures.Measure;
import atlas.measures.Measures;
import atlas.measures.PatientSpecificFunctionalScale;
import atlas.outcomes.GoalProgress;
import atlas.outcomes.PatientOutcomes;
import atlas.ui.AtlasContext;
import atlas.ui.DateInput;
import atlas.ui.Widgets;

/**
 * The goals of a plan (clinical reference, "Plan of care"): each tied to one measure - a score, an
 * examination value, one PSFS activity by name, or monthly migraine or headache days from the
 * diary - with the baseline filled from the latest result and the target proposed at the
 * measure's important change. A goal of a draft is chosen in the table to change or remove it.
 */
final class GoalSection {

    /** A change to the plan in the store, made by the editor in the background, which reloads and reports. */
    interface Changes {
        void attempt(PlanEditor.Change change, String done);
    }

    /** Label and field pairs: term, measure, activity above; baseline, target, due date below. */
    private static final int COLUMNS = 6;
    private final PlanOfCareService plans;
    private final PatientOutcomes outcomes;
    private final DateInput dates;
    private final Changes changes;
    private final List<Goal> shown = new ArrayList<>();
    private final List<Control> editing = new ArrayList<>();
    /** The measures offered, taken once: a plugin leaving later must not shift the choice. */
    private final List<Measure> measures = Measures.all();
    private Table table;
    private Combo term;
    private Combo measure;
    private Combo activity;
    private Text baseline;
    private Text target;
    private Text due;
    private Label hint;
    private Button update;
    private Button remove;
    private Long planId;
    private boolean editable;

    GoalSection(PlanOfCareService plans, PatientOutcomes outcomes, DateInput dates, Changes changes) {
        this.plans = plans;
        this.outcomes = outcomes;
        this.dates = dates;
        this.changes = changes;
    }

    /** Builds the goals' group in {@code parent}: the table {@code rows} high, the fields in two rows below it. */
    void create(Composite parent, int rows) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(Messages.plan_goals);
        GridLayoutFactory.swtDefaults().numColumns(COLUMNS).applyTo(group);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(group);
        table = Widgets.table(group, "plan.goals", Messages.plan_goalColumns.split("\\|"));
        Widgets.tableRows(table, COLUMNS, rows);
        table.addListener(SWT.Selection, e -> chosen());
        term = combo(group, Messages.plan_term, "plan.goal.term", Messages.plan_terms.split("\\|"));
        measure = combo(group, Messages.plan_measure, "plan.goal.measure",
                measures.stream().map(m -> Measures.title(m.code())).toArray(String[]::new));
        measure.addListener(SWT.Selection, e -> proposeTarget());
        new Label(group, SWT.NONE).setText(Messages.plan_activity);
        activity = new Combo(group, SWT.DROP_DOWN);
        activity.setData(AtlasContext.WIDGET_ID, "plan.goal.activity");
        activity.setItems(outcomes.psfsActivities().toArray(String[]::new));
        GridDataFactory.swtDefaults().hint(170, SWT.DEFAULT).applyTo(activity);
        activity.addListener(SWT.Selection, e -> proposeTarget());
        editing.add(activity);
        baseline = field(group, Messages.plan_baseline, "plan.goal.baseline", 40);
        target = field(group, Messages.plan_target, "plan.goal.target", 40);
        target.addListener(SWT.Modify, e -> checkTarget());
        due = dates.hint(field(group, Messages.plan_due, "plan.goal.due", 90));
        Composite buttons = new Composite(group, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(buttons);
        GridDataFactory.swtDefaults().span(COLUMNS, 1).applyTo(buttons);
        editing.add(Widgets.button(buttons, Messages.plan_addGoal, "plan.addGoal", this::add));
        update = Widgets.button(buttons, Messages.plan_updateGoal, "plan.updateGoal", this::update);
        remove = Widgets.button(buttons, Messages.plan_removeGoal, "plan.removeGoal", this::remove);
        hint = new Label(group, SWT.WRAP);
        hint.setData(AtlasContext.WIDGET_ID, "plan.goal.hint");
        GridDataFactory.fillDefaults().span(COLUMNS, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(hint);
        activityApplies();
    }

    private Text field(Composite parent, String label, String id, int width) {
        Text text = Widgets.labelledText(parent, label, id, width);
        editing.add(text);
        return text;
    }

    private Combo combo(Composite parent, String label, String id, String[] items) {
        Combo combo = Widgets.labelledCombo(parent, label, id, items);
        editing.add(combo);
        return combo;
    }

    /** Shows the goals of {@code plan}; they can be added, changed and removed while it is an editable draft. */
    void show(long plan, List<Goal> goals, boolean draft) {
        planId = plan;
        editable = draft;
        shown.clear();
        shown.addAll(goals);
        table.removeAll();
        for (Goal goal : goals) {
            new TableItem(table, SWT.NONE).setText(new String[] { PlanTexts.term(goal.getTerm()), PlanTexts.measure(goal),
                    PlanTexts.number(GoalProgress.baseline(goal, outcomes, LocalDate.now()).orElse(null)),
                    PlanTexts.number(goal.getTarget()),
                    dates.format(goal.getDueDate()), status(goal) });
        }
        Widgets.packColumns(table);
        editing.forEach(control -> control.setEnabled(draft));
        activityApplies();
        chosen();
    }

    /** No plan: nothing to show or edit. */
    void clear() {
        planId = null;
        shown.clear();
        table.removeAll();
        editing.forEach(control -> control.setEnabled(false));
        update.setEnabled(false);
        remove.setEnabled(false);
    }

    private String status(Goal goal) {
        return GoalProgress.status(goal, outcomes, LocalDate.now()).map(GoalStatus::label).orElse("");
    }

    /** A goal chosen in the table fills the fields, to be changed or removed. */
    private void chosen() {
        int index = table.getSelectionIndex();
        boolean one = index >= 0 && index < shown.size();
        update.setEnabled(editable && one);
        remove.setEnabled(editable && one);
        if (!one) {
            return;
        }
        Goal goal = shown.get(index);
        term.select(goal.getTerm().ordinal());
        measure.select(Math.max(0, measures.indexOf(Measures.byCode(goal.getMeasureCode()).orElse(null))));
        activity.setText(goal.getDescription() == null ? "" : goal.getDescription());
        baseline.setText(PlanTexts.number(goal.getBaseline()));
        target.setText(PlanTexts.number(goal.getTarget()));
        due.setText(dates.format(goal.getDueDate()));
        activityApplies();
        checkTarget();
    }

    private Measure chosenMeasure() {
        return measures.get(measure.getSelectionIndex());
    }

    private boolean isActivityGoal() {
        return chosenMeasure() == PatientSpecificFunctionalScale.ACTIVITY;
    }

    private void activityApplies() {
        activity.setEnabled(editable && isActivityGoal());
    }

    /** Fills the baseline from the latest result and proposes the target at the important change. */
    private void proposeTarget() {
        activityApplies();
        if (isActivityGoal() && activity.getText().isBlank() && activity.getItemCount() > 0) {
            activity.select(0);
        }
        List<Goals.Result> results = outcomes.results(chosenMeasure().code(), activity.getText(), LocalDate.now());
        if (results.isEmpty()) {
            baseline.setText("");
            target.setText("");
        } else {
            double latest = results.get(results.size() - 1).value();
            baseline.setText(PlanTexts.number(latest));
            target.setText(Goals.proposeTarget(chosenMeasure(), latest).map(PlanTexts::number).orElse(""));
        }
        if (due.getText().isBlank()) {
            due.setText(dates.format(LocalDate.now().plusWeeks(6)));
        }
        checkTarget();
    }

    private void checkTarget() {
        Double from = PlanTexts.decimal(baseline.getText());
        Double to = PlanTexts.decimal(target.getText());
        hint.setText(from == null || to == null ? "" : Goals.warning(chosenMeasure(), from, to).orElse(""));
        hint.requestLayout();
    }

    /** The goal as the fields describe it, for {@code plan}. */
    private Goal typed(Goal goal) {
        goal.setTerm(GoalTerm.values()[term.getSelectionIndex()]);
        goal.setMeasureCode(chosenMeasure().code());
        goal.setDescription(isActivityGoal() ? Optional.of(activity.getText().strip()).filter(s -> !s.isEmpty())
                .orElse(null) : null);
        goal.setBaseline(PlanTexts.decimal(baseline.getText()));
        goal.setTarget(PlanTexts.decimal(target.getText()));
        goal.setDueDate(dates.parse(due.getText()).orElse(null));
        return goal;
    }

    private void add() {
        if (planId != null && activityNamed()) {
            Goal goal = typed(new Goal(planId, GoalTerm.SHORT, "", null, null, null)); // the fields, read here
            changes.attempt(() -> plans.addGoal(goal), "");
        }
    }

    private void update() {
        int index = table.getSelectionIndex();
        if (index >= 0 && activityNamed()) {
            Goal goal = typed(shown.get(index));
            changes.attempt(() -> plans.updateGoal(goal), Messages.plan_goalUpdated);
        }
    }

    private void remove() {
        int index = table.getSelectionIndex();
        if (index >= 0) {
            long goalId = shown.get(index).getId();
            changes.attempt(() -> plans.removeGoal(goalId), Messages.plan_goalRemoved);
        }
    }

    /** A single-activity PSFS goal names its activity, else it could not be followed. */
    private boolean activityNamed() {
        if (isActivityGoal() && activity.getText().isBlank()) {
            hint.setText(Messages.plan_activityNeeded);
            return false;
        }
        return true;
    }
}
