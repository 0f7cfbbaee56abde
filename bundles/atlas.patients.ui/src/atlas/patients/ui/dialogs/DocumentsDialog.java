package atlas.patients.ui.dialogs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import atlas.core.dates.ClinicDates;
import atlas.core.document.DocumentFormat;
import atlas.core.document.DocumentKind;
import atlas.core.document.DocumentSummary;
import atlas.core.document.PatientDocumentService;
import atlas.core.store.StoreException;
import atlas.core.validation.ValidationException;
import atlas.patients.ui.Labels;
import atlas.patients.ui.Messages;
import atlas.ui.AtlasContext;
import atlas.ui.AtlasDialog;
import atlas.ui.HandOut;
import atlas.ui.InBackground;
import atlas.ui.Widgets;

/**
 * Patient > Documents (issue 18): the patient's documents - printed by Atlas or received - newest
 * first, opened by Open, Enter or a double-click (a plain copy only while shown, see HandOut); and
 * a received file attached: its kind, its path typed or browsed, kept whole in the record or
 * refused by the store naming what is allowed. The front desk, which reads no clinical record,
 * sees no list and attaches referral scans only.
 */
public final class DocumentsDialog extends AtlasDialog {

    private final ClinicDates dates = ClinicDates.forPlatform();
    private final PatientDocumentService documents;
    private final long patientId;
    private final boolean readsRecord;
    private final List<DocumentKind> kinds;
    private List<DocumentSummary> shown = List.of();
    private Table table;
    private Combo kind;
    private Text file;
    private Label message;

    /** {@code readsRecord}: the user may read the clinical record (lists, opens, attaches every kind). */
    public DocumentsDialog(Shell parent, PatientDocumentService documents, long patientId, String patientName,
            boolean readsRecord) {
        super(parent, "dialog.documents", NLS.bind(Messages.documents_title, patientName));
        this.documents = documents;
        this.patientId = patientId;
        this.readsRecord = readsRecord;
        this.kinds = readsRecord ? Arrays.stream(DocumentKind.values()).filter(DocumentKind::received).toList()
                : List.of(DocumentKind.REFERRAL);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(area);
        intro(area, readsRecord ? Messages.documents_intro : Messages.documents_introDesk, 680);
        new Label(area, SWT.NONE);
        if (readsRecord) {
            table = Widgets.table(area, "documents.table", Messages.documents_columns.split("\\|"));
            GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(680, 170).applyTo(table);
            table.addListener(SWT.DefaultSelection, e -> openChosen());
            table.addListener(SWT.Traverse, DocumentsDialog::enterStaysHere);
            Composite actions = new Composite(area, SWT.NONE);
            GridLayoutFactory.fillDefaults().applyTo(actions);
            GridDataFactory.fillDefaults().span(3, 1).applyTo(actions);
            Widgets.button(actions, Messages.documents_open, "documents.open", this::openChosen);
        }
        kind = Widgets.labelledCombo(area, Messages.documents_kind, "documents.kind",
                kinds.stream().map(Labels::documentKind).toArray(String[]::new));
        kind.select(0);
        new Label(area, SWT.NONE);
        new Label(area, SWT.NONE).setText(Messages.documents_file);
        file = new Text(area, SWT.BORDER);
        file.setData(AtlasContext.WIDGET_ID, "documents.file");
        file.setMessage(Messages.documents_fileHint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(file);
        Widgets.button(area, Messages.documents_browse, "documents.browse", this::browse);
        file.addListener(SWT.DefaultSelection, e -> attach());
        file.addListener(SWT.Traverse, DocumentsDialog::enterStaysHere);
        Composite attaching = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(attaching);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(attaching);
        Widgets.button(attaching, Messages.documents_attach, "documents.attach", this::attach);
        message = refusalLine(area, "documents.message", 680);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(680, SWT.DEFAULT).applyTo(message);
        load(null);
        return area;
    }

    /** Enter in the file field attaches, on a row opens it - not Close, the dialog's default button. */
    private static void enterStaysHere(org.eclipse.swt.widgets.Event e) {
        if (e.detail == SWT.TRAVERSE_RETURN) {
            e.doit = false;
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        closeButton(parent);
    }

    private void browse() {
        FileDialog chooser = new FileDialog(getShell(), SWT.OPEN);
        chooser.setFilterExtensions(new String[] { "*.pdf;*.PDF;*.jpg;*.JPG;*.jpeg;*.JPEG;*.png;*.PNG", "*" });
        String chosen = chooser.open();
        if (chosen != null) {
            file.setText(chosen);
        }
    }

    /** Reads the file here (a size beyond the limit is not read at all), then keeps it in the background. */
    private void attach() {
        String typed = file.getText().strip();
        if (typed.isEmpty()) {
            say(message, Messages.documents_chooseFile);
            file.setFocus();
            return;
        }
        Path path = Path.of(typed);
        byte[] content;
        try {
            if (Files.size(path) > DocumentFormat.LARGEST_BYTES) {
                say(message, NLS.bind(Messages.documents_tooLarge, path.getFileName()));
                return;
            }
            content = Files.readAllBytes(path);
        } catch (IOException | RuntimeException e) {
            say(message, NLS.bind(Messages.documents_unreadable, typed, e.getMessage()));
            return;
        }
        DocumentKind chosen = kinds.get(kind.getSelectionIndex());
        String name = path.getFileName().toString();
        inBackground(() -> documents.attach(patientId, chosen, name, content), kept -> {
            file.setText("");
            say(message, NLS.bind(Messages.documents_attached, Labels.documentKind(chosen), name));
            load(kept.getId());
        }, e -> say(message, e instanceof ValidationException invalid
                ? NLS.bind(Messages.documents_refused, name, invalid.errors().get(0).message())
                : e instanceof StoreException stored ? stored.describe() : e.getMessage()));
    }

    private void openChosen() {
        int index = table.getSelectionIndex();
        if (index < 0) {
            say(message, Messages.documents_choose);
            return;
        }
        DocumentSummary summary = shown.get(index);
        inBackground(() -> documents.open(summary.id()), document -> {
            try {
                Path shownFrom = HandOut.show(document.getId() + "-" + document.getFileName(), document.getContent());
                say(message, NLS.bind(Messages.documents_opened, document.getFileName(), shownFrom));
            } catch (IOException e) {
                say(message, NLS.bind(Messages.documents_unreadable, document.getFileName(), e.getMessage()));
            }
        }, e -> say(message, e instanceof StoreException stored ? stored.describe() : e.getMessage()));
    }

    /** Reads the list in the background (not for the front desk); {@code chosen} (if any) is chosen in it. */
    private void load(Long chosen) {
        if (!readsRecord) {
            return;
        }
        InBackground.run(table, Messages.documents_reading, () -> documents.listOf(patientId), all -> {
            shown = all;
            table.removeAll();
            for (DocumentSummary document : all) {
                new TableItem(table, SWT.NONE).setText(new String[] { dates.dateTime(document.createdAt()),
                        Labels.documentKind(document.kind()), document.fileName(), document.createdBy() });
                if (chosen != null && document.id() == chosen) {
                    table.select(table.getItemCount() - 1);
                }
            }
            if (all.isEmpty()) {
                say(message, Messages.documents_none);
            }
            Widgets.packColumns(table);
        }, e -> say(message, e instanceof StoreException stored ? stored.describe() : e.getMessage()));
    }
}
