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
 * still (wait cursor, buttons off, no closing; the shell carries {@link AtlasDialog#BUSY} for
 * tests), and the size a user gave a dialog is kept on this workstation for its next opening.
 */
final class DialogState {

    private static final Logger LOG = LoggerFactory.getLogger(DialogState.class);
    /** Beside the data, per workstation: sizes are how this screen and this user like them. */
    private static final String SIZES_FILE = "dialog-sizes.xml";
    private static DialogSettings sizes;

    private final String id;
    private final String title;
    private boolean busy;

    DialogState(String id, String title) {
        this.id = id;
        this.title = title;
    }

    boolean busy() {
        return busy;
    }

    /**
     * Runs {@code work} off the display thread, then {@code done} or {@code failed} on it;
     * {@code controls} turns the dialog's buttons off and on again. A second call while one runs
     * does nothing: a second press is not a second save.
     */
    <T> void inBackground(Shell shell, Consumer<Boolean> controls, InBackground.Work<T> work, Consumer<T> done,
            Consumer<Exception> failed) {
        if (busy) {
            return;
        }
        mark(shell, controls, true);
        InBackground.run(shell, title, work, result -> {
            mark(shell, controls, false);
            done.accept(result);
        }, e -> {
            mark(shell, controls, false);
            failed.accept(e);
        });
    }

    private void mark(Shell shell, Consumer<Boolean> controls, boolean now) {
        busy = now;
        if (shell.isDisposed()) {
            return;
        }
        shell.setData(AtlasDialog.BUSY, now ? Boolean.TRUE : null);
        shell.setCursor(now ? shell.getDisplay().getSystemCursor(SWT.CURSOR_WAIT) : null);
        controls.accept(!now);
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
        return new Point(Math.max(kept.x, needed.x), Math.max(kept.y, needed.y));
    }

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
