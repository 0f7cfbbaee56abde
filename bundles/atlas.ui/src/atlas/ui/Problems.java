package atlas.ui;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import atlas.core.store.StoreException;

/** What a user reads when a command's work failed: what happened and, for the store, what to do. */
public final class Problems {

    private Problems() {
    }

    /** The store's problem with its advice on a line of its own; a refusal or anything else as it says itself. */
    public static String of(Exception e) {
        if (e instanceof StoreException stored) {
            return stored.describe() + "\n\n" + stored.problem().advice();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Says {@code e} in an error dialog titled {@code title} (the command's name). */
    public static void show(Shell shell, String title, Exception e) {
        if (!shell.isDisposed()) {
            MessageDialog.openError(shell, title, of(e));
        }
    }
}
