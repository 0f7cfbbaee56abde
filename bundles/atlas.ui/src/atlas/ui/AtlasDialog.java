package atlas.ui;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * A resizable dialog with its title and the id UI tests find it by; it opens at the size the user
 * last gave it on this workstation (never smaller than its content needs).
 */
public abstract class AtlasDialog extends Dialog {

    private final String id;
    private final String title;
    private final DialogState state;
    /** Shell data key set while a save runs in the background: read by UI tests. */
    public static final String BUSY = HoldStill.BUSY;

    protected AtlasDialog(Shell parent, String id, String title) {
        super(parent);
        this.id = id;
        this.title = title;
        this.state = new DialogState(id, title);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** A wrapped text across a two-column area: what the dialog is for. */
    protected static Label intro(Composite area, String text, int width) {
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(text);
        GridDataFactory.fillDefaults().span(2, 1).hint(width, SWT.DEFAULT).applyTo(intro);
        return intro;
    }

    /** The Cancel button, in the user's language (JFace's own label is English only here). */
    protected org.eclipse.swt.widgets.Button cancelButton(Composite parent) {
        return createButton(parent, org.eclipse.jface.dialogs.IDialogConstants.CANCEL_ID, Messages.dialog_cancel, false);
    }

    /**
     * The Close button of a dialog that saves as it goes (each step its own save), in the user's
     * language, named "dialog.close" for tests.
     */
    protected org.eclipse.swt.widgets.Button closeButton(Composite parent) {
        org.eclipse.swt.widgets.Button close = createButton(parent, org.eclipse.jface.dialogs.IDialogConstants.OK_ID,
                Messages.dialog_close, true);
        close.setData(AtlasContext.WIDGET_ID, "dialog.close");
        return close;
    }

    /** The red line across a two-column area where a refusal is said, named {@code id} for tests. */
    protected static Label refusalLine(Composite area, String id, int width) {
        Label line = new Label(area, SWT.WRAP);
        line.setData(AtlasContext.WIDGET_ID, id);
        line.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().span(2, 1).hint(width, SWT.DEFAULT).applyTo(line);
        return line;
    }

    /**
     * Shows {@code text} on a wrapping message line and grows the dialog to hold it whole: a
     * refusal that names interventions and red flags runs to several lines.
     */
    public static void say(Label line, String text) {
        line.setText(text == null ? "" : text);
        line.requestLayout();
        fitHeight(line.getShell());
    }

    /**
     * After a message was set: the dialog grows (never shrinks) to the height its wrapped lines
     * need at its width, so a refusal is read whole instead of cut off.
     */
    public static void fitHeight(Shell shell) {
        if (shell == null || shell.isDisposed()) {
            return;
        }
        org.eclipse.swt.graphics.Point now = shell.getSize();
        org.eclipse.swt.graphics.Point wanted = shell.computeSize(now.x, SWT.DEFAULT, true);
        if (wanted.y > now.y) {
            shell.setSize(now.x, wanted.y);
        }
        shell.layout(true, true);
    }

    /**
     * Runs {@code write} off the display thread while the dialog holds still - a wait cursor, its
     * buttons off, no closing, nothing saved twice - then {@code done} or {@code failed} on the
     * display thread: the window never waits for the store.
     */
    protected <T> void inBackground(InBackground.Work<T> write, java.util.function.Consumer<T> done,
            java.util.function.Consumer<Exception> failed) {
        state.inBackground(getShell(), enabled -> {
            if (getButtonBar() != null) {
                getButtonBar().setEnabled(enabled);
            }
        }, write, done, failed);
    }

    @Override
    protected void handleShellCloseEvent() {
        if (!state.busy()) {
            super.handleShellCloseEvent();
        }
    }

    @Override
    protected org.eclipse.jface.dialogs.IDialogSettings getDialogBoundsSettings() {
        return state.bounds();
    }

    @Override
    protected int getDialogBoundsStrategy() {
        return DialogState.STRATEGY;
    }

    @Override
    protected org.eclipse.swt.graphics.Point getInitialSize() {
        return DialogState.initialSize(getShell(), super.getInitialSize());
    }

    @Override
    public boolean close() {
        return DialogState.keepSizes(super.close());
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
        shell.setData(AtlasContext.WIDGET_ID, id);
    }
}
