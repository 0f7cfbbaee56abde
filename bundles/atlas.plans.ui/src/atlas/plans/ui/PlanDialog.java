package atlas.plans.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import atlas.core.plan.Dosage;
import atlas.core.plan.Goal;
import atlas.core.plan.InterventionWording;
import atlas.api.plan.InterventionCatalogue;
import atlas.core.plan.Interventions;
import atlas.core.plan.PlanOfCare;
import atlas.core.plan.PlanOfCareService;
import atlas.core.plan.PlanStatus;
import atlas.core.plan.PlannedIntervention;
import atlas.core.security.UserAccount;
import atlas.core.security.UserService;
import atlas.core.store.StoreException;
import atlas.core.validation.ValidationException;
import atlas.outcomes.PatientOutcomes;
import atlas.ui.AtlasContext;
import atlas.ui.AtlasDialog;
import atlas.ui.SignatureDialog;
import atlas.ui.DateInput;
import atlas.ui.Widgets;

/**
 * The plan of care of an episode (clinical reference, "Plan of care"): frequency and duration,
 * SMART goals (see {@link GoalSection}), dosed interventions from the catalogue, signing (refused
 * with the reason while a red flag blocks neck manual therapy) and revision into a new draft with
 * the history kept; any earlier revision can be chosen and read.
 */
final class PlanDialog extends AtlasDialog {

    /** A change to the plan in the store. */
    interface Change {
        void run() throws StoreException;
    }

    /** What the dialog shows, read in one go in the background: the revisions, the one shown, its goals and interventions. */
    private record Reading(List<PlanOfCare> revisions, PlanOfCare shown, List<Goal> goals,
            List<PlannedIntervention> interventions) {
    }

    private final PlanOfCareService plans;
    private final long patientId;
    private final long episodeId;
    private final long clinicianId;
    private final DateInput dates = DateInput.forPlatform();
    private final GoalSection goals;
    private List<PlanOfCare> revisions = List.of();
    /** The revision shown: the newest unless an earlier one was chosen. */
    private PlanOfCare plan;
    private Combo revision;
    private Text sessionsPerWeek;
    private Text weeks;
    private Text plannedVisits;
    private Text reEvaluation;
    private Table interventions;
    private List<PlannedIntervention> shownInterventions = List.of();
    private Combo intervention;
    private final List<Text> dosage = new ArrayList<>();
    private Button home;
    private Button removeIntervention;
    private Label message;
    private final List<Control> draftOnly = new ArrayList<>();
    private String patientName = "";
    private String episodeText = "";
    private String clinicianName = "";
    /** The clinic's name, address and phone for the handout (Administration > Clinic Details). */
    private String clinic = "";
    /** Where the printed handout is kept: the patient's record. */
    private atlas.core.document.PatientDocumentService documents;
    private UserService users;
    private UserAccount signer;
    /** The built-in catalogue, then the clinics' entries: code and title. */
    private final List<String[]> catalogue = new ArrayList<>();

    PlanDialog(Shell parent, PlanOfCareService plans, PatientOutcomes outcomes, long patientId, long episodeId,
            long clinicianId, List<InterventionCatalogue> clinicCatalogues) {
        super(parent, "dialog.plan", Messages.plan_title);
        Interventions.BUILT_IN.forEach(type -> catalogue.add(new String[] { type.code(),
                InterventionWording.title(type.code()) }));
        for (InterventionCatalogue clinic : clinicCatalogues) {
            clinic.interventions().forEach(type -> catalogue.add(new String[] { type.code(), clinic.title(type.code()) }));
        }
        this.plans = plans;
        this.patientId = patientId;
        this.episodeId = episodeId;
        this.clinicianId = clinicianId;
        this.goals = new GoalSection(plans, outcomes, dates, this::attempt);
    }

    /** The episode the plan belongs to, with its diagnoses, shown above the plan. */
    void describeEpisode(String text) {
        episodeText = text;
    }

    /** Who signs, and the accounts that check the password before signing. */
    void signedBy(UserService accounts, UserAccount user) {
        users = accounts;
        signer = user;
    }

    /** The names printed on the home-programme handout. */
    void forHandout(String patient, String clinician, atlas.core.document.PatientDocumentService keptIn,
            String clinicLine) {
        patientName = patient;
        clinicianName = clinician;
        documents = keptIn;
        clinic = clinicLine;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        label(area, "plan.episode", SWT.WRAP).setText(episodeText);
        Composite revisionRow = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(revisionRow);
        revision = Widgets.labelledCombo(revisionRow, Messages.plan_revisionChoice, "plan.status", new String[0]);
        GridDataFactory.swtDefaults().hint(260, SWT.DEFAULT).applyTo(revision);
        revision.addListener(SWT.Selection, e -> choose(revisions.get(revision.getSelectionIndex())));
        Group details = group(area, Messages.plan_details, 9);
        sessionsPerWeek = field(details, Messages.plan_sessionsPerWeek, "plan.sessionsPerWeek", 30);
        weeks = field(details, Messages.plan_weeks, "plan.weeks", 30);
        plannedVisits = field(details, Messages.plan_plannedVisits, "plan.plannedVisits", 30);
        reEvaluation = dates.hint(field(details, Messages.plan_reEvaluation, "plan.reEvaluation", 90));
        draftOnly.add(Widgets.button(details, Messages.plan_saveDetails, "plan.saveDetails", this::saveDetails));

        goals.create(area);

        Group interventionGroup = group(area, Messages.plan_interventions, 8);
        interventions = Widgets.table(interventionGroup, "plan.interventions",
                Messages.plan_interventionColumns.split("\\|"));
        GridDataFactory.fillDefaults().span(8, 1).grab(true, true).hint(800, 90).applyTo(interventions);
        interventions.addListener(SWT.Selection, e -> removeIntervention.setEnabled(isEditable()
                && interventions.getSelectionIndex() >= 0));
        new Label(interventionGroup, SWT.NONE).setText(Messages.plan_intervention);
        intervention = new Combo(interventionGroup, SWT.READ_ONLY);
        intervention.setData(AtlasContext.WIDGET_ID, "plan.intervention.code");
        intervention.setItems(catalogue.stream().map(entry -> entry[1]).toArray(String[]::new));
        intervention.select(0);
        draftOnly.add(intervention);
        GridDataFactory.swtDefaults().span(7, 1).applyTo(intervention); // dosage fields follow, four a row
        for (String[] field : new String[][] { { Messages.plan_sets, "sets" }, { Messages.plan_reps, "reps" },
                { Messages.plan_hold, "hold" }, { Messages.plan_load, "load" }, { Messages.plan_side, "side" },
                { Messages.plan_grade, "grade" }, { Messages.plan_minutes, "minutes" },
                { Messages.plan_perWeek, "perWeek" } }) {
            dosage.add(field(interventionGroup, field[0], "plan.intervention." + field[1], 45));
        }
        home = Widgets.check(interventionGroup, Messages.plan_home, "plan.intervention.home");
        draftOnly.add(home);
        draftOnly.add(Widgets.button(interventionGroup, Messages.plan_addIntervention, "plan.addIntervention",
                this::addIntervention));
        removeIntervention = Widgets.button(interventionGroup, Messages.plan_removeIntervention,
                "plan.removeIntervention", this::removeIntervention);
        message = label(area, "plan.message", SWT.WRAP);
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
        if (buttonId == IDialogConstants.CLIENT_ID) {
            attempt(() -> {
                PlanOfCare draft = new PlanOfCare(patientId, episodeId, 1, null);
                draft.setSessionsPerWeek(2);
                draft.setWeeks(6);
                draft.setPlannedVisits(12); // 8-12 sessions over about 6 weeks (Jull 2002, Spine 27:1835)
                draft.setReEvaluationDate(LocalDate.now().plusWeeks(6));
                plans.createDraft(draft);
            }, "");
        } else if (buttonId == IDialogConstants.CLIENT_ID + 1) {
            if (SignatureDialog.confirm(getShell(), Messages.plan_sign.replace("&", ""), NLS.bind(Messages.plan_signQuestion,
                    plan.getRevision(), clinicianName), Messages.plan_sign, users, signer)) {
                long signing = plan.getId();
                attempt(() -> plans.sign(signing, clinicianId), Messages.plan_signed);
            }
        } else if (buttonId == IDialogConstants.CLIENT_ID + 2) {
            long revised = plan.getId();
            attempt(() -> plans.revise(revised), "");
        } else if (buttonId == IDialogConstants.CLIENT_ID + 3) {
            long printed = plan.getId();
            inBackground(() -> HomeProgrammePrint.print(plans.homeProgramme(printed), this::titleOf, patientName,
                    clinicianName, clinic, documents), text -> say(message, text), this::refused);
        } else {
            super.buttonPressed(buttonId);
        }
    }

    /** Reads the episode's revisions in the background and shows the newest. */
    private void load() {
        inBackground(() -> read(null), this::show, this::refused);
    }

    /** An earlier (or the newest) revision chosen: read in the background and shown. */
    private void choose(PlanOfCare chosen) {
        inBackground(() -> read(chosen.getId()), this::show, this::refused);
    }

    /** The revisions and, of the one to show ({@code shownId}, else the newest), its goals and interventions. */
    private Reading read(Long shownId) throws StoreException {
        List<PlanOfCare> all = plans.revisionsOf(episodeId);
        PlanOfCare shown = all.stream().filter(each -> shownId != null && each.getId().equals(shownId)).findFirst()
                .orElse(all.isEmpty() ? null : all.get(0));
        return shown == null ? new Reading(all, null, List.of(), List.of())
                : new Reading(all, shown, plans.goalsOf(shown.getId()), plans.interventionsOf(shown.getId()));
    }

    /** Only the newest revision, while a draft, can be changed. */
    private boolean isEditable() {
        return plan != null && plan.getStatus() == PlanStatus.DRAFT && plan == revisions.get(0);
    }

    private void show(Reading reading) {
        revisions = reading.revisions();
        revision.setItems(revisions.stream().map(older -> NLS.bind(Messages.plan_revision, older.getRevision(),
                PlanTexts.status(older.getStatus()))).toArray(String[]::new));
        revision.setEnabled(revisions.size() > 1);
        if (revisions.isEmpty()) {
            revision.setItems(new String[] { Messages.plan_none });
        }
        revision.select(Math.max(0, revisions.indexOf(reading.shown())));
        plan = reading.shown();
        boolean newest = plan != null && plan == revisions.get(0);
        boolean draft = isEditable();
        draftOnly.forEach(control -> control.setEnabled(draft));
        removeIntervention.setEnabled(false);
        getButton(IDialogConstants.CLIENT_ID).setEnabled(revisions.isEmpty());
        getButton(IDialogConstants.CLIENT_ID + 1).setEnabled(draft);
        getButton(IDialogConstants.CLIENT_ID + 2).setEnabled(newest && plan.getStatus() == PlanStatus.SIGNED);
        interventions.removeAll();
        if (plan == null) {
            goals.clear();
            getButton(IDialogConstants.CLIENT_ID + 3).setEnabled(false);
            return;
        }
        sessionsPerWeek.setText(text(plan.getSessionsPerWeek()));
        weeks.setText(text(plan.getWeeks()));
        plannedVisits.setText(text(plan.getPlannedVisits()));
        reEvaluation.setText(dates.format(plan.getReEvaluationDate()));
        goals.show(plan.getId(), reading.goals(), draft);
        shownInterventions = reading.interventions();
        for (PlannedIntervention planned : shownInterventions) {
            new TableItem(interventions, SWT.NONE).setText(new String[] {
                    titleOf(planned.getInterventionCode()), InterventionWording.dosage(planned.getDosage()),
                    planned.isHomeProgramme() ? Messages.plan_yes : "" });
        }
        Widgets.packColumns(interventions);
        getButton(IDialogConstants.CLIENT_ID + 3).setEnabled(shownInterventions.stream()
                .anyMatch(PlannedIntervention::isHomeProgramme));
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
        PlannedIntervention added = new PlannedIntervention(plan.getId(), code, given, home.getSelection());
        attempt(() -> plans.addIntervention(added), "", () -> {
            dosage.forEach(field -> field.setText(""));
            home.setSelection(false);
        });
    }

    private void removeIntervention() {
        int index = interventions.getSelectionIndex();
        if (index >= 0) {
            long id = shownInterventions.get(index).getId();
            attempt(() -> plans.removeIntervention(id), Messages.plan_interventionRemoved);
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
        PlanOfCare typed = plan;
        attempt(() -> plans.updateDraft(typed), Messages.plan_saved);
    }

    void attempt(Change change, String done) {
        attempt(change, done, () -> {
        });
    }

    /**
     * Makes {@code change} and reads the plan again, in the background while the dialog holds
     * still; then shows {@code done} and the newest revision, and runs {@code made}; or names why
     * it was refused.
     */
    void attempt(Change change, String done, Runnable made) {
        inBackground(() -> {
            change.run();
            return read(null); // the newest: a change is made to it, and a revision is a new one
        }, reading -> {
            say(message, done);
            made.run();
            show(reading);
        }, this::refused);
    }

    private void refused(Exception e) {
        say(message, e instanceof ValidationException refused ? refused.errors().get(0).toString() : e.getMessage());
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

    /** A decimal as typed, with a comma or a point; null when blank or not a number. */
    static Double decimal(String typed) {
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
}
