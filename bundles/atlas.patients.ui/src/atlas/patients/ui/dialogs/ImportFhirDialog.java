package atlas.patients.ui.dialogs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import atlas.core.form.FormResponseService;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientService;
import atlas.fhir.FhirImport;
import atlas.patients.ui.Messages;
import atlas.ui.AtlasContext;
import atlas.ui.Counted;
import atlas.ui.InBackground;
import atlas.ui.Problems;
import atlas.ui.Widgets;

/**
 * Patient > Import from FHIR (issue 20): the patients of another system's FHIR R4 export (a Bundle
 * or NDJSON), with their episodes, visits, forms, headache diary and red-flag screenings,
 * registered all at once ({@link PatientFileImport}). What the file holds is counted, and every
 * problem, every resource left out (each reason once, with its places) and every likely duplicate
 * is listed before anything is saved. The rules are {@link FhirImport}'s and the register's, as at
 * the command line ({@code atlas --import-fhir}).
 */
public final class ImportFhirDialog extends PatientFileImport {

    private final PatientService patients;
    private final FormResponseService forms;
    private Table listed;
    /** The whole of the row chosen in the list: a table cell does not wrap, a reason is often longer. */
    private Label detail;
    private byte[] content;
    private FhirImport.Check check;

    public ImportFhirDialog(Shell parent, PatientService patients, FormResponseService forms) {
        super(parent, "dialog.importFhir", Messages.fhirImport_title, "fhirImport", "*.json;*.ndjson;*.JSON;*.NDJSON",
                "*");
        this.patients = patients;
        this.forms = forms;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = fileArea(parent, Messages.fhirImport_intro, Messages.fhirImport_fileHint);
        listed = Widgets.table(area, "fhirImport.listed", Messages.fhirImport_columns.split("\\|"));
        Widgets.tableRows(listed, 4, 10);
        detail = new Label(area, SWT.WRAP);
        detail.setData(AtlasContext.WIDGET_ID, "fhirImport.detail");
        GridDataFactory.fillDefaults().span(3, 1).hint(WIDTH, SWT.DEFAULT).applyTo(detail);
        listed.addListener(SWT.Selection, e -> showDetail());
        registerArea(area);
        return area;
    }

    /** Reads the file (one beyond the limit is not read at all) and checks it against the register, in the background. */
    @Override
    void readFile() {
        String typed = file.getText().strip();
        say(message, "");
        check = null;
        offerRegister();
        if (typed.isEmpty()) {
            say(message, Messages.fhirImport_chooseFile);
            return;
        }
        Path path = Path.of(typed);
        try {
            if (Files.size(path) > FhirImport.MAX_BYTES) {
                say(message, NLS.bind(Messages.import_tooLarge, path.getFileName(), FhirImport.MAX_BYTES >> 20));
                return;
            }
            content = Files.readAllBytes(path);
        } catch (IOException | RuntimeException e) {
            say(message, NLS.bind(Messages.import_unreadable, typed, e.getMessage()));
            return;
        }
        byte[] read = content;
        summary.setText(Messages.fhirImport_checking);
        InBackground.run(listed, Messages.fhirImport_title, () -> FhirImport.check(read, patients, forms,
                LocalDate.now()), this::show, e -> say(message, Problems.of(e)));
    }

    private void show(FhirImport.Check checked) {
        check = checked;
        howRead.setText(checked.read() + ": " + Counted.of(Messages.fhirImport_contents, checked.patients().size(),
                checked.episodes(), checked.visits(), checked.forms(), checked.diaryEntries(), checked.screenings(),
                checked.notes(), checked.plans(), checked.interventionsGiven(), checked.documents()));
        listed.removeAll();
        list(checked.problems(), Messages.fhirImport_problem);
        list(checked.likelyDuplicates(), Messages.fhirImport_duplicate);
        list(checked.skipped(), Messages.fhirImport_skipped);
        Widgets.packColumns(listed);
        // the reason before the places, at most half the width: the rest of either is below the list
        listed.getColumn(1).setWidth(Math.min(listed.getColumn(1).getWidth(), WIDTH / 2));
        if (listed.getItemCount() > 0) {
            listed.select(0);
        }
        showDetail();
        int duplicates = checked.likelyDuplicates().size();
        summary.setText(!checked.canRegister() ? Counted.of(Messages.fhirImport_cannot, checked.problems().size())
                : duplicates == 0 ? Counted.of(Messages.fhirImport_ready, checked.patients().size())
                        : Counted.of(Messages.fhirImport_readyWithDuplicates, checked.patients().size(), duplicates));
        duplicatesFound(checked.canRegister(), duplicates);
        getShell().layout(true, true);
        fitHeight(getShell());
    }

    private void list(List<FhirImport.Problem> problems, String kind) {
        for (FhirImport.Problem problem : FhirImport.grouped(problems)) {
            new TableItem(listed, SWT.NONE).setText(new String[] { kind, problem.message(), problem.where() });
        }
    }

    private void showDetail() {
        int row = listed.getSelectionIndex();
        TableItem item = row < 0 ? null : listed.getItem(row);
        detail.setText(item == null ? "" : item.getText(2) + ": " + item.getText(1));
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
        byte[] read = content;
        return () -> FhirImport.register(patients, FhirImport.check(read, patients, forms, LocalDate.now()), keep);
    }

    @Override
    void checkAgain() {
        readFile();
    }
}
