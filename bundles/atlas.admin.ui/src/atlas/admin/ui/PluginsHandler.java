package atlas.admin.ui;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.widgets.Shell;

import atlas.core.security.Permission;
import atlas.core.security.UserAccount;
import atlas.plugins.ClinicPlugins;
import atlas.ui.AtlasContext;
import jakarta.inject.Named;

/** Administration > Plugins: for whoever may manage the clinic's plugins (the administrator). */
public class PluginsHandler {

    @CanExecute
    boolean mayManage(@Optional @Named(AtlasContext.USER) UserAccount user) {
        return user != null && user.may(Permission.MANAGE_PLUGINS);
    }

    @Execute
    void open(Shell shell, @Service ClinicPlugins plugins, IWorkbench workbench) {
        new PluginsDialog(shell, plugins, workbench).open();
    }
}
