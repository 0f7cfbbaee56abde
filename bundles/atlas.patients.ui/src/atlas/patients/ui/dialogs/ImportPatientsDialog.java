package atlas.patients.ui.dialogs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import atlas.core.patient.Patient;
import atlas.core.patient.PatientService;
import atlas.core.validation.Wording;
import atlas.interchange.csv.CsvFile;
import atlas.interchange.csv.PatientColumn;
import atlas.interchange.csv.PatientImport;
import atlas.patients.ui.Messages;
import atlas.ui.Counted;
import atlas.ui.InBackground;
import atlas.ui.Problems;
import atlas.ui.Widgets;

/**
 * Patient > Import Patients (issue 20): the patients of another system's CSV export registered at
 * once ({@link PatientFileImport}). Each field's column is proposed from the header and can be
 * changed; every bad line and every likely duplicate is listed, checked again at each change.
 * The rules are {@link PatientImport}'s, as at the command line.
 */
public final class ImportPatientsDialog extends PatientFileImport {

    private final PatientService patients;
    private final Map<PatientColumn, Combo> columns = new EnumMap<>(PatientColumn.class);
    private Table problems;
    private CsvFile.Table table;
    private PatientImport.Check check;
    /** The newest check asked for: the outcome of an older one (the user changed a column since) is dropped. */
    private int checks;

    public ImportPatientsDialog(Shell parent, PatientService patients) {
        super(parent, "dialog.importPatients", Messages.import_title, "import", "*.csv;*.CSV;*.txt;*.TXT", "*");
        this.patients = patients;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = fileArea(parent, Messages.import_intro, Messages.import_fileHint);
        Group mapping = new Group(area, SWT.NONE);
        mapping.setText(Messages.import_columns);
        GridLayoutFactory.swtDefaults().numColumns(4).applyTo(mapping);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(mapping);
        for (PatientColumn field : PatientColumn.values()) {
            Combo combo = Widgets.labelledCombo(mapping, Wording.label(field.field(), field.label()) + ":",
                    "import.column." + field.field(), new String[] { Messages.import_notImported });
            GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(combo);
            combo.setEnabled(false);
            combo.addListener(SWT.Selection, e -> columnChosen(field));
            columns.put(field, combo);
        }
        problems = Widgets.table(area, "import.problems", Messages.import_problemColumns.split("\\|"));
        Widgets.tableRows(problems, 3, 8);
        registerArea(area);
        return area;
    }

    /** Reads the file here (a file beyond the limit is not read at all) and proposes its columns. */
    @Override
    void readFile() {
        String typed = file.getText().strip();
        say(message, "");
        if (typed.isEmpty()) {
            say(message, Messages.import_chooseFile);
            return;
        }
        Path path = Path.of(typed);
        try {
            if (Files.size(path) > CsvFile.MAX_BYTES) {
                say(message, NLS.bind(Messages.import_tooLarge, path.getFileName(), CsvFile.MAX_BYTES >> 20));
                return;
            }
            table = CsvFile.read(Files.readAllBytes(path));
        } catch (IOException | RuntimeException e) {
            say(message, NLS.bind(Messages.import_unreadable, typed, e.getMessage()));
            return;
        }
        howRead.setText(Counted.of(table.separator() == '\t' ? Messages.import_howReadTabs : Messages.import_howRead,
                table.rows().size(), table.charset().name(), String.valueOf(table.separator())));
        List<String> items = new ArrayList<>(List.of(Messages.import_notImported));
        for (int i = 0; i < table.header().size(); i++) {
            items.add(NLS.bind(Messages.import_columnItem, i + 1, table.header().get(i)));
        }
        Map<PatientColumn, Integer> proposed = PatientColumn.propose(table.header());
        columns.forEach((field, combo) -> {
            combo.setItems(items.toArray(String[]::new));
            combo.select(proposed.containsKey(field) ? proposed.get(field) + 1 : 0);
            combo.setEnabled(!table.header().isEmpty());
        });
        getShell().layout(true, true);
        recheck();
    }

    /** One column fills one field: choosing it for {@code field} takes it from any other. */
    private void columnChosen(PatientColumn field) {
        int chosen = columns.get(field).getSelectionIndex();
        if (chosen > 0) {
            columns.forEach((other, combo) -> {
                if (other != field && combo.getSelectionIndex() == chosen) {
                    combo.select(0);
                }
            });
        }
        recheck();
    }

    private Map<PatientColumn, Integer> mapping() {
        Map<PatientColumn, Integer> mapping = new EnumMap<>(PatientColumn.class);
        columns.forEach((field, combo) -> {
            if (combo.getSelectionIndex() > 0) {
                mapping.put(field, combo.getSelectionIndex() - 1);
            }
        });
        return mapping;
    }

    /** Reads the rows through the columns chosen and compares them with the register, in the background. */
    private void recheck() {
        check = null;
        offerRegister();
        int asked = ++checks;
        CsvFile.Table read = table;
        Map<PatientColumn, Integer> mapping = mapping();
        summary.setText(Messages.import_checking);
        InBackground.run(problems, Messages.import_title, () -> PatientImport.check(patients, read, mapping,
                LocalDate.now()), checked -> {
                    if (asked == checks) {
                        show(checked);
                    }
                }, e -> {
                    if (asked == checks) {
                        say(message, Problems.of(e));
                    }
                });
    }

    private void show(PatientImport.Check checked) {
        check = checked;
        problems.removeAll();
        List<CsvFile.Problem> listed = new ArrayList<>(checked.result().problems());
        listed.addAll(checked.likelyDuplicates());
        for (CsvFile.Problem problem : listed) {
            new TableItem(problems, SWT.NONE).setText(new String[] { problem.line() == 0 ? "" : Integer.toString(
                    problem.line()), problem.error().label(), problem.error().message() });
        }
        Widgets.packColumns(problems);
        int duplicates = checked.likelyDuplicates().size();
        int count = checked.patients().size();
        String numbers = checked.numbered() ? Messages.import_ownNumbers : Messages.import_patternNumbers;
        summary.setText(!checked.canRegister() ? Counted.of(Messages.import_cannot, checked.result().problems().size())
                : duplicates == 0 ? Counted.of(Messages.import_ready, count, numbers)
                        : Counted.of(Messages.import_readyWithDuplicates, count, numbers, duplicates));
        duplicatesFound(checked.canRegister(), duplicates);
        fitHeight(getShell());
    }

    @Override
    boolean mayRegister(boolean keep) {
        return check != null && check.mayRegister(keep);
    }

    @Override
    int patientsToRegister() {
        return check.patients().size();
    }

    @Override
    InBackground.Work<List<Patient>> registration(boolean keep) {
        CsvFile.Table read = table;
        Map<PatientColumn, Integer> mapping = mapping();
        return () -> PatientImport.register(patients, PatientImport.check(patients, read, mapping, LocalDate.now()), keep);
    }

    @Override
    void checkAgain() {
        recheck();
    }
}
