package atlas.plans.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
import org.eclipse.swt.widgets.Text;

import atlas.api.plan.InterventionCatalogue;
import atlas.core.plan.Goal;
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
import atlas.ui.DateInput;
import atlas.ui.EditorHost;
import atlas.ui.HoldStill;
import atlas.ui.InBackground;
import atlas.ui.ScrollingArea;
import atlas.ui.SignatureDialog;
import atlas.ui.Widgets;

/**
 * The plan of care of an episode (clinical reference, "Plan of care"), as the content of its
 * editor tab: frequency and duration, SMART goals (see {@link GoalSection}), dosed interventions
 * from the catalogue, signing (refused with the reason while a red flag blocks neck manual
 * therapy) and revision into a new draft with the history kept; any earlier revision can be chosen
 * and read. Goals and interventions are stored as they are added; the frequency and duration typed
 * are the editor's unsaved state (the tab's dirty marker) until saved with Save or Ctrl+S.
 */
final class PlanEditor {

    /** A change to the plan in the store. */
    interface Change {
        void run() throws StoreException;
    }

    /** What the editor shows, read in one go in the background: the revisions, the one shown, its goals and interventions. */
    private record Reading(List<PlanOfCare> revisions, PlanOfCare shown, List<Goal> goals,
            List<PlannedIntervention> interventions) {
    }

    /** Rows the goal and intervention tables show at least (issue 17: never a three-row glimpse). */
    static final int TABLE_ROWS = 8;
    private final PlanOfCareService plans;
    private final long patientId;
    private final long episodeId;
    private final long clinicianId;
    private final EditorHost host;
    private final HoldStill writes = new HoldStill(Messages.plan_title);
    private final DateInput dates = DateInput.forPlatform();
    private final GoalSection goals;
    private final InterventionSection interventions;
    private List<PlanOfCare> revisions = List.of();
    /** The revision shown: the newest unless an earlier one was chosen. */
    private PlanOfCare plan;
    private ScrollingArea area;
    private Composite root;
    private Combo revision;
    private Text sessionsPerWeek;
    private Text weeks;
    private Text plannedVisits;
    private Text reEvaluation;
    /** The frequency and duration as stored, to tell typed changes (the dirty marker) from them. */
    private List<String> storedDetails = List.of();
    private boolean dirty;
    private Button create;
    private Button sign;
    private Button revise;
    private Button handout;
    private Label message;
    private final List<Control> draftOnly = new ArrayList<>();
    private String patientName = "";
    private String episodeText = "";
    private String clinicianName = "";
    /** The clinic's name, address, phone and logo for the handout (Administration > Clinic Details). */
    private atlas.core.clinic.ClinicDetails clinic = atlas.core.clinic.ClinicDetails.none();
    /** Where the printed handout is kept: the patient's record. */
    private atlas.core.document.PatientDocumentService documents;
    private UserService users;
    private UserAccount signer;

    PlanEditor(PlanOfCareService plans, PatientOutcomes outcomes, long patientId, long episodeId, long clinicianId,
            List<InterventionCatalogue> clinicCatalogues, EditorHost host) {
        this.plans = plans;
        this.patientId = patientId;
        this.episodeId = episodeId;
        this.clinicianId = clinicianId;
        this.host = host;
        this.goals = new GoalSection(plans, outcomes, dates, this::attempt);
        this.interventions = new InterventionSection(plans, clinicCatalogues, this::attempt, this::warn);
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
            atlas.core.clinic.ClinicDetails clinicDetails) {
        patientName = patient;
        clinicianName = clinician;
        documents = keptIn;
        clinic = clinicDetails;
    }

    /**
     * Builds the editor in {@code parent} (scrolling when the tab is smaller than the plan) and
     * reads the plan in the background.
     */
    Control create(Composite parent) {
        area = new ScrollingArea(parent, "plan.editor");
        root = area.content();
        label(root, "plan.episode").setText(episodeText);
        Composite revisionRow = new Composite(root, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(revisionRow);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(revisionRow);
        revision = Widgets.labelledCombo(revisionRow, Messages.plan_revisionChoice, "plan.status", new String[0]);
        GridDataFactory.swtDefaults().hint(260, SWT.DEFAULT).applyTo(revision);
        revision.addListener(SWT.Selection, e -> choose(revisions.get(revision.getSelectionIndex())));
        // the plan's own actions at the top, beside the revision, in sight however long the plan
        Composite buttons = new Composite(revisionRow, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(buttons);
        GridDataFactory.swtDefaults().align(SWT.END, SWT.CENTER).grab(true, false).applyTo(buttons);
        create = Widgets.button(buttons, Messages.plan_create, "plan.create", this::createDraft);
        sign = Widgets.button(buttons, Messages.plan_sign, "plan.sign", this::sign);
        revise = Widgets.button(buttons, Messages.plan_revise, "plan.revise", this::revise);
        handout = Widgets.button(buttons, Messages.plan_handout, "plan.handout", this::printHandout);
        List.of(create, sign, revise, handout).forEach(button -> button.setEnabled(false)); // until the plan is read
        message = label(root, "plan.message"); // under the actions: a refusal is read where the press was
        message.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        Group details = group(root, Messages.plan_details, 9, false);
        sessionsPerWeek = detail(details, Messages.plan_sessionsPerWeek, "plan.sessionsPerWeek", 30);
        weeks = detail(details, Messages.plan_weeks, "plan.weeks", 30);
        plannedVisits = detail(details, Messages.plan_plannedVisits, "plan.plannedVisits", 30);
        reEvaluation = dates.hint(detail(details, Messages.plan_reEvaluation, "plan.reEvaluation", 90));
        draftOnly.add(Widgets.button(details, Messages.plan_saveDetails, "plan.saveDetails", this::saveNow));

        goals.create(root, TABLE_ROWS);
        interventions.create(group(root, Messages.plan_interventions, 8, true), TABLE_ROWS);
        load();
        return area.control();
    }

    /** Where keyboard focus goes when the tab is activated: the first field that can be typed in. */
    void focus() {
        if (revision != null && !revision.isDisposed()) {
            (sessionsPerWeek.isEnabled() ? sessionsPerWeek : revision).setFocus();
        }
    }

    private static Label label(Composite parent, String id) {
        Label label = new Label(parent, SWT.WRAP);
        label.setData(AtlasContext.WIDGET_ID, id);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(label);
        return label;
    }

    private static Group group(Composite parent, String title, int columns, boolean tall) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(group);
        GridDataFactory.fillDefaults().grab(true, tall).applyTo(group);
        return group;
    }

    private Text field(Composite parent, String label, String id, int width) {
        Text text = Widgets.labelledText(parent, label, id, width);
        draftOnly.add(text);
        return text;
    }

    /** A frequency-and-duration field: a change typed in it marks the editor dirty. */
    private Text detail(Composite parent, String label, String id, int width) {
        Text text = field(parent, label, id, width);
        text.addListener(SWT.Modify, e -> judgeDirty());
        return text;
    }

    private List<String> typedDetails() {
        return List.of(sessionsPerWeek.getText().strip(), weeks.getText().strip(), plannedVisits.getText().strip(),
                reEvaluation.getText().strip());
    }

    private void judgeDirty() {
        boolean now = isEditable() && !typedDetails().equals(storedDetails);
        if (now != dirty) {
            dirty = now;
            host.dirty(now);
        }
    }

    private void createDraft() {
        attempt(() -> {
            PlanOfCare draft = new PlanOfCare(patientId, episodeId, 1, null);
            draft.setSessionsPerWeek(2);
            draft.setWeeks(6);
            draft.setPlannedVisits(12); // 8-12 sessions over about 6 weeks (Jull 2002, Spine 27:1835)
            draft.setReEvaluationDate(LocalDate.now().plusWeeks(6));
            plans.createDraft(draft);
        }, "");
    }

    private void sign() {
        if (dirty && !saveNow()) {
            return; // the frequency typed is signed with the plan, or nothing is
        }
        if (SignatureDialog.confirm(root.getShell(), Messages.plan_sign.replace("&", ""),
                NLS.bind(Messages.plan_signQuestion, plan.getRevision(), clinicianName), Messages.plan_sign, users,
                signer)) {
            long signing = plan.getId();
            attempt(() -> plans.sign(signing, clinicianId), Messages.plan_signed);
        }
    }

    private void revise() {
        long revised = plan.getId();
        attempt(() -> plans.revise(revised), "");
    }

    private void printHandout() {
        long printed = plan.getId();
        inBackground(() -> HomeProgrammePrint.print(plans.homeProgramme(printed), interventions::titleOf, patientName,
                clinicianName, clinic, documents), this::say, this::refused);
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
        // what was typed in the frequency fields stays while the same draft is shown again (a goal added)
        boolean keepTyped = dirty && plan != null && reading.shown() != null
                && plan.getId().equals(reading.shown().getId()) && reading.shown().getStatus() == PlanStatus.DRAFT;
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
        create.setEnabled(revisions.isEmpty());
        sign.setEnabled(draft);
        revise.setEnabled(newest && plan.getStatus() == PlanStatus.SIGNED);
        if (plan == null) {
            goals.clear();
            interventions.show(null, List.of(), false);
            handout.setEnabled(false);
            area.fit();
            return;
        }
        storedDetails = List.of(text(plan.getSessionsPerWeek()), text(plan.getWeeks()), text(plan.getPlannedVisits()),
                dates.format(plan.getReEvaluationDate()));
        if (!keepTyped) {
            sessionsPerWeek.setText(storedDetails.get(0));
            weeks.setText(storedDetails.get(1));
            plannedVisits.setText(storedDetails.get(2));
            reEvaluation.setText(storedDetails.get(3));
        }
        judgeDirty();
        goals.show(plan.getId(), reading.goals(), draft);
        interventions.show(plan.getId(), reading.interventions(), draft);
        handout.setEnabled(interventions.anyForHome());
        area.fit();
    }

    /**
     * Saves the frequency and duration typed (Save, Ctrl+S, closing the tab, quitting), returning
     * when the store has them: true when saved or nothing was to save; false, with the reason on the
     * message line, when a field is wrong or the store refused - the typing stays, the tab dirty.
     */
    boolean saveNow() {
        if (!dirty || root == null || root.isDisposed()) {
            return !dirty;
        }
        PlanOfCare typed = plan;
        try {
            typed.setSessionsPerWeek(NotANumber.whole(sessionsPerWeek, Messages.plan_sessionsPerWeek));
            typed.setWeeks(NotANumber.whole(weeks, Messages.plan_weeks));
            typed.setPlannedVisits(NotANumber.whole(plannedVisits, Messages.plan_plannedVisits));
        } catch (NotANumber e) {
            warn(e.getMessage());
            return false;
        }
        typed.setReEvaluationDate(dates.parse(reEvaluation.getText()).orElse(null));
        boolean saved = writes.runAndWait(root, root::setEnabled, () -> {
            plans.updateDraft(typed);
            return read(typed.getId());
        }, reading -> {
            show(reading); // what is stored now is what was typed: the dirty mark goes
            say(Messages.plan_saved);
            host.changed();
        }, this::refused);
        return saved && !dirty;
    }

    void attempt(Change change, String done) {
        attempt(change, done, () -> {
        });
    }

    /**
     * Makes {@code change} and reads the plan again, in the background while the editor holds
     * still; then shows {@code done} and the newest revision, and runs {@code made}; or names why
     * it was refused.
     */
    void attempt(Change change, String done, Runnable made) {
        inBackground(() -> {
            change.run();
            return read(null); // the newest: a change is made to it, and a revision is a new one
        }, reading -> {
            say(done);
            made.run();
            show(reading);
            host.changed();
        }, this::refused);
    }

    private <T> void inBackground(InBackground.Work<T> work, java.util.function.Consumer<T> done,
            java.util.function.Consumer<Exception> failed) {
        writes.run(root, root::setEnabled, work, done, failed);
    }

    private void refused(Exception e) {
        warn(e instanceof ValidationException refused ? refused.errors().get(0).toString() : e.getMessage());
    }

    /** Says a refusal and scrolls it into sight: read even when the plan is scrolled down to its interventions. */
    private void warn(String text) {
        say(text);
        area.reveal(message);
    }

    /** Says {@code text} on the message line, wrapped whole across the editor. */
    private void say(String text) {
        message.setText(text == null ? "" : text);
        message.requestLayout();
        area.fit();
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }
}
