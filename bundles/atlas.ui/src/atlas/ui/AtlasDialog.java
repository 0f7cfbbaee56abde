package atlas.ui;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;

/** A resizable dialog with its title and the id UI tests find it by. */
public abstract class AtlasDialog extends Dialog {

    private final String id;
    private final String title;

    protected AtlasDialog(Shell parent, String id, String title) {
        super(parent);
        this.id = id;
        this.title = title;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
        shell.setData(AtlasContext.WIDGET_ID, id);
    }
}
