package atlas.patients.ui.dialogs;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import atlas.core.patient.Patient;
import atlas.patients.ui.Messages;
import atlas.ui.AtlasContext;
import atlas.ui.AtlasDialog;
import atlas.ui.Counted;
import atlas.ui.InBackground;
import atlas.ui.Problems;
import atlas.ui.Widgets;

/**
 * What the two imports of another system's patients (a CSV export, a FHIR export) share: a file
 * read when its path is typed (Enter, which never registers) or chosen with Browse, a line saying
 * how it was read, a summary, the box that says likely duplicates are to be registered too, and
 * Register - offered only when the file's check allows it, saving all or nothing in the
 * background with a progress bar; refused, the file is checked again. The widgets' ids
 * begin with the subclass's {@code prefix} ("import.file", "fhirImport.register").
 */
abstract class PatientFileImport extends AtlasDialog {

    static final int WIDTH = 740;
    private final String prefix;
    private final String[] extensions;
    Text file;
    Label howRead;
    Label summary;
    Button keepDuplicates;
    Label message;
    private ProgressBar progress;
    private List<Patient> registered = List.of();

    PatientFileImport(Shell parent, String dialogId, String title, String prefix, String... extensions) {
        super(parent, dialogId, title);
        this.prefix = prefix;
        this.extensions = extensions;
    }

    /** The patients registered, in the file's order; empty unless the dialog ended with Register. */
    public List<Patient> registered() {
        return registered;
    }

    /** Reads the file typed or chosen and checks it. */
    abstract void readFile();

    /** Whether the file as checked now may be registered, likely duplicates included when {@code keep}. */
    abstract boolean mayRegister(boolean keep);

    /** The registration: the file checked once more inside the work (another desk may have registered one meanwhile). */
    abstract InBackground.Work<List<Patient>> registration(boolean keep);

    /** How many patients Register would save. */
    abstract int patientsToRegister();

    /** After a refused registration: the file checked again, as the user left the choices. */
    abstract void checkAgain();

    /** The area in three columns: the intro, then the file's path with Browse and the line saying how it was read. */
    Composite fileArea(Composite parent, String intro, String hint) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(area);
        intro(area, intro, WIDTH);
        new Label(area, SWT.NONE);
        new Label(area, SWT.NONE).setText(Messages.import_file);
        file = new Text(area, SWT.BORDER);
        file.setData(AtlasContext.WIDGET_ID, prefix + ".file");
        file.setMessage(hint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(file);
        file.addListener(SWT.DefaultSelection, e -> readFile());
        file.addListener(SWT.Traverse, e -> e.doit = e.detail != SWT.TRAVERSE_RETURN); // Enter reads, never registers
        Widgets.button(area, Messages.import_browse, prefix + ".browse", this::browse);
        howRead = new Label(area, SWT.WRAP);
        howRead.setData(AtlasContext.WIDGET_ID, prefix + ".howRead");
        GridDataFactory.fillDefaults().span(3, 1).hint(WIDTH, SWT.DEFAULT).applyTo(howRead);
        return area;
    }

    /** Below what the subclass lists: the summary, the duplicates' box, the progress bar and the refusal line. */
    void registerArea(Composite area) {
        summary = new Label(area, SWT.WRAP);
        summary.setData(AtlasContext.WIDGET_ID, prefix + ".summary");
        GridDataFactory.fillDefaults().span(3, 1).hint(WIDTH, SWT.DEFAULT).applyTo(summary);
        keepDuplicates = Widgets.check(area, Messages.import_keepDuplicates, prefix + ".keepDuplicates");
        GridDataFactory.fillDefaults().span(3, 1).applyTo(keepDuplicates);
        keepDuplicates.setEnabled(false);
        keepDuplicates.addListener(SWT.Selection, e -> offerRegister());
        progress = new ProgressBar(area, SWT.INDETERMINATE);
        GridDataFactory.fillDefaults().span(3, 1).exclude(true).applyTo(progress);
        progress.setVisible(false);
        message = refusalLine(area, prefix + ".message", WIDTH);
        GridDataFactory.fillDefaults().span(3, 1).hint(WIDTH, SWT.DEFAULT).applyTo(message);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Button register = createButton(parent, IDialogConstants.OK_ID, Messages.import_register, false);
        register.setData(AtlasContext.WIDGET_ID, prefix + ".register");
        register.setEnabled(false);
        cancelButton(parent);
    }

    private void browse() {
        FileDialog chooser = new FileDialog(getShell(), SWT.OPEN);
        chooser.setFilterExtensions(extensions);
        String chosen = chooser.open();
        if (chosen != null) {
            file.setText(chosen);
            readFile();
        }
    }

    /** The box offered only with likely duplicates (and cleared without them), then Register as the check allows. */
    void duplicatesFound(boolean canRegister, int duplicates) {
        keepDuplicates.setEnabled(canRegister && duplicates > 0);
        if (duplicates == 0) {
            keepDuplicates.setSelection(false);
        }
        offerRegister();
    }

    /** Register only for a checked file without problems, and with likely duplicates only once ticked. */
    void offerRegister() {
        Button register = getButton(IDialogConstants.OK_ID);
        if (register != null) {
            register.setEnabled(mayRegister(keepDuplicates.getSelection()));
        }
    }

    @Override
    protected void okPressed() {
        if (!getButton(IDialogConstants.OK_ID).isEnabled() || !mayRegister(keepDuplicates.getSelection())) {
            return; // Enter while a check runs
        }
        say(message, "");
        showProgress(true);
        summary.setText(Counted.of(Messages.import_registering, patientsToRegister()));
        getShell().layout(true, true);
        inBackground(registration(keepDuplicates.getSelection()), stored -> {
            registered = stored;
            super.okPressed();
        }, e -> {
            showProgress(false);
            say(message, NLS.bind(Messages.import_refused, Problems.of(e)));
            checkAgain();
        });
    }

    /** The progress bar shown (and laid out) only while the patients are being registered. */
    private void showProgress(boolean shown) {
        progress.setVisible(shown);
        ((org.eclipse.swt.layout.GridData) progress.getLayoutData()).exclude = !shown;
    }
}
