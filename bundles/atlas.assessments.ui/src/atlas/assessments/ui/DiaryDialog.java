package atlas.assessments.ui;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import atlas.core.dates.ClinicDates;
import atlas.core.diary.DiaryCsv;
import atlas.core.diary.HeadacheDiaryEntry;
import atlas.core.diary.HeadacheDiaryService;
import atlas.core.diary.HeadacheSide;
import atlas.core.diary.MedicationClass;
import atlas.core.store.StoreException;
import atlas.api.validation.FieldError;
import atlas.core.validation.ValidationException;
import atlas.measures.HeadacheDiaryMetrics;
import atlas.measures.HeadacheDiaryMetrics.Month;
import atlas.outcomes.DiaryEpisodes;
import atlas.ui.Counted;
import atlas.ui.AtlasContext;
import atlas.ui.Problems;
import atlas.ui.AtlasDialog;
import atlas.ui.DateInput;
import atlas.ui.FieldDecorations;
import atlas.ui.Widgets;

/**
 * A patient's headache diary: one line to enter a headache fast (Enter adds it and keeps the
 * date for the next), the entries, a spreadsheet import, and the monthly metrics against the
 * first month as baseline (clinical reference, "Headache diary").
 */
final class DiaryDialog extends AtlasDialog {

    private final ClinicDates when = ClinicDates.forPlatform();
    private final HeadacheDiaryService diary;
    private final long patientId;
    private final DateInput dates = DateInput.forPlatform();
    private final FieldDecorations decorations = new FieldDecorations();
    private Text date;
    private Text start;
    private Text minutes;
    private Text intensity;
    private Combo side;
    private Combo medicationClass;
    private Text medication;
    private Button pulsating;
    private Button nausea;
    private Button light;
    private Button sound;
    private Button worseWithActivity;
    private Button neck;
    private Button jaw;
    private Button sideLocked;
    private Text aura;
    private Text triggers;
    private Combo relief;
    private Combo disability;
    private Label message;
    private Table entries;
    private Table months;

    /** The diary of {@code patientName} (shown in the title, so whose diary it is is never in doubt). */
    DiaryDialog(Shell parent, HeadacheDiaryService diary, long patientId, String patientName) {
        super(parent, "dialog.diary", patientName == null ? Messages.diary_title
                : org.eclipse.osgi.util.NLS.bind(Messages.diary_titleOf, patientName));
        this.diary = diary;
        this.patientId = patientId;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Group entry = new Group(area, SWT.NONE);
        entry.setText(Messages.diary_newEntry);
        GridLayoutFactory.swtDefaults().numColumns(8).applyTo(entry);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(entry);
        date = dates.hint(field(entry, Messages.diary_date, "diary.date", 90, "startsAt"));
        date.setText(dates.format(LocalDate.now()));
        start = field(entry, Messages.diary_start, "diary.start", 50, "startsAt.time");
        minutes = field(entry, Messages.diary_minutes, "diary.minutes", 50, "durationMinutes");
        intensity = field(entry, Messages.diary_intensity, "diary.intensity", 40, "intensity");
        side = combo(entry, Messages.diary_side, "diary.side", Messages.diary_sides.split("\\|"));
        medicationClass = combo(entry, Messages.diary_medicationClass, "diary.medicationClass",
                Messages.diary_medicationClasses.split("\\|"));
        medication = field(entry, Messages.diary_medication, "diary.medication", 120, "medicationName");
        aura = field(entry, Messages.diary_aura, "diary.aura", 40, "auraMinutes");
        relief = combo(entry, Messages.diary_relief, "diary.relief", Messages.diary_reliefs.split("\\|"));
        disability = combo(entry, Messages.diary_disability, "diary.disability",
                Messages.diary_disabilities.split("\\|"));
        triggers = field(entry, Messages.diary_triggers, "diary.triggers", 120, "triggers");
        Composite features = new Composite(entry, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(features);
        GridDataFactory.fillDefaults().span(8, 1).applyTo(features);
        pulsating = check(features, Messages.diary_pulsating, "diary.pulsating");
        worseWithActivity = check(features, Messages.diary_worse, "diary.worse");
        nausea = check(features, Messages.diary_nausea, "diary.nausea");
        light = check(features, Messages.diary_light, "diary.light");
        sound = check(features, Messages.diary_sound, "diary.sound");
        sideLocked = check(features, Messages.diary_sideLocked, "diary.sideLocked");
        neck = check(features, Messages.diary_neck, "diary.neck");
        jaw = check(features, Messages.diary_jaw, "diary.jaw");
        message = new Label(entry, SWT.WRAP);
        message.setData(AtlasContext.WIDGET_ID, "diary.message");
        GridDataFactory.fillDefaults().span(7, 1).grab(true, false).applyTo(message);
        Button add = new Button(entry, SWT.PUSH);
        add.setText(Messages.diary_add);
        add.setData(AtlasContext.WIDGET_ID, "diary.add");
        add.addListener(SWT.Selection, e -> addEntry());

        entries = table(area, "diary.entries", 150, Messages.diary_columns.split("\\|"));
        months = table(area, "diary.months", 110, Messages.diary_monthColumns.split("\\|"));
        Label note = new Label(area, SWT.WRAP);
        note.setText(Messages.diary_metricsNote);
        GridDataFactory.fillDefaults().grab(true, false).hint(760, SWT.DEFAULT).applyTo(note);
        getShell().setDefaultButton(add);
        load();
        return area;
    }

    private Text field(Composite parent, String label, String id, int width, String key) {
        Text text = Widgets.labelledText(parent, label, id, width);
        decorations.add(key, label, text);
        return text;
    }

    private static Combo combo(Composite parent, String label, String id, String[] items) {
        return Widgets.labelledCombo(parent, label, id, items);
    }

    private static Button check(Composite parent, String label, String id) {
        return Widgets.check(parent, label, id);
    }

    private static Table table(Composite parent, String id, int height, String[] columns) {
        Table table = Widgets.table(parent, id, columns);
        GridDataFactory.fillDefaults().grab(true, true).hint(760, height).applyTo(table);
        return table;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Button importCsv = createButton(parent, IDialogConstants.CLIENT_ID, Messages.diary_import, false);
        importCsv.setData(AtlasContext.WIDGET_ID, "diary.import");
        createButton(parent, IDialogConstants.OK_ID, Messages.diary_close, false)
                .setData(AtlasContext.WIDGET_ID, "dialog.close");
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.CLIENT_ID) {
            FileDialog chooser = new FileDialog(getShell(), SWT.OPEN);
            chooser.setFilterExtensions(new String[] { "*.csv", "*.*" });
            String chosen = chooser.open();
            if (chosen != null) {
                importFile(Path.of(chosen));
            }
        } else {
            super.buttonPressed(buttonId);
        }
    }

    /** Adds the typed headache; keeps the date (a diary is often entered day by day). */
    private void addEntry() {
        List<FieldError> errors = new ArrayList<>();
        LocalDateTime startsAt = startsAt(errors);
        HeadacheDiaryEntry entry = new HeadacheDiaryEntry(patientId, startsAt, number(minutes, "durationMinutes",
                Messages.diary_minutes, errors), number(intensity, "intensity", Messages.diary_intensity, errors));
        entry.setSide(side.getSelectionIndex() <= 0 ? null : HeadacheSide.values()[side.getSelectionIndex() - 1]);
        entry.setMedicationClass(medicationClass.getSelectionIndex() <= 0 ? null
                : MedicationClass.values()[medicationClass.getSelectionIndex() - 1]);
        entry.setMedicationName(medication.getText().isBlank() ? null : medication.getText().strip());
        entry.setPulsating(pulsating.getSelection());
        entry.setNauseaOrVomiting(nausea.getSelection());
        entry.setPhotophobia(light.getSelection());
        entry.setPhonophobia(sound.getSelection());
        entry.setWorseWithActivity(worseWithActivity.getSelection());
        entry.setSideLocked(sideLocked.getSelection());
        entry.setProvokedByNeck(neck.getSelection());
        entry.setProvokedByJaw(jaw.getSelection());
        entry.setAuraMinutes(number(aura, "auraMinutes", Messages.diary_aura, errors));
        entry.setTriggers(triggers.getText().isBlank() ? null : triggers.getText().strip());
        entry.setReliefAtTwoHours(relief.getSelectionIndex() <= 0 ? null : relief.getSelectionIndex() == 1);
        entry.setDisability(disability.getSelectionIndex() <= 0 ? null : disability.getSelectionIndex() - 1);
        if (errors.isEmpty()) {
            errors.addAll(entry.validate(LocalDateTime.now()));
        }
        decorations.touchAll();
        if (!errors.isEmpty()) {
            decorations.show(errors).ifPresent(message::setText);
            message.requestLayout();
            return;
        }
        // written and the diary read again in the background, the dialog holding still meanwhile
        inBackground(() -> {
            diary.record(entry);
            return readAll();
        }, all -> added(startsAt, all), e -> {
            if (e instanceof ValidationException refused) {
                decorations.show(refused.errors()).ifPresent(message::setText);
            } else {
                message.setText(Problems.of(e));
            }
        });
    }

    /** After an entry was kept: says so, empties the fields for the next and shows the diary. */
    private void added(LocalDateTime startsAt, List<HeadacheDiaryEntry> all) {
        decorations.show(List.of());
        message.setText(NLS.bind(Messages.diary_added, when.dateTime(startsAt)));
        for (Text cleared : new Text[] { start, minutes, intensity, medication, aura, triggers }) {
            cleared.setText("");
        }
        for (Button cleared : new Button[] { pulsating, worseWithActivity, nausea, light, sound, sideLocked, neck,
                jaw }) {
            cleared.setSelection(false);
        }
        for (Combo cleared : new Combo[] { side, medicationClass, relief, disability }) {
            cleared.select(0);
        }
        start.setFocus();
        show(all);
    }

    private LocalDateTime startsAt(List<FieldError> errors) {
        LocalDate day = dates.parse(date.getText()).orElse(null);
        if (day == null) {
            errors.add(new FieldError("startsAt", Messages.diary_date, dates.notADate(date.getText())));
            return null;
        }
        String time = start.getText().strip();
        if (time.isEmpty()) {
            return day.atTime(LocalTime.NOON);
        }
        java.util.Optional<LocalTime> at = when.parseTime(time);
        if (at.isEmpty()) {
            errors.add(new FieldError("startsAt.time", Messages.diary_start, Messages.diary_timeFormat));
            return null;
        }
        return day.atTime(at.get());
    }

    private static Integer number(Text field, String key, String label, List<FieldError> errors) {
        String typed = field.getText().strip();
        if (typed.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(typed);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(key, label, NLS.bind(Messages.diary_notANumber, typed)));
            return null;
        }
    }

    /** Reads a spreadsheet diary; the readable rows are saved together once the user agrees. */
    void importFile(Path file) {
        DiaryCsv.Result read;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            read = DiaryCsv.read(reader, patientId, LocalDateTime.now());
        } catch (IOException e) {
            MessageDialog.openError(getShell(), Messages.diary_import, NLS.bind(Messages.diary_unreadable, file,
                    e.getMessage()));
            return;
        }
        if (!read.problems().isEmpty()) {
            String listed = read.problems().stream().limit(15).map(Object::toString)
                    .collect(Collectors.joining("\n"));
            if (read.entries().isEmpty() || !MessageDialog.openQuestion(getShell(), Messages.diary_import,
                    Counted.of(Messages.diary_importProblems, read.problems().size(), listed,
                            read.entries().size()))) {
                return;
            }
        }
        inBackground(() -> {
            diary.recordAll(read.entries());
            return readAll();
        }, all -> {
            message.setText(Counted.of(Messages.diary_imported, read.entries().size()));
            show(all);
        }, e -> message.setText(Problems.of(e)));
    }

    /** Reads the whole diary in the background and shows it. */
    private void load() {
        inBackground(this::readAll, this::show, e -> message.setText(Problems.of(e)));
    }

    private List<HeadacheDiaryEntry> readAll() throws StoreException {
        return diary.entries(patientId, LocalDate.of(1900, 1, 1), LocalDate.now());
    }

    private void show(List<HeadacheDiaryEntry> all) {
        entries.removeAll();
        all.stream().sorted(Comparator.comparing(HeadacheDiaryEntry::getStartsAt).reversed()).forEach(entry -> {
            TableItem item = new TableItem(entries, SWT.NONE);
            item.setText(new String[] { when.dateTime(entry.getStartsAt()), text(entry.getDurationMinutes()),
                    text(entry.getIntensity()), entry.getSide() == null ? "" : entry.getSide().name().toLowerCase(),
                    entry.getMedicationName() == null ? "" : entry.getMedicationName() });
        });
        months.removeAll();
        if (all.isEmpty()) {
            return;
        }
        for (TableColumn column : entries.getColumns()) {
            column.pack(); // dates and medication names vary in length
        }
        LocalDate from = YearMonth.from(all.get(0).getStartsAt()).atDay(1);
        LocalDate to = LocalDate.now();
        for (Month month : HeadacheDiaryMetrics.monthly(DiaryEpisodes.of(all), from, to, YearMonth.from(from), true)) {
            TableItem item = new TableItem(months, SWT.NONE);
            item.setText(new String[] { when.month(month.month()),
                    Integer.toString(month.coveredDays()),
                    FormDialog.format(month.headacheDaysPer28()), FormDialog.format(month.migraineDaysPer28()),
                    FormDialog.format(month.medicationDaysPer28()), responder(month, from), flags(month) });
        }
    }

    /**
     * The 50 % responder cell: yes or no against the baseline month; the baseline month itself says
     * so; without migraine days at baseline there is nothing to halve: "not enough data".
     */
    private static String responder(Month month, LocalDate baseline) {
        if (month.responder() != null) {
            return month.responder() ? Messages.diary_yes : Messages.diary_no;
        }
        return month.month().equals(YearMonth.from(baseline)) ? Messages.diary_baselineMonth : Messages.diary_notEnoughData;
    }

    private static String flags(Month month) {
        List<String> flags = new ArrayList<>();
        if (month.chronicMigraine()) {
            flags.add(Messages.diary_chronic);
        }
        if (month.medicationOveruse()) {
            flags.add(Messages.diary_overuse);
        }
        return String.join(", ", flags);
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }
}
