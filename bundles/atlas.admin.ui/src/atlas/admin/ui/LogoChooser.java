package atlas.admin.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import atlas.api.validation.FieldError;
import atlas.core.clinic.ClinicLogo;
import atlas.core.validation.Wording;
import atlas.ui.AtlasContext;

/**
 * The logo row of Clinic Details: a file typed or browsed for, the logo shown as it will head the
 * prints, and Remove Logo. What the file holds is judged by {@link ClinicLogo#check()} with the rest
 * of the details, so the store refuses the same pictures the dialog does.
 */
final class LogoChooser {

    /** The preview's largest size, pixels: about as large as the logo prints. */
    private static final int PREVIEW_WIDTH = 220;
    private static final int PREVIEW_HEIGHT = 72;

    private final ClinicLogo current;
    private boolean removed;
    private Text file;
    private Label preview;
    private Label said;
    private Image shown;
    /** The typed file as read once after each change: its picture, or why it could not be taken. */
    private ClinicLogo fromFile = ClinicLogo.NONE;
    private List<FieldError> fileProblems = List.of();

    LogoChooser(ClinicLogo current) {
        this.current = current;
    }

    /** The row's widgets in the dialog's two-column grid; {@code changed} runs after every change. */
    Text create(Composite grid, Runnable changed) {
        Label caption = new Label(grid, SWT.NONE);
        caption.setText(Messages.clinic_logo);
        Composite row = new Composite(grid, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).applyTo(row);
        file = new Text(row, SWT.BORDER);
        file.setData(AtlasContext.WIDGET_ID, "clinic.logo");
        file.setMessage(Messages.clinic_logoHint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(file);
        Button browse = new Button(row, SWT.PUSH);
        browse.setText(Messages.clinic_logoBrowse);
        browse.setData(AtlasContext.WIDGET_ID, "clinic.logo.browse");
        browse.addListener(SWT.Selection, e -> browse());
        Button remove = new Button(row, SWT.PUSH);
        remove.setText(Messages.clinic_logoRemove);
        remove.setData(AtlasContext.WIDGET_ID, "clinic.logo.remove");
        remove.addListener(SWT.Selection, e -> {
            removed = true;
            file.setText("");
            update(changed);
        });
        new Label(grid, SWT.NONE);
        Composite shownRow = new Composite(grid, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 0).applyTo(shownRow);
        GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).applyTo(shownRow);
        preview = new Label(shownRow, SWT.NONE);
        preview.setData(AtlasContext.WIDGET_ID, "clinic.logo.preview");
        GridDataFactory.swtDefaults().hint(PREVIEW_WIDTH, PREVIEW_HEIGHT).align(SWT.BEGINNING, SWT.CENTER)
                .applyTo(preview);
        said = new Label(shownRow, SWT.WRAP);
        said.setData(AtlasContext.WIDGET_ID, "clinic.logo.said");
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(said);
        file.addListener(SWT.Modify, e -> {
            read();
            update(changed);
        });
        preview.addListener(SWT.Dispose, e -> forgetShown());
        update(() -> { });
        return file;
    }

    /** The logo the details will be saved with: the file's, else none after Remove, else the current one. */
    ClinicLogo chosen() {
        if (!file.getText().isBlank()) {
            return fromFile; // none when it could not be read: named by problems()
        }
        return removed ? ClinicLogo.NONE : current;
    }

    /** Why the typed file cannot be taken as it is (missing, unreadable, too large to read), else nothing. */
    List<FieldError> problems() {
        return fileProblems;
    }

    /** Reads the typed file once, as far as it can be taken. */
    private void read() {
        fromFile = ClinicLogo.NONE;
        fileProblems = List.of();
        String typed = file.getText().strip();
        if (typed.isEmpty()) {
            return;
        }
        String label = Wording.label(ClinicLogo.FIELD, ClinicLogo.LABEL);
        try {
            Path path = Path.of(typed);
            if (!Files.isRegularFile(path)) {
                fileProblems = List.of(new FieldError(ClinicLogo.FIELD, label,
                        NLS.bind(Messages.clinic_logoMissing, typed)));
                return;
            }
            long size = Files.size(path);
            if (size > ClinicLogo.MAX_BYTES) {
                fileProblems = List.of(new FieldError(ClinicLogo.FIELD, label, Wording.of("logo.tooLarge",
                        (size + 1023) / 1024, ClinicLogo.MAX_BYTES / 1024)));
                return;
            }
            fromFile = new ClinicLogo(Files.readAllBytes(path));
        } catch (IOException | RuntimeException e) {
            fileProblems = List.of(new FieldError(ClinicLogo.FIELD, label,
                    NLS.bind(Messages.clinic_logoUnreadable, typed, e.getMessage())));
        }
    }

    private void browse() {
        FileDialog chooser = new FileDialog(file.getShell(), SWT.OPEN);
        chooser.setFilterExtensions(new String[] { "*.png;*.jpg;*.jpeg;*.PNG;*.JPG;*.JPEG", "*" });
        String path = chooser.open();
        if (path != null) {
            file.setText(path);
        }
    }

    /** Shows the logo that would be saved, or says there is none. */
    private void update(Runnable changed) {
        ClinicLogo logo = chosen();
        forgetShown();
        if (logo.isPresent() && logo.check().isEmpty()) {
            try {
                ImageData data = new ImageData(new java.io.ByteArrayInputStream(logo.picture()));
                double scale = Math.min(1.0, Math.min((double) PREVIEW_WIDTH / data.width,
                        (double) PREVIEW_HEIGHT / data.height));
                shown = new Image(preview.getDisplay(), data.scaledTo(Math.max(1, (int) (data.width * scale)),
                        Math.max(1, (int) (data.height * scale))));
                preview.setImage(shown);
            } catch (org.eclipse.swt.SWTException unreadable) {
                preview.setImage(null); // ImageIO read it, SWT cannot: the prints will still carry it
            }
            said.setText(NLS.bind(Messages.clinic_logoCurrent, (logo.size() + 1023) / 1024));
        } else {
            preview.setImage(null);
            said.setText(file.getText().isBlank() ? Messages.clinic_logoNone : "");
        }
        // no picture: the words start where the picture would, not after an empty space
        boolean picture = preview.getImage() != null;
        ((org.eclipse.swt.layout.GridData) preview.getLayoutData()).exclude = !picture;
        preview.setVisible(picture);
        said.getParent().layout(true, true);
        changed.run();
    }

    private void forgetShown() {
        if (shown != null) {
            if (!preview.isDisposed()) {
                preview.setImage(null);
            }
            shown.dispose();
            shown = null;
        }
    }
}
