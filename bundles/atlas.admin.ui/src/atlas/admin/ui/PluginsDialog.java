package atlas.admin.ui;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import atlas.core.store.StoreException;
import atlas.plugins.ClinicPlugins;
import atlas.plugins.InstalledPlugin;
import atlas.plugins.PluginOffer;
import atlas.ui.AtlasContext;
import atlas.ui.AtlasDialog;
import atlas.ui.Widgets;

/**
 * Administration > Plugins (issue 21): the clinic plugins installed, with versions and vendors;
 * install or update one from the p2 repository its vendor ships (a folder or a .zip), uninstall
 * one. Before anything is installed the administrator confirms where it comes from, its name,
 * version and vendor and who signed it; an unsigned plugin needs a second confirmation. The rules
 * (who may, audit, p2's signature check) are the service's; a change is used from Atlas's next
 * start, which is offered at once.
 */
final class PluginsDialog extends AtlasDialog {

    private final ClinicPlugins plugins;
    private final IWorkbench workbench;
    private List<InstalledPlugin> shown = List.of();
    private Table table;
    private Label message;

    PluginsDialog(Shell parent, ClinicPlugins plugins, IWorkbench workbench) {
        super(parent, "dialog.plugins", Messages.plugins_title);
        this.plugins = plugins;
        this.workbench = workbench;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().applyTo(area);
        intro(area, Messages.plugins_intro, 720);
        table = Widgets.table(area, "plugins.table", Messages.plugins_columns.split("\\|"));
        GridDataFactory.fillDefaults().grab(true, true).hint(720, 150).applyTo(table);
        Composite actions = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(actions);
        Widgets.button(actions, Messages.plugins_installFolder, "plugins.installFolder", this::installFromFolder);
        Widgets.button(actions, Messages.plugins_installZip, "plugins.installZip", this::installFromZip);
        Widgets.button(actions, Messages.plugins_uninstall, "plugins.uninstall", this::uninstall);
        message = new Label(area, SWT.WRAP);
        message.setData(AtlasContext.WIDGET_ID, "plugins.message");
        GridDataFactory.fillDefaults().grab(true, false).hint(720, SWT.DEFAULT).applyTo(message);
        load();
        return area;
    }

    private void load() {
        inBackground(plugins::installed, installed -> {
            shown = installed;
            table.removeAll();
            for (InstalledPlugin plugin : installed) {
                new TableItem(table, SWT.NONE)
                        .setText(new String[] { plugin.name(), plugin.version(), plugin.vendor(), plugin.id() });
            }
            Widgets.packColumns(table);
            if (installed.isEmpty()) {
                say(message, Messages.plugins_none);
            }
        }, this::refused);
    }

    private void installFromFolder() {
        String chosen = new DirectoryDialog(getShell()).open();
        if (chosen != null) {
            install(Path.of(chosen));
        }
    }

    private void installFromZip() {
        FileDialog chooser = new FileDialog(getShell(), SWT.OPEN);
        chooser.setFilterExtensions(new String[] { "*.zip", "*" });
        String chosen = chooser.open();
        if (chosen != null) {
            install(Path.of(chosen));
        }
    }

    /** Reads what the repository offers, has the administrator confirm each plugin, then installs it. */
    private void install(Path repository) {
        say(message, NLS.bind(Messages.plugins_reading, repository));
        inBackground(() -> plugins.read(repository), offers -> {
            for (PluginOffer offer : offers) {
                if (!confirmed(offer)) {
                    say(message, NLS.bind(Messages.plugins_notInstalled, offer.name()));
                    continue;
                }
                boolean unsigned = !offer.signed();
                say(message, NLS.bind(Messages.plugins_installing, offer.name(), offer.version()));
                inBackground(() -> plugins.install(offer, unsigned), done -> {
                    say(message, done);
                    load();
                    offerRestart(done);
                }, this::refused);
            }
        }, this::refused);
    }

    /** The first confirmation, with everything known of the plugin; a second one when it is not signed. */
    private boolean confirmed(PluginOffer offer) {
        String signedBy = offer.signed() ? String.join("\n    ", offer.signers())
                : offer.signers().isEmpty() ? Messages.plugins_unsigned
                        : NLS.bind(Messages.plugins_partlySigned, String.join("; ", offer.signers()));
        String text = NLS.bind(Messages.plugins_confirm, new Object[] { offer.name(), offer.version(),
                offer.installedVersion().orElse(Messages.plugins_notYet), offer.vendor(), offer.source(), signedBy });
        if (MessageDialog.open(offer.signed() ? MessageDialog.QUESTION : MessageDialog.WARNING, getShell(),
                Messages.plugins_confirmTitle, text, SWT.NONE, Messages.plugins_install,
                atlas.ui.Messages.dialog_cancel) != 0) {
            return false;
        }
        return offer.signed() || MessageDialog.open(MessageDialog.WARNING, getShell(), Messages.plugins_unsignedTitle,
                NLS.bind(Messages.plugins_unsignedConfirm, offer.name(), offer.vendor()), SWT.NONE,
                Messages.plugins_installUnsigned, atlas.ui.Messages.dialog_cancel) == 0;
    }

    private void uninstall() {
        int row = table.getSelectionIndex();
        if (row < 0) {
            say(message, Messages.plugins_chooseFirst);
            return;
        }
        InstalledPlugin plugin = shown.get(row);
        if (!MessageDialog.openQuestion(getShell(), Messages.plugins_title,
                NLS.bind(Messages.plugins_uninstallQuestion, plugin.name(), plugin.version()))) {
            return;
        }
        inBackground(() -> plugins.uninstall(plugin), done -> {
            say(message, done);
            load();
            offerRestart(done);
        }, this::refused);
    }

    /**
     * The change is used from the next start: starting again now is offered (quitting, where Atlas
     * was not started by its launch script), drafts saved and the backup written as at every quit.
     */
    private void offerRestart(String done) {
        boolean restart = RestartAtlas.launcher().isPresent();
        if (MessageDialog.open(MessageDialog.QUESTION, getShell(), Messages.plugins_title,
                done + "\n\n" + (restart ? Messages.plugins_restartQuestion : Messages.plugins_quitQuestion), SWT.NONE,
                restart ? Messages.plugins_restartNow : Messages.plugins_quitNow, Messages.plugins_later) == 0) {
            close();
            if (restart) {
                RestartAtlas.now(workbench);
            } else {
                workbench.close();
            }
        }
    }

    private void refused(Exception e) {
        say(message, e instanceof StoreException stored ? stored.describe() : e.getMessage());
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.wording_close, true)
                .setData(AtlasContext.WIDGET_ID, "dialog.close");
    }
}
