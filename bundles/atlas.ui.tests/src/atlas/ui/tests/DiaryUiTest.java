package atlas.ui.tests;

import static atlas.ui.tests.Workbench.onUi;
import static atlas.ui.tests.Workbench.press;
import static atlas.ui.tests.Workbench.require;
import static atlas.ui.tests.Workbench.type;
import static atlas.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import atlas.core.diary.HeadacheDiaryEntry;
import atlas.core.diary.HeadacheDiaryService;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientService;
import atlas.core.patient.Sex;

/**
 * The headache diary in its editor tab: a bad value named, a headache entered in one line, the
 * month's metrics; an entry corrected, one typed with real keys and added by Ctrl+S, one removed
 * with its reason.
 */
class DiaryUiTest {

    @Test
    void aHeadacheEnteredInOneLineShowsInTheEntriesAndTheMonthlyMetrics() throws Exception {
        Shell main = Workbench.mainShell();
        Display display = main.getDisplay();
        Workbench.databaseReady();
        Workbench.closeRecords();
        Patient patient = Workbench.service(PatientService.class).register(new Patient(
                "DIA-" + Long.toString(System.currentTimeMillis(), 36).toUpperCase(), "Diehl", "Dora",
                LocalDate.of(1990, 9, 9), Sex.FEMALE));
        Workbench.executeLater(display, "atlas.patients.command.openRecord",
                Map.of("atlas.patients.commandparameter.patientId", Long.toString(patient.getId())));
        Composite record = Workbench.record(display, "Diehl, Dora");
        // the diary is read and written from background work only
        ThreadWatch<HeadacheDiaryService> watch = ThreadWatch.of(HeadacheDiaryService.class);
        Workbench.executeOnRecord(display, record, "atlas.assessments.command.diary");
        Workbench.EditorTab tab = Workbench.diary(display, "Diehl, Dora");
        Composite diary = tab.editor();
        assertEquals("Diary: Diehl, Dora", onUi(display, () -> tab.part().getLabel()), "whose diary it is");
        assertEquals("Headache diary of Diehl, Dora", onUi(display, () -> tab.part().getTooltip()));
        Workbench.idle(diary); // the diary read

        LocalDate yesterday = LocalDate.now().minusDays(1);
        type(diary, "diary.date", yesterday.toString());
        type(diary, "diary.start", "8:00");
        type(diary, "diary.minutes", "240");
        type(diary, "diary.intensity", "11");
        press(diary, "diary.add");
        assertEquals("Intensity 0-10: 11 is outside the allowed range 0 to 10",
                onUi(display, () -> ((Label) require(diary, "diary.message")).getText()));
        assertEquals(0, onUi(display, () -> ((Table) require(diary, "diary.entries")).getItemCount()));

        type(diary, "diary.intensity", "7");
        display.syncExec(() -> {
            Combo side = (Combo) require(diary, "diary.side");
            side.select(1); // left
            side.notifyListeners(SWT.Selection, new Event());
        });
        press(diary, "diary.nausea");
        press(diary, "diary.add");
        waitFor("the entry in the table", () -> onUi(display, () ->
                ((Table) require(diary, "diary.entries")).getItemCount() == 1 ? true : null));
        List<HeadacheDiaryEntry> stored = Workbench.service(HeadacheDiaryService.class).entries(patient.getId(),
                yesterday, yesterday);
        assertEquals(1, stored.size());
        assertTrue(stored.get(0).isNauseaOrVomiting());

        // one migraine day (one-sided, intensity 7, nausea, 4 hours) in the first month of the diary
        YearMonth month = YearMonth.from(yesterday);
        int covered = month.equals(YearMonth.now()) ? LocalDate.now().getDayOfMonth() : month.lengthOfMonth();
        String perTwentyEight = formatted(28.0 / covered);
        List<String> row = onUi(display, () -> {
            Table months = (Table) require(diary, "diary.months");
            return List.of(months.getItem(0).getText(0), months.getItem(0).getText(2), months.getItem(0).getText(3),
                    months.getItem(0).getText(5));
        });
        assertEquals(List.of(atlas.core.dates.ClinicDates.forPlatform().month(month), perTwentyEight, perTwentyEight,
                "baseline month"), row, "the month named as the language does; the first month is the baseline");

        // a correction: the entry chosen fills the line; its intensity changed and saved
        selectEntry(diary, 0);
        assertEquals("7", onUi(display, () -> ((Text) require(diary, "diary.intensity")).getText()));
        assertEquals(false, onUi(display, () -> tab.part().isDirty()), "choosing is not changing");
        type(diary, "diary.intensity", "5");
        press(diary, "diary.change");
        waitFor("the correction", () -> onUi(display, () -> ((Label) require(diary, "diary.message")).getText()
                .contains("was corrected") ? true : null));
        assertEquals(5, Workbench.service(HeadacheDiaryService.class).entries(patient.getId(), yesterday, yesterday)
                .get(0).getIntensity());

        // typed with real keys: the tab is marked unsaved; Ctrl+S adds the headache
        Keys.typeInto(display, onUi(display, () -> (Text) require(diary, "diary.start")), "18:30");
        Keys.typeInto(display, onUi(display, () -> (Text) require(diary, "diary.minutes")), "60");
        Keys.typeInto(display, onUi(display, () -> (Text) require(diary, "diary.intensity")), "3");
        waitFor("the tab marked", () -> onUi(display, () -> tab.part().isDirty()) ? true : null);
        Keys.chord(display, SWT.CTRL, 's', 's');
        waitFor("the second entry", () -> onUi(display, () ->
                ((Table) require(diary, "diary.entries")).getItemCount() == 2 ? true : null));
        assertEquals(false, onUi(display, () -> tab.part().isDirty()));

        // removed with a reason (the newest first: the 18:30 headache)
        selectEntry(diary, 0);
        Workbench.pressLater(diary, "diary.remove");
        Shell why = waitFor("the reason asked", () -> onUi(display, () -> java.util.Arrays.stream(display.getShells())
                .filter(shell -> shell.isVisible() && "Remove entry".equals(shell.getText())).findFirst().orElse(null)));
        display.syncExec(() -> textIn(why).setText("entered twice"));
        Workbench.pressLabelled(why, "&Remove");
        waitFor("one entry left", () -> onUi(display, () ->
                ((Table) require(diary, "diary.entries")).getItemCount() == 1 ? true : null));
        List<HeadacheDiaryEntry> left = Workbench.service(HeadacheDiaryService.class).entries(patient.getId(),
                yesterday, yesterday);
        assertEquals(List.of(240), left.stream().map(HeadacheDiaryEntry::getDurationMinutes).toList(),
                "the 18:30 headache removed, the morning's kept");
        watch.close();
        assertTrue(watch.calls.containsAll(List.of("entries", "record", "update", "remove")),
                "the diary used the watched service: "
                + watch.calls);
        assertEquals(List.of(), watch.onDisplay, "diary service calls on the display thread");
        Workbench.closeRecords();
    }

    private static void selectEntry(Composite diary, int row) {
        diary.getDisplay().syncExec(() -> {
            Table table = (Table) require(diary, "diary.entries");
            table.setSelection(row);
            table.notifyListeners(SWT.Selection, new Event());
        });
    }

    /** The text field of a JFace input dialog. */
    private static Text textIn(Composite root) {
        for (org.eclipse.swt.widgets.Control child : root.getChildren()) {
            if (child instanceof Text text) {
                return text;
            }
            if (child instanceof Composite inner && textIn(inner) != null) {
                return textIn(inner);
            }
        }
        return null;
    }

    private static String formatted(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format("%.1f", value);
    }
}
