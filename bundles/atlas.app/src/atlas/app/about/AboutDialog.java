package atlas.app.about;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

import atlas.app.Messages;
import atlas.ui.AtlasContext;

/**
 * Help > About Atlas: the version and build, the Java it runs on, and every third-party library
 * running in it with its version and licence (as THIRD-PARTY-NOTICES.txt in the product folder
 * lists them with each licence's address).
 */
public class AboutDialog extends Dialog {

    public AboutDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.about_title);
        shell.setData(AtlasContext.WIDGET_ID, "about");
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Version version = FrameworkUtil.getBundle(AboutDialog.class).getVersion();
        Label title = new Label(area, SWT.NONE);
        title.setData(AtlasContext.WIDGET_ID, "about.version");
        title.setText(NLS.bind(Messages.about_version, version.getMajor() + "." + version.getMinor() + "."
                + version.getMicro(), version.getQualifier()));
        title.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        new Label(area, SWT.WRAP).setText(Messages.about_purpose);
        Label java = new Label(area, SWT.NONE);
        java.setData(AtlasContext.WIDGET_ID, "about.java");
        java.setText(NLS.bind(Messages.about_java, new Object[] { Runtime.version(), System.getProperty("java.vendor"),
                System.getProperty("osgi.os", "") + " " + System.getProperty("osgi.ws", "") + " "
                        + System.getProperty("osgi.arch", "") }));
        new Label(area, SWT.NONE).setText(Messages.about_libraries);
        Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setData(AtlasContext.WIDGET_ID, "about.libraries");
        table.setHeaderVisible(true);
        for (String heading : List.of(Messages.about_library, Messages.about_libraryVersion, Messages.about_licence)) {
            new TableColumn(table, SWT.NONE).setText(heading);
        }
        for (Libraries.Library library : running()) {
            new TableItem(table, SWT.NONE).setText(new String[] { library.name(), library.version(), library.known()
                    ? library.licence() : Messages.about_licenceNotKnown });
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
        // a long bundle name or build qualifier must not push the licence out of sight
        table.getColumn(0).setWidth(Math.min(table.getColumn(0).getWidth(), 330));
        table.getColumn(1).setWidth(Math.min(table.getColumn(1).getWidth(), 170));
        GridDataFactory.fillDefaults().grab(true, true).hint(820, 320).applyTo(table);
        Label notices = new Label(area, SWT.WRAP);
        notices.setText(NLS.bind(Messages.about_notices, installFolder() + ThirdPartyNotices.FILE));
        GridDataFactory.fillDefaults().hint(820, SWT.DEFAULT).applyTo(notices);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, Messages.about_close, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        close();
    }

    /** The third-party bundles running now, and the jars embedded in a bundle's lib/ folder. */
    static List<Libraries.Library> running() {
        List<Libraries.Library> found = new ArrayList<>();
        for (Bundle bundle : FrameworkUtil.getBundle(AboutDialog.class).getBundleContext().getBundles()) {
            String name = bundle.getSymbolicName();
            if (name == null || bundle.getBundleId() == 0) {
                continue;
            }
            if (!Libraries.ours(name)) {
                found.add(Libraries.of(name, bundle.getVersion().toString()));
            }
            for (URL jar : Collections.list(java.util.Objects.requireNonNullElse(bundle.findEntries("lib", "*.jar", false),
                    Collections.<URL>emptyEnumeration()))) {
                try (InputStream in = jar.openStream()) {
                    found.add(Libraries.embedded(jar.getPath().substring(jar.getPath().lastIndexOf('/') + 1), in));
                } catch (IOException e) {
                    found.add(Libraries.of(jar.getPath(), ""));
                }
            }
        }
        found.sort(Comparator.comparing(Libraries.Library::name));
        return found;
    }

    /** The product's folder, as the launcher gave it (osgi.install.area, a file: URL). */
    private static String installFolder() {
        String area = System.getProperty("osgi.install.area", "");
        return area.startsWith("file:") ? area.substring("file:".length()) : area;
    }
}
