package atlas.admin.ui;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import atlas.core.dates.ClinicDates;
import atlas.core.form.FormWordingService;
import atlas.core.form.ImportedWording;
import atlas.core.form.WordingFile;
import atlas.core.store.StoreException;
import atlas.ui.AtlasContext;
import atlas.ui.InBackground;
import atlas.ui.AtlasDialog;
import atlas.ui.Widgets;

/**
 * Administration > Questionnaire Wording: the licensed wordings the clinic imported, one file per
 * instrument and language ({@link WordingFile}). A file that does not fit its form is refused with
 * each line and key; the forms then show the imported wording and say whose it is.
 */
final class QuestionnaireWordingDialog extends AtlasDialog {

    private final ClinicDates dates = ClinicDates.forPlatform();
    private final FormWordingService wordings;
    private List<ImportedWording> shown = List.of();
    private Table table;
    private Text file;
    private Label message;

    QuestionnaireWordingDialog(Shell parent, FormWordingService wordings) {
        super(parent, "dialog.questionnaireWording", Messages.wording_title);
        this.wordings = wordings;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(area);
        intro(area, Messages.wording_intro, 720);
        new Label(area, SWT.NONE);
        table = Widgets.table(area, "wording.table", Messages.wording_columns.split("\\|"));
        GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(720, 150).applyTo(table);
        new Label(area, SWT.NONE).setText(Messages.wording_file);
        file = new Text(area, SWT.BORDER);
        file.setData(AtlasContext.WIDGET_ID, "wording.file");
        file.setMessage(Messages.wording_fileHint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(file);
        Widgets.button(area, Messages.wording_browse, "wording.browse", this::browse);
        Composite actions = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(actions);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(actions);
        Widgets.button(actions, Messages.wording_import, "wording.import", this::importFile);
        Widgets.button(actions, Messages.wording_remove, "wording.remove", this::remove);
        message = new Label(area, SWT.WRAP);
        message.setData(AtlasContext.WIDGET_ID, "wording.message");
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(720, SWT.DEFAULT).applyTo(message);
        load();
        return area;
    }

    /** Reads the imported wordings in the background and lists them. */
    private void load() {
        InBackground.run(table, Messages.wording_title, wordings::all, all -> {
            shown = all;
            table.removeAll();
            for (ImportedWording wording : all) {
                new TableItem(table, SWT.NONE).setText(new String[] { wording.getFormId(), wording.getLanguage(),
                        wording.getOwner(), dates.dateTime(wording.importedAt()), wording.getImportedBy() });
            }
            Widgets.packColumns(table);
        }, e -> say(message, e instanceof StoreException stored ? stored.describe() : e.getMessage()));
    }

    private void browse() {
        FileDialog chooser = new FileDialog(getShell(), SWT.OPEN);
        chooser.setFilterExtensions(new String[] { "*.properties;*.txt", "*" });
        String chosen = chooser.open();
        if (chosen != null) {
            file.setText(chosen);
        }
    }

    private void importFile() {
        Path path = Path.of(file.getText().strip());
        String text;
        try {
            // strict UTF-8: a file saved in another encoding is refused, not shown garbled
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path))).toString();
        } catch (CharacterCodingException e) {
            say(message, NLS.bind(Messages.wording_notUtf8, path));
            return;
        } catch (IOException | RuntimeException e) {
            say(message, NLS.bind(Messages.wording_unreadable, path, e.getMessage()));
            return;
        }
        inBackground(() -> wordings.importWording(text), kept -> {
            say(message, NLS.bind(Messages.wording_imported, new Object[] { kept.getFormId(), kept.getLanguage(),
                    kept.getOwner() }));
            load();
        }, e -> say(message, e instanceof WordingFile.Refused refused
                ? NLS.bind(Messages.wording_refused, path.getFileName(), refused.getMessage())
                : e instanceof StoreException stored ? stored.describe() : e.getMessage()));
    }

    private void remove() {
        int row = table.getSelectionIndex();
        if (row < 0) {
            say(message, Messages.wording_chooseFirst);
            return;
        }
        ImportedWording chosen = shown.get(row);
        inBackground(() -> {
            wordings.remove(chosen.getId());
            return chosen;
        }, removed -> {
            say(message, NLS.bind(Messages.wording_removed, removed.getFormId(), removed.getLanguage()));
            load();
        }, e -> say(message, e instanceof StoreException stored ? stored.describe() : e.getMessage()));
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.wording_close, true)
                .setData(AtlasContext.WIDGET_ID, "dialog.close");
    }
}
