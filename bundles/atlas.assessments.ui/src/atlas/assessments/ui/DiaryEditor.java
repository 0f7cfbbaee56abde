package atlas.assessments.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import atlas.api.validation.FieldError;
import atlas.core.dates.ClinicDates;
import atlas.core.diary.HeadacheDiaryEntry;
import atlas.core.diary.HeadacheDiaryService;
import atlas.core.store.StoreException;
import atlas.core.validation.ValidationException;
import atlas.core.validation.Wording;
import atlas.interchange.csv.CsvFile;
import atlas.interchange.csv.DiaryCsv;
import atlas.measures.HeadacheDiaryMetrics;
import atlas.measures.HeadacheDiaryMetrics.Month;
import atlas.outcomes.DiaryEpisodes;
import atlas.ui.AtlasContext;
import atlas.ui.Counted;
import atlas.ui.EditorHost;
import atlas.ui.HoldStill;
import atlas.ui.InBackground;
import atlas.ui.ScrollingArea;
import atlas.ui.Problems;
import atlas.ui.Widgets;

/**
 * A patient's headache diary as the content of its editor tab: one line to enter a headache fast
 * (Enter or Ctrl+S adds it and keeps the date for the next), the entries - one chosen is filled
 * into the line to be corrected, or removed with a reason - a spreadsheet import, and the monthly
 * metrics against the first month as baseline (clinical reference, "Headache diary"). A headache
 * typed but not added is the tab's unsaved state.
 */
final class DiaryEditor {

    private static final int TABLE_ROWS = 8;
    /** The sides as the language names them (the first, empty, for none). */
    private static final String[] SIDES = Messages.diary_sides.split("\\|");
    private final ClinicDates when = ClinicDates.forPlatform();
    private final HeadacheDiaryService diary;
    private final long patientId;
    private final EditorHost host;
    private final HoldStill writes = new HoldStill(Messages.diary_title);
    private final DiaryEntryFields fields = new DiaryEntryFields();
    private ScrollingArea area;
    private Composite root;
    private Label message;
    private Table entries;
    private Table months;
    private Button change;
    private Button remove;
    /** The entries in the table's order, newest first. */
    private List<HeadacheDiaryEntry> shown = List.of();
    private boolean dirty;
    private boolean filling;

    DiaryEditor(HeadacheDiaryService diary, long patientId, EditorHost host) {
        this.diary = diary;
        this.patientId = patientId;
        this.host = host;
    }

    Control create(Composite parent) {
        area = new ScrollingArea(parent, "diary.editor");
        root = area.content();
        Group entry = new Group(root, SWT.NONE);
        entry.setText(Messages.diary_newEntry);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(entry);
        fields.create(entry, this::judgeDirty, this::add);
        // the message and the buttons in a row of their own across the line, so a wide window
        // stretches neither the fields' columns nor the gaps between label and field
        Composite bottom = new Composite(entry, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(bottom);
        GridDataFactory.fillDefaults().span(8, 1).grab(true, false).applyTo(bottom);
        message = new Label(bottom, SWT.WRAP);
        message.setData(AtlasContext.WIDGET_ID, "diary.message");
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(message);
        Composite buttons = new Composite(bottom, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(buttons);
        GridDataFactory.swtDefaults().align(SWT.END, SWT.CENTER).applyTo(buttons);
        Widgets.button(buttons, Messages.diary_add, "diary.add", this::add);
        change = Widgets.button(buttons, Messages.diary_change, "diary.change", this::change);
        remove = Widgets.button(buttons, Messages.diary_remove, "diary.remove", this::remove);

        entries = Widgets.table(root, "diary.entries", Messages.diary_columns.split("\\|"));
        Widgets.tableRows(entries, 1, TABLE_ROWS);
        entries.addListener(SWT.Selection, e -> chosen());
        months = Widgets.table(root, "diary.months", Messages.diary_monthColumns.split("\\|"));
        Widgets.tableRows(months, 1, 4);
        Label note = new Label(root, SWT.WRAP);
        note.setText(Messages.diary_metricsNote);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(note);
        Widgets.button(root, Messages.diary_import, "diary.import", this::chooseFile);
        chosen();
        load();
        return area.control();
    }

    void focus() {
        if (root != null && !root.isDisposed()) {
            fields.focus();
        }
    }

    /** A headache typed (no entry chosen), or a chosen entry's values changed, is unsaved work. */
    private void judgeDirty() {
        if (!filling) {
            setDirty(chosenEntry() != null || fields.anythingTyped());
        }
    }

    private void setDirty(boolean now) {
        if (now != dirty) {
            dirty = now;
            host.dirty(now);
        }
    }

    private HeadacheDiaryEntry chosenEntry() {
        int index = entries.getSelectionIndex();
        return index < 0 || index >= shown.size() ? null : shown.get(index);
    }

    /** An entry chosen in the table: its values in the line, ready to be corrected or removed. */
    private void chosen() {
        HeadacheDiaryEntry entry = chosenEntry();
        change.setEnabled(entry != null);
        remove.setEnabled(entry != null);
        if (entry != null) {
            filling = true; // the entry's own values are not a change
            try {
                fields.fill(entry);
            } finally {
                filling = false;
            }
            setDirty(false);
        }
    }

    /**
     * Ctrl+S, closing the tab, quitting: the headache typed is added (or, with an entry chosen,
     * the correction saved), returning when the store has it; false with the reason shown when a
     * field is wrong or the store refused - the typing stays.
     */
    boolean saveNow() {
        if (!dirty || root == null || root.isDisposed()) {
            return !dirty;
        }
        HeadacheDiaryEntry chosen = chosenEntry();
        return write(chosen != null ? chosen : newEntry(), chosen != null, true) && !dirty;
    }

    /** Adds the typed headache as a new entry (Enter, Add); keeps the date for the next. */
    private void add() {
        write(newEntry(), false, false);
    }

    /** Saves the line onto the entry chosen in the table (a correction; the audit trail keeps it). */
    private void change() {
        HeadacheDiaryEntry chosen = chosenEntry();
        if (chosen != null) {
            write(chosen, true, false);
        }
    }

    private HeadacheDiaryEntry newEntry() {
        return new HeadacheDiaryEntry(patientId, null, null, null);
    }

    /**
     * Writes the line into {@code entry} and stores it - a correction of a stored entry, or a new
     * one - then shows the diary; with {@code wait}, returns only when the store has it (for a
     * save the workbench waits on). Returns whether it was stored: false when a field is wrong,
     * the store refused (both said), or the write was not waited for.
     */
    private boolean write(HeadacheDiaryEntry entry, boolean correction, boolean wait) {
        List<FieldError> errors = new ArrayList<>();
        fields.writeInto(entry, errors);
        if (!errors.isEmpty()) {
            refused(errors);
            return false;
        }
        InBackground.Work<List<HeadacheDiaryEntry>> store = () -> {
            if (correction) {
                diary.update(entry);
            } else {
                diary.record(entry);
            }
            return readAll();
        };
        java.util.function.Consumer<List<HeadacheDiaryEntry>> done = all -> written(correction
                ? Messages.diary_changed : Messages.diary_added, entry, all);
        if (wait) {
            return writes.runAndWait(root, root::setEnabled, store, done, this::failed);
        }
        writes.run(root, root::setEnabled, store, done, this::failed);
        return false;
    }

    /** Asks why, then removes the chosen entry; the audit trail keeps what it said and the reason. */
    private void remove() {
        HeadacheDiaryEntry chosen = chosenEntry();
        if (chosen == null) {
            return;
        }
        InputDialog reason = new InputDialog(root.getShell(), Messages.diary_removeTitle,
                NLS.bind(Messages.diary_removeQuestion, when.dateTime(chosen.getStartsAt())), "",
                typed -> typed == null || typed.isBlank() ? Messages.diary_reasonNeeded : null) {
            @Override
            protected void createButtonsForButtonBar(Composite parent) {
                super.createButtonsForButtonBar(parent);
                getButton(OK).setText(Messages.diary_removeButton); // JFace's own labels are English only
                getButton(CANCEL).setText(atlas.ui.Messages.dialog_cancel);
            }
        };
        if (reason.open() != Window.OK) {
            return;
        }
        String why = reason.getValue();
        writes.run(root, root::setEnabled, () -> {
            diary.remove(chosen.getId(), why);
            return readAll();
        }, all -> written(Messages.diary_removed, chosen, all), this::failed);
    }

    /** After a write: says what was done, empties the line for the next headache, shows the diary. */
    private void written(String done, HeadacheDiaryEntry entry, List<HeadacheDiaryEntry> all) {
        say(NLS.bind(done, when.dateTime(entry.getStartsAt())));
        entries.deselectAll();
        fields.clear();
        show(all);
        chosen();
        setDirty(fields.anythingTyped());
        host.changed();
    }

    private void refused(List<FieldError> errors) {
        say(fields.show(errors).orElse(""));
    }

    private void failed(Exception e) {
        if (e instanceof ValidationException refused) {
            refused(refused.errors());
        } else {
            say(Problems.of(e));
        }
    }

    private void say(String text) {
        message.setText(text == null ? "" : text);
        message.requestLayout();
        area.fit();
    }

    private void chooseFile() {
        FileDialog chooser = new FileDialog(root.getShell(), SWT.OPEN);
        chooser.setFilterExtensions(new String[] { "*.csv", "*.*" });
        String chosen = chooser.open();
        if (chosen != null) {
            importFile(Path.of(chosen));
        }
    }

    /** Reads a spreadsheet diary; the readable rows are saved together once the user agrees. */
    void importFile(Path file) {
        DiaryCsv.Result read;
        try {
            if (Files.size(file) > CsvFile.MAX_BYTES) {
                MessageDialog.openError(root.getShell(), Messages.diary_import, NLS.bind(Messages.diary_unreadable, file,
                        Wording.of("csv.tooLarge", CsvFile.MAX_BYTES >> 20)));
                return;
            }
            read = DiaryCsv.read(CsvFile.read(Files.readAllBytes(file)), patientId, LocalDateTime.now());
        } catch (IOException e) {
            MessageDialog.openError(root.getShell(), Messages.diary_import, NLS.bind(Messages.diary_unreadable, file,
                    e.getMessage()));
            return;
        }
        String listed = read.problems().stream().limit(15).map(Object::toString).collect(Collectors.joining("\n"));
        if (read.entries().isEmpty()) {
            // an empty file, an unclosed quote, columns of another spreadsheet: said, never silent
            MessageDialog.openError(root.getShell(), Messages.diary_import, NLS.bind(Messages.diary_importNothing, file,
                    listed.isEmpty() ? Messages.diary_importNoRows : listed));
            return;
        }
        if (!read.problems().isEmpty()) {
            if (!MessageDialog.openQuestion(root.getShell(), Messages.diary_import,
                    Counted.of(Messages.diary_importProblems, read.problems().size(), listed,
                            read.entries().size()))) {
                return;
            }
        }
        writes.run(root, root::setEnabled, () -> {
            diary.recordAll(read.entries());
            return readAll();
        }, all -> {
            say(Counted.of(Messages.diary_imported, read.entries().size()));
            show(all);
            host.changed();
        }, this::failed);
    }

    /** Reads the whole diary in the background and shows it. */
    private void load() {
        writes.run(root, root::setEnabled, this::readAll, this::show, this::failed);
    }

    private List<HeadacheDiaryEntry> readAll() throws StoreException {
        return diary.entries(patientId, LocalDate.of(1900, 1, 1), LocalDate.now());
    }

    private void show(List<HeadacheDiaryEntry> all) {
        entries.removeAll();
        shown = all.stream().sorted(Comparator.comparing(HeadacheDiaryEntry::getStartsAt).reversed()).toList();
        for (HeadacheDiaryEntry entry : shown) {
            new TableItem(entries, SWT.NONE).setText(new String[] { when.dateTime(entry.getStartsAt()),
                    text(entry.getDurationMinutes()), text(entry.getIntensity()),
                    entry.getSide() == null ? "" : SIDES[entry.getSide().ordinal() + 1],
                    entry.getMedicationName() == null ? "" : entry.getMedicationName() });
        }
        months.removeAll();
        if (!all.isEmpty()) {
            for (TableColumn column : entries.getColumns()) {
                column.pack(); // dates and medication names vary in length
            }
            LocalDate from = YearMonth.from(all.get(0).getStartsAt()).atDay(1);
            for (Month month : HeadacheDiaryMetrics.monthly(DiaryEpisodes.of(all), from, LocalDate.now(),
                    YearMonth.from(from), true)) {
                new TableItem(months, SWT.NONE).setText(new String[] { when.month(month.month()),
                        Integer.toString(month.coveredDays()), FormAnswers.format(month.headacheDaysPer28()),
                        FormAnswers.format(month.migraineDaysPer28()), FormAnswers.format(month.medicationDaysPer28()),
                        responder(month, from), flags(month) });
            }
            Widgets.packColumns(months);
        }
        area.fit();
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
