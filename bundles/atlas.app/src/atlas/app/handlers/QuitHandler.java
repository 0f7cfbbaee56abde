package atlas.app.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/**
 * File > Quit (Ctrl+Q). Records are saved as they are entered; what is still unsaved in a tab is
 * saved first (an editor that asks, the plan of care, asks), and Cancel or a refused save keeps
 * Atlas open with the typing on screen.
 */
public class QuitHandler {

    @Execute
    void quit(IWorkbench workbench, EPartService parts) {
        if (parts.saveAll(true)) {
            workbench.close();
        }
    }
}
