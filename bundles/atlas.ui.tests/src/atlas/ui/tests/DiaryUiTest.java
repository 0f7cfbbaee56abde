package atlas.ui.tests;

import static atlas.ui.tests.Workbench.dialog;
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
import org.junit.jupiter.api.Test;

import atlas.core.diary.HeadacheDiaryEntry;
import atlas.core.diary.HeadacheDiaryService;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientService;
import atlas.core.patient.Sex;

/** The headache diary: a bad value named, a headache entered in one line, the month's metrics. */
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
        Shell diary = dialog(display, "dialog.diary");
        assertEquals("Headache diary of Diehl, Dora", onUi(display, diary::getText), "whose diary it is");

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
        press(diary, "dialog.close");
        watch.close();
        assertTrue(watch.calls.containsAll(List.of("entries", "record")), "the dialog used the watched service: "
                + watch.calls);
        assertEquals(List.of(), watch.onDisplay, "diary service calls on the display thread");
        Workbench.closeRecords();
    }

    private static String formatted(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format("%.1f", value);
    }
}
