package atlas.plans.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import atlas.api.plan.InterventionCatalogue;
import atlas.core.plan.Dosage;
import atlas.core.plan.InterventionWording;
import atlas.core.plan.Interventions;
import atlas.core.plan.PlanOfCareService;
import atlas.core.plan.PlannedIntervention;
import atlas.ui.AtlasContext;
import atlas.ui.Widgets;

/**
 * The dosed interventions of a plan (clinical reference, "Plan of care"): chosen from the built-in
 * catalogue and the clinics' own, each with its dose (sets, repetitions, hold, load or stage, side
 * or segment, grade, minutes, times a week) and whether it belongs to the home programme.
 */
final class InterventionSection {

    /** A change to the plan in the store, made by the editor in the background, which reloads and reports. */
    interface Changes {
        void attempt(PlanEditor.Change change, String done, Runnable made);
    }

    private static final String[][] DOSAGE = { { Messages.plan_sets, "sets" }, { Messages.plan_reps, "reps" },
            { Messages.plan_hold, "hold" }, { Messages.plan_load, "load" }, { Messages.plan_side, "side" },
            { Messages.plan_grade, "grade" }, { Messages.plan_minutes, "minutes" }, { Messages.plan_perWeek, "perWeek" } };
    private final PlanOfCareService plans;
    private final Changes changes;
    private final Consumer<String> say;
    /** The built-in catalogue, then the clinics' entries: code and title. */
    private final List<String[]> catalogue = new ArrayList<>();
    private final List<Control> editing = new ArrayList<>();
    private final List<Text> dosage = new ArrayList<>();
    private List<PlannedIntervention> shown = List.of();
    private Table table;
    private Combo intervention;
    private Button home;
    private Button remove;
    private Long planId;
    private boolean editable;

    InterventionSection(PlanOfCareService plans, List<InterventionCatalogue> clinicCatalogues, Changes changes,
            Consumer<String> say) {
        this.plans = plans;
        this.changes = changes;
        this.say = say;
        Interventions.BUILT_IN.forEach(type -> catalogue.add(new String[] { type.code(),
                InterventionWording.title(type.code()) }));
        for (InterventionCatalogue clinic : clinicCatalogues) {
            clinic.interventions().forEach(type -> catalogue.add(new String[] { type.code(), clinic.title(type.code()) }));
        }
    }

    /** Builds the table ({@code rows} high) and the fields into {@code group}, laid out in eight columns. */
    void create(Composite group, int rows) {
        table = Widgets.table(group, "plan.interventions", Messages.plan_interventionColumns.split("\\|"));
        Widgets.tableRows(table, 8, rows);
        table.addListener(SWT.Selection, e -> remove.setEnabled(editable && table.getSelectionIndex() >= 0));
        new Label(group, SWT.NONE).setText(Messages.plan_intervention);
        intervention = new Combo(group, SWT.READ_ONLY);
        intervention.setData(AtlasContext.WIDGET_ID, "plan.intervention.code");
        intervention.setItems(catalogue.stream().map(entry -> entry[1]).toArray(String[]::new));
        intervention.select(0);
        editing.add(intervention);
        GridDataFactory.swtDefaults().span(7, 1).applyTo(intervention); // dosage fields follow, four a row
        for (String[] field : DOSAGE) {
            Text text = Widgets.labelledText(group, field[0], "plan.intervention." + field[1], 45);
            dosage.add(text);
            editing.add(text);
        }
        home = Widgets.check(group, Messages.plan_home, "plan.intervention.home");
        editing.add(home);
        editing.add(Widgets.button(group, Messages.plan_addIntervention, "plan.addIntervention", this::add));
        remove = Widgets.button(group, Messages.plan_removeIntervention, "plan.removeIntervention", this::remove);
    }

    /** Shows the interventions of {@code plan}; they can be added and removed while it is an editable draft. */
    void show(Long plan, List<PlannedIntervention> interventions, boolean draft) {
        planId = plan;
        editable = draft;
        shown = interventions;
        table.removeAll();
        for (PlannedIntervention planned : interventions) {
            new TableItem(table, SWT.NONE).setText(new String[] { titleOf(planned.getInterventionCode()),
                    InterventionWording.dosage(planned.getDosage()), planned.isHomeProgramme() ? Messages.plan_yes : "" });
        }
        Widgets.packColumns(table);
        editing.forEach(control -> control.setEnabled(draft));
        remove.setEnabled(false);
    }

    /** Whether any intervention shown belongs to the home programme (a handout can be printed). */
    boolean anyForHome() {
        return shown.stream().anyMatch(PlannedIntervention::isHomeProgramme);
    }

    String titleOf(String code) {
        return catalogue.stream().filter(entry -> entry[0].equals(code)).map(entry -> entry[1]).findFirst().orElse(code);
    }

    private void add() {
        Dosage given = new Dosage();
        try {
            given.setSets(whole(0));
            given.setReps(whole(1));
            given.setHoldSeconds(whole(2));
            given.setMinutes(whole(6));
            given.setTimesPerWeek(whole(7));
        } catch (NotANumber e) {
            say.accept(e.getMessage());
            return;
        }
        given.setLoadOrStage(blankToNull(dosage.get(3).getText()));
        given.setSideOrSegment(blankToNull(dosage.get(4).getText()));
        given.setGrade(blankToNull(dosage.get(5).getText()));
        String code = catalogue.get(intervention.getSelectionIndex())[0];
        PlannedIntervention added = new PlannedIntervention(planId, code, given, home.getSelection());
        changes.attempt(() -> plans.addIntervention(added), "", () -> {
            dosage.forEach(field -> field.setText(""));
            home.setSelection(false);
        });
    }

    private void remove() {
        int index = table.getSelectionIndex();
        if (index >= 0) {
            long id = shown.get(index).getId();
            changes.attempt(() -> plans.removeIntervention(id), Messages.plan_interventionRemoved, () -> {
            });
        }
    }

    private Integer whole(int field) throws NotANumber {
        return NotANumber.whole(dosage.get(field), DOSAGE[field][0]);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
