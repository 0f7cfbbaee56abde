package atlas.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.DialogSettings;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What both dialog bases (AtlasDialog on JFace's Dialog, ValidatedDialog on its TitleAreaDialog)
 * share, kept in one place: a write runs in the background one at a time while the dialog holds
 * still ({@link HoldStill}), and the size a user gave a dialog is kept on this workstation for its next opening.
 */
final class DialogState {

    private static final Logger LOG = LoggerFactory.getLogger(DialogState.class);
    /** Beside the data, per workstation: sizes are how this screen and this user like them. */
    private static final String SIZES_FILE = "dialog-sizes.xml";
    private static DialogSettings sizes;

    private final String id;
    private final HoldStill writes;

    DialogState(String id, String title) {
        this.id = id;
        this.writes = new HoldStill(title);
    }

    boolean busy() {
        return writes.busy();
    }

    /** See {@link HoldStill#run}: the dialog's shell holds still while {@code work} runs. */
    <T> void inBackground(Shell shell, Consumer<Boolean> controls, InBackground.Work<T> work, Consumer<T> done,
            Consumer<Exception> failed) {
        writes.run(shell, controls, work, done, failed);
    }

    /** The section JFace keeps this dialog's size in (its id names it). */
    IDialogSettings bounds() {
        DialogSettings all = sizes();
        IDialogSettings section = all.getSection(id);
        return section != null ? section : all.addNewSection(id);
    }

    /** Only the size is kept: where a dialog opens follows the main window. */
    static final int STRATEGY = org.eclipse.jface.dialogs.Dialog.DIALOG_PERSISTSIZE;

    /**
     * The size to open with: {@code kept} (JFace's, from the last time), but never smaller than
     * the content needs now (another language, a longer message), so nothing opens clipped.
     */
    static Point initialSize(Shell shell, Point kept) {
        Point needed = shell.computeSize(SWT.DEFAULT, SWT.DEFAULT, true);
        // a long one-line text (a header's description) would make the dialog wider than the
        // window: it opens at a reading width instead, the text wrapped and the height grown to hold it
        int widest = Math.min(WIDEST, shell.getDisplay().getClientArea().width - 40);
        if (needed.x > widest) {
            needed = shell.computeSize(widest, SWT.DEFAULT, true);
        }
        // the size the user left it at, never wider than the screen
        int keptWidth = Math.min(kept.x, shell.getDisplay().getClientArea().width);
        return new Point(Math.max(keptWidth, needed.x), Math.max(kept.y, needed.y));
    }

    /** The widest a dialog opens when its content does not need more (JFace's own message lines wrap). */
    private static final int WIDEST = 860;

    /** After a dialog closed ({@code closed}): the kept sizes are written. */
    static boolean keepSizes(boolean closed) {
        if (closed) {
            save();
        }
        return closed;
    }

    /** Writes the kept sizes; a failure only costs the remembered size. */
    private static synchronized void save() {
        if (sizes == null) {
            return;
        }
        try {
            Path file = DataFolder.path().resolve(SIZES_FILE);
            Files.createDirectories(file.getParent());
            sizes.save(file.toString());
        } catch (IOException | RuntimeException e) {
            LOG.debug("Dialog sizes not kept: {}", e.getMessage());
        }
    }

    private static synchronized DialogSettings sizes() {
        if (sizes == null) {
            sizes = new DialogSettings("atlas-dialogs");
            try {
                Path file = DataFolder.path().resolve(SIZES_FILE);
                if (Files.isReadable(file)) {
                    sizes.load(file.toString());
                }
            } catch (IOException | RuntimeException e) {
                LOG.debug("Dialog sizes not read, dialogs open at their natural size: {}", e.getMessage());
            }
        }
        return sizes;
    }
}
