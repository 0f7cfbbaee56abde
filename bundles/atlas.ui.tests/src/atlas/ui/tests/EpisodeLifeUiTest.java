package atlas.ui.tests;

import static atlas.ui.tests.Workbench.onUi;
import static atlas.ui.tests.Workbench.require;
import static atlas.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;

import atlas.core.document.DocumentKind;
import atlas.core.document.PatientDocumentService;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.EpisodeService;
import atlas.core.episode.EpisodeStatus;
import atlas.core.episode.Visit;
import atlas.core.episode.VisitStatus;
import atlas.core.patient.ContactDetails;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientService;
import atlas.core.referrer.Referrer;
import atlas.core.referrer.ReferrerService;
import atlas.ui.DateInput;

/**
 * Issue 18, "Done means": one patient's whole episode in the window, front desk and therapist
 * taking turns. The front desk registers her with her referrer from the directory; the therapist
 * starts the episode with the referral, evaluates (the red-flag screening proposed and done, the
 * NDI typed in the forms tab, the note signed), signs a plan of care with a goal and writes the
 * evaluation letter; the front desk books the plan's series; the therapist treats the first visit
 * of it, re-evaluates (a new screening proposed, the baseline's NDI offered first and typed again),
 * and discharges after a signed discharge note - the visits still booked called off, the discharge
 * summary and the discharge letter kept in the record - and the clinic's responder rates count the
 * episode. Every step by the window's commands, dialogs and real keys; the store checked after.
 */
class EpisodeLifeUiTest {

    private static final String NAME = "Leben, Lina";

    @Test
    void oneEpisodeFromTheReferralToTheDischargeLetter() throws Exception {
        Shell main = Workbench.mainShell();
        Display display = main.getDisplay();
        Workbench.databaseReady();
        Workbench.closeRecords();
        String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        String number = "LIFE-" + run;
        Referrer referrer = new Referrer("Dr. med. Jonas Lind " + run, "General practice", "Praxis Lind");
        referrer.setContact(new ContactDetails("+41 44 111 11 11", null, "Dorfstrasse 9, 8700 Kusnacht"));
        referrer = Workbench.service(ReferrerService.class).save(referrer);
        int[] respondersBefore = responders(display);
        EpisodeService episodes = Workbench.service(EpisodeService.class);
        List<String> today = freeToday(episodes, 3); // the evaluation, the re-evaluation, the discharge
        try {
            // the front desk registers her, her referrer chosen from the directory
            Workbench.switchUser(display, "demo.desk");
            Patient patient = register(display, number, referrer.shown());
            assertEquals(referrer.shown(), patient.getReferrer());
            Workbench.switchUser(display, Workbench.THERAPIST);

            // the therapist starts the episode with the referral and evaluates
            Workbench.executeLater(display, "atlas.patients.command.openRecord",
                    Map.of("atlas.patients.commandparameter.patientId", Long.toString(patient.getId())));
            Composite record = Workbench.record(display, NAME);
            startEpisode(display, record, referrer.shown());
            EpisodeOfCare episode = episodes.episodesOf(patient.getId()).get(0);
            assertEquals(10, episode.getSessionsAuthorised());
            addVisit(display, record, "Initial evaluation", today.get(0));
            screenWhenProposed(display);
            fillNdi(display, record, "3"); // 3 in each section: 30 points
            writeAndSign(display, record, "Daily headache since a whiplash in May.",
                    "Flexion-rotation test 24 degrees left; NDI 30.", "Cervicogenic headache likely.");
            signPlan(display, record);
            printLetter(display, record, "atlas.outcomes.command.evaluationLetter");

            // the front desk books the plan's series: twice a week for two weeks
            Workbench.closeRecords();
            Workbench.switchUser(display, "demo.desk");
            List<Visit> series = bookSeries(display, number, episodes, episode, run);
            Workbench.switchUser(display, Workbench.THERAPIST);

            // the therapist treats the first visit of the series, re-evaluates and discharges
            Workbench.executeLater(display, "atlas.patients.command.openRecord",
                    Map.of("atlas.patients.commandparameter.patientId", Long.toString(patient.getId())));
            record = Workbench.record(display, NAME);
            chooseVisit(display, record, "Treatment (daily note)");
            writeAndSign(display, record, "Two headache days this week.", "Flexion-rotation test 30 degrees left.",
                    "Improving.");
            addVisit(display, record, "Re-evaluation", today.get(1));
            screenWhenProposed(display);
            fillNdi(display, record, "1"); // 10 points: 20 fewer, beyond the NDI's MCID
            writeAndSign(display, record, "One headache day in two weeks.", "Flexion-rotation test 38 degrees left.",
                    "Goals met.");
            addVisit(display, record, "Discharge", today.get(2));
            writeAndSign(display, record, "Independent with the home programme.", "Full neck rotation.",
                    "Discharged with goals met.");
            discharge(display, record, series.size() - 1);
            printLetter(display, record, "atlas.outcomes.command.dischargeLetter");

            EpisodeOfCare ended = episodes.episodesOf(patient.getId()).get(0);
            assertEquals(EpisodeStatus.DISCHARGED, ended.getStatus());
            List<VisitStatus> seriesNow = episodes.visitsOf(episode.getId()).stream()
                    .filter(visit -> series.stream().anyMatch(booked -> booked.getId().equals(visit.getId())))
                    .map(Visit::getStatus).toList();
            assertEquals(List.of(VisitStatus.COMPLETED, VisitStatus.CANCELLED, VisitStatus.CANCELLED,
                    VisitStatus.CANCELLED), seriesNow, "the treated visit given, the rest called off at the discharge");
            List<DocumentKind> kept = Workbench.service(PatientDocumentService.class).documentsOf(patient.getId())
                    .stream().map(each -> each.getKind()).sorted().toList();
            assertEquals(List.of(DocumentKind.DISCHARGE_SUMMARY, DocumentKind.EVALUATION_LETTER,
                    DocumentKind.DISCHARGE_LETTER), kept);
            int[] respondersAfter = responders(display);
            assertEquals(respondersBefore[0] + 1, respondersAfter[0], "the episode counted for the NDI");
            assertEquals(respondersBefore[1] + 1, respondersAfter[1], "and as a responder");
        } finally {
            Workbench.closeDialogs(main);
            Workbench.switchUser(display, Workbench.THERAPIST);
            atlas.ui.HandOut.empty();
            Workbench.closeParts(display, "atlas.outcomes.");
            Workbench.closeRecords();
        }
    }

    /**
     * {@code count} times today, 20 minutes each, that the therapist has free and in order: on a data
     * folder kept from an earlier run, that run's visits hold other times.
     */
    private static List<String> freeToday(EpisodeService episodes, int count) throws Exception {
        long maria = Workbench.service(atlas.core.clinician.ClinicianService.class).list().stream()
                .filter(c -> c.getDisplayName().equals("Maria Lehmann, PT")).findFirst().orElseThrow().getId();
        List<Visit> held = episodes.visitsOn(LocalDate.now()).stream().map(each -> each.visit())
                .filter(visit -> Long.valueOf(maria).equals(visit.getClinicianId()) && visit.getStatus().holdsTime())
                .toList();
        List<String> free = new java.util.ArrayList<>();
        for (java.time.LocalDateTime start = LocalDate.now().atTime(6, 0); free.size() < count
                && start.getHour() < 22; start = start.plusMinutes(25)) {
            java.time.LocalDateTime from = start;
            if (held.stream().noneMatch(visit -> visit.getStartsAt().isBefore(from.plusMinutes(20))
                    && from.isBefore(visit.getStartsAt().plusMinutes(visit.getDurationMinutes())))) {
                free.add(String.format("%d:%02d", from.getHour(), from.getMinute()));
            }
        }
        assertEquals(count, free.size(), "the therapist's day is full: " + held.size() + " visits");
        return free;
    }

    private static Patient register(Display display, String number, String referrer) throws Exception {
        Workbench.executeLater(display, "atlas.patients.command.register", null);
        Shell dialog = Workbench.dialog(display, "dialog.registerPatient");
        Keys.typeInto(display, field(dialog, "register.recordNumber"), number);
        Keys.typeInto(display, field(dialog, "register.familyName"), "Leben");
        Keys.typeInto(display, field(dialog, "register.givenName"), "Lina");
        Keys.typeInto(display, field(dialog, "register.dateOfBirth"), DateInput.forPlatform()
                .format(LocalDate.of(1982, 8, 8)));
        display.syncExec(() -> {
            Combo sex = (Combo) require(dialog, "register.sex");
            sex.select(0);
            sex.notifyListeners(SWT.Selection, new Event());
        });
        waitFor("the directory offered", () -> onUi(display, () -> List.of(((Combo) require(dialog,
                "register.referrer")).getItems()).contains(referrer) ? true : null));
        Keys.typeInto(display, field(dialog, "register.referrer"), referrer);
        save(display, dialog);
        PatientService patients = Workbench.service(PatientService.class);
        return waitFor("her in the store", () -> {
            try {
                return patients.findByRecordNumber(number).orElse(null);
            } catch (Exception e) {
                return null;
            }
        });
    }

    private static void startEpisode(Display display, Composite record, String referrer) throws Exception {
        Workbench.executeOnRecord(display, record, "atlas.patients.command.startEpisode");
        Shell dialog = Workbench.dialog(display, "dialog.startEpisode");
        display.syncExec(() -> {
            Combo common = (Combo) require(dialog, "episode.common");
            common.select(0);
            common.notifyListeners(SWT.Selection, new Event());
        });
        Keys.typeInto(display, field(dialog, "episode.referralSource"), referrer);
        Keys.typeInto(display, field(dialog, "episode.referralDiagnosis"), "Cervicogenic headache");
        Keys.typeInto(display, field(dialog, "episode.sessionsAuthorised"), "10");
        save(display, dialog);
        waitFor("the episode on the banner", () -> onUi(display, () -> ((org.eclipse.swt.widgets.Label) require(record,
                "banner.episode")).getText().startsWith("No active") ? null : true));
    }

    /** Adds a visit of {@code type} today at {@code time} (24-hour) for 20 minutes, the therapist signed in. */
    private static void addVisit(Display display, Composite record, String type, String time) throws Exception {
        Workbench.executeOnRecord(display, record, "atlas.patients.command.addVisit");
        Shell dialog = Workbench.dialog(display, "dialog.addVisit");
        display.syncExec(() -> {
            Combo types = (Combo) require(dialog, "visit.type");
            types.select(List.of(types.getItems()).indexOf(type));
            types.notifyListeners(SWT.Selection, new Event());
        });
        Keys.typeInto(display, field(dialog, "visit.date"), DateInput.forPlatform().format(LocalDate.now()));
        Keys.typeInto(display, field(dialog, "visit.time"), time);
        Keys.typeInto(display, field(dialog, "visit.duration"), "20");
        waitFor("the visit accepted", () -> onUi(display, () -> ((Button) require(dialog, "dialog.save")).isEnabled()
                ? true : null));
        Workbench.pressLater(dialog, "dialog.save");
        waitFor("the visit saved", () -> onUi(display, () -> dialog.isDisposed() ? true : null));
    }

    /** The screening the record proposes at an evaluation and a re-evaluation, done: nothing found. */
    private static void screenWhenProposed(Display display) throws Exception {
        Shell proposal = Workbench.dialogTitled(display, "Red-flag screening");
        Workbench.pressLabelled(proposal, "&Screen now");
        Shell screening = Workbench.dialog(display, "dialog.intakeScreening");
        Workbench.pressLater(screening, "dialog.save");
        waitFor("the screening saved", () -> onUi(display, () -> screening.isDisposed() ? true : null));
    }

    /** The NDI in the forms tab of the chosen visit, every section answered {@code answer} by key, Ctrl+S. */
    private static void fillNdi(Display display, Composite record, String answer) throws Exception {
        Workbench.executeOnRecord(display, record, "atlas.assessments.command.fillForm");
        Workbench.EditorTab tab = Workbench.form(display, NAME);
        Composite form = tab.editor();
        display.syncExec(() -> {
            Combo chooser = (Combo) require(form, "form.chooser");
            int ndi = 0;
            while (!chooser.getItem(ndi).startsWith("Neck Disability Index (NDI)")) {
                ndi++; // at a re-evaluation offered first, as the baseline's form
            }
            chooser.select(ndi);
            chooser.notifyListeners(SWT.Selection, new Event());
        });
        display.syncExec(() -> {
            form.getShell().forceActive();
            require(form, "form.item.ndi.1").forceFocus();
        });
        waitFor("the first section focused", () -> onUi(display, () -> display.getFocusControl() == require(form,
                "form.item.ndi.1") ? true : null));
        for (int section = 1; section <= 10; section++) {
            Keys.key(display, answer.charAt(0), answer.charAt(0));
            Keys.key(display, '\t', SWT.TAB);
        }
        display.syncExec(() -> require(form, "form.item.ndi.10").forceFocus());
        Keys.chord(display, SWT.CTRL, 's', 's');
        waitFor("the form stored", () -> onUi(display, () -> tab.part().isDirty() ? null : true));
        Workbench.closeParts(display, Workbench.FORM_PART);
    }

    /** The chosen visit's note typed (it saves itself) and signed with the password. */
    private static void writeAndSign(Display display, Composite record, String subjective, String objective,
            String assessment) throws Exception {
        waitFor("the note editor", () -> onUi(display, () -> ((Text) require(record, "note.subjective")).getEditable()
                && ((Text) require(record, "note.subjective")).getText().isEmpty() ? true : null));
        Keys.typeInto(display, field(record, "note.subjective"), subjective);
        Keys.typeInto(display, field(record, "note.objective"), objective);
        Keys.typeInto(display, field(record, "note.assessment"), assessment);
        waitFor("the draft saved", () -> onUi(display, () -> ((org.eclipse.swt.widgets.Label) require(record,
                "note.state")).getText().startsWith("Draft saved") ? true : null));
        Workbench.executeOnRecord(display, record, "atlas.patients.command.signNote");
        Shell signature = Workbench.dialog(display, "dialog.signature");
        Keys.typeInto(display, field(signature, "signature.password"), Workbench.DEMO_PASSWORD);
        Workbench.press(signature, "signature.ok");
        waitFor("the note signed", () -> onUi(display, () -> ((org.eclipse.swt.widgets.Label) require(record,
                "note.state")).getText().startsWith("Signed by") ? true : null));
    }

    /** A plan of care: twice a week for two weeks, four visits, a goal of NDI 15; signed with the password. */
    private static void signPlan(Display display, Composite record) throws Exception {
        Workbench.executeOnRecord(display, record, "atlas.plans.command.plan");
        Workbench.EditorTab tab = Workbench.plan(display, NAME);
        Composite plan = tab.editor();
        shows(plan, "plan.status", "This episode has no plan");
        Workbench.press(plan, "plan.create");
        Workbench.idle(plan);
        Keys.typeInto(display, field(plan, "plan.sessionsPerWeek"), "2");
        Keys.typeInto(display, field(plan, "plan.weeks"), "2");
        Keys.typeInto(display, field(plan, "plan.plannedVisits"), "4");
        display.syncExec(() -> {
            Combo measure = (Combo) require(plan, "plan.goal.measure");
            int ndi = 0;
            while (!measure.getItem(ndi).startsWith("Neck Disability Index")) {
                ndi++;
            }
            measure.select(ndi);
            measure.notifyListeners(SWT.Selection, new Event());
        });
        Keys.typeInto(display, field(plan, "plan.goal.target"), "15");
        Workbench.press(plan, "plan.addGoal");
        waitFor("the goal", () -> onUi(display, () -> ((Table) require(plan, "plan.goals")).getItemCount() == 1
                ? true : null));
        Keys.chord(display, SWT.CTRL, 's', 's');
        waitFor("the plan saved", () -> onUi(display, () -> tab.part().isDirty() ? null : true));
        Workbench.pressLater(plan, "plan.sign");
        Shell signature = Workbench.dialog(display, "dialog.signature");
        Keys.typeInto(display, field(signature, "signature.password"), Workbench.DEMO_PASSWORD);
        Workbench.press(signature, "signature.ok");
        shows(plan, "plan.status", "Revision 1: signed");
        Workbench.closeParts(display, Workbench.PLAN_PART);
    }

    /** A letter to the referrer printed as proposed from the record; its message answered. */
    private static void printLetter(Display display, Composite record, String command) throws Exception {
        Workbench.executeOnRecord(display, record, command);
        Shell letter = Workbench.dialog(display, "dialog.reportLetter");
        assertTrue(onUi(display, () -> ((Text) require(letter, "letter.addressee")).getText()).contains("Praxis Lind"),
                "addressed from the directory");
        Workbench.press(letter, "dialog.print");
        Workbench.pressLabelled(Workbench.dialogTitled(display, "Letter to the referrer"), "OK");
    }

    /** The front desk books the signed plan's visits, from a week ahead no other test uses, at 8:05. */
    private static List<Visit> bookSeries(Display display, String number, EpisodeService episodes,
            EpisodeOfCare episode, String run) throws Exception {
        Workbench.chooseInList(display, number);
        Workbench.executeLater(display, "atlas.patients.command.bookSeries", null);
        Shell dialog = Workbench.dialog(display, "dialog.bookSeries");
        assertEquals("4", onUi(display, () -> ((Text) require(dialog, "series.count")).getText()), "the plan's four");
        display.syncExec(() -> {
            Combo therapist = (Combo) require(dialog, "series.clinician");
            therapist.select(List.of(therapist.getItems()).indexOf("Maria Lehmann, PT"));
            therapist.notifyListeners(SWT.Selection, new Event());
        });
        LocalDate monday = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                .plusWeeks(2 + Math.floorMod(run.hashCode() + 7, 44)); // within the year a visit may be booked ahead
        Keys.typeInto(display, field(dialog, "series.firstDay"), DateInput.forPlatform().format(monday));
        Keys.typeInto(display, field(dialog, "series.time"), "8:05");
        waitFor("four proposed", () -> onUi(display, () -> ((Table) require(dialog, "series.proposed")).getItemCount()
                == 4 ? true : null));
        Keys.chord(display, SWT.ALT, 'f', 'f'); // Use Free Times, should another visit hold one of them
        waitFor("all four ticked", () -> onUi(display, () -> java.util.Arrays.stream(((Table) require(dialog,
                "series.proposed")).getItems()).allMatch(item -> item.getChecked()) ? true : null));
        Workbench.pressLater(dialog, "dialog.save");
        Workbench.pressLabelled(Workbench.dialogTitled(display, "Book a series"), "OK");
        List<Visit> booked = episodes.visitsOf(episode.getId()).stream()
                .filter(visit -> visit.getStatus() == VisitStatus.BOOKED).toList();
        assertEquals(4, booked.size());
        return booked;
    }

    /** Chooses the first visit of {@code type} in the record's timeline. */
    private static void chooseVisit(Display display, Composite record, String type) throws Exception {
        waitFor("a visit of " + type + " chosen", () -> onUi(display, () -> {
            Tree tree = (Tree) require(record, "record.timeline");
            if (tree.getItemCount() == 0) {
                return null;
            }
            for (TreeItem item : tree.getItem(0).getItems()) {
                if (item.getText(1).equals(type)) {
                    tree.setSelection(item);
                    tree.notifyListeners(SWT.Selection, new Event());
                    return true;
                }
            }
            return null;
        }));
    }

    /** Patient > Discharge Episode: goals met; told of the visits called off; the summary printed as proposed. */
    private static void discharge(Display display, Composite record, int stillBooked) throws Exception {
        Workbench.executeOnRecord(display, record, "atlas.patients.command.discharge");
        Shell dialog = Workbench.dialog(display, "dialog.discharge");
        String told = waitFor("the dialog's description", () -> onUi(display,
                () -> (String) dialog.getShell().getData(atlas.ui.ValidatedDialog.SHOWN_MESSAGE)));
        assertTrue(told.contains("The " + stillBooked + " visits still booked are called off with the discharge."), told);
        display.syncExec(() -> {
            Combo reasons = (Combo) require(dialog, "discharge.reason");
            reasons.select(atlas.core.episode.DischargeReason.GOALS_MET.ordinal());
            reasons.notifyListeners(SWT.Selection, new Event());
        });
        save(display, dialog);
        Shell summary = Workbench.dialog(display, "dialog.reportLetter");
        Workbench.press(summary, "dialog.print");
        Workbench.pressLabelled(Workbench.dialogTitled(display, "Report"), "OK");
    }

    /** The NDI row of the clinic's responder rates for this year: episodes counted, responders. */
    private static int[] responders(Display display) throws Exception {
        Workbench.executeLater(display, "atlas.outcomes.command.clinic", null);
        Composite clinic = waitFor("the clinic part", () -> onUi(display,
                () -> Workbench.partWidget("atlas.outcomes.partdescriptor.clinic")));
        String row = waitFor("the NDI's responder rate", () -> onUi(display, () -> {
            if (!((org.eclipse.swt.widgets.Label) require(clinic, "clinic.message")).getText()
                    .contains("discharged episodes in the range")) {
                return null; // still reading
            }
            for (TableItem item : ((Table) require(clinic, "clinic.rates")).getItems()) {
                if (item.getText(0).equals("Neck Disability Index")) {
                    return item.getText(1) + "|" + item.getText(2);
                }
            }
            return "0|0";
        }));
        Workbench.closeParts(display, "atlas.outcomes.partdescriptor.clinic");
        return java.util.Arrays.stream(row.split("\\|")).mapToInt(Integer::parseInt).toArray();
    }

    /** Waits until the label or combo {@code id} begins with {@code text}; a timeout names what it showed. */
    private static void shows(Composite root, String id, String text) throws InterruptedException {
        String[] last = { null };
        try {
            waitFor(id + " saying \"" + text + "\"", () -> onUi(root.getDisplay(), () -> {
                org.eclipse.swt.widgets.Control shown = require(root, id);
                last[0] = shown instanceof Combo combo ? combo.getText()
                        : ((org.eclipse.swt.widgets.Label) shown).getText();
                return last[0].startsWith(text) ? true : null;
            }));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; it said \"" + last[0] + "\"", e);
        }
    }

    private static org.eclipse.swt.widgets.Control field(Composite root, String id) {
        return onUi(root.getDisplay(), () -> require(root, id));
    }

    private static void save(Display display, Shell dialog) throws Exception {
        waitFor("Save enabled", () -> onUi(display, () -> ((Button) require(dialog, "dialog.save")).isEnabled()
                ? true : null));
        Workbench.pressLater(dialog, "dialog.save");
        waitFor("the dialog closed", () -> onUi(display, () -> dialog.isDisposed() ? true : null));
    }
}
