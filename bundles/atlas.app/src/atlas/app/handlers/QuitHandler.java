package atlas.app.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;

/** File > Quit (Ctrl+Q). Records are saved as they are entered, so quitting loses nothing. */
public class QuitHandler {

    @Execute
    void quit(IWorkbench workbench) {
        workbench.close();
    }
}
