package atlas.app.about;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;

/** Help > About Atlas. */
public class AboutHandler {

    @Execute
    void show(Shell shell) {
        new AboutDialog(shell).open();
    }
}
