package atlas.plugins.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

import atlas.api.form.FormDefinition;
import atlas.core.security.AccessDeniedException;
import atlas.core.security.Session;
import atlas.core.security.SignInRefused;
import atlas.core.security.UserService;
import atlas.core.store.StoreException;
import atlas.plugins.ClinicPlugins;
import atlas.plugins.InstalledPlugin;
import atlas.plugins.PluginOffer;
import atlas.plugins.PluginRefused;
import atlas.core.command.Credentials;
import atlas.core.command.Terminal;

/**
 * {@code atlas --plugin list | install REPOSITORY [--trust-unsigned] | uninstall ID}: the clinic's
 * plugins changed from a shell, through the same service as Administration > Plugins (the
 * administrator signed in, the change audited, p2 checking signatures). Runs inside Equinox - p2
 * needs the framework - with this as the application instead of the window. Exit status 0 done, 1
 * refused (named), 2 a command line that cannot run.
 */
public class PluginCommand implements IApplication {

    static final String USAGE = """
            usage: atlas [--data FOLDER] --plugin list
                   atlas [--data FOLDER] --plugin install REPOSITORY [--trust-unsigned]
                   atlas [--data FOLDER] --plugin uninstall PLUGIN-ID
              REPOSITORY  the plugin's p2 repository: its folder, or that folder as a .zip
              (an administrator's user name and password are asked; a script gives --user NAME --password-file FILE)""";

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] arguments = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        try {
            return run(Arrays.asList(arguments));
        } catch (Usage e) {
            System.err.println("atlas --plugin: " + e.getMessage());
            System.err.println(USAGE);
            return 2;
        } catch (PluginRefused | StoreException | SignInRefused | AccessDeniedException | Credentials.Refused e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }

    private int run(List<String> arguments) throws Exception {
        List<String> words = new ArrayList<>();
        String user = null;
        Path passwordFile = null;
        boolean trustUnsigned = false;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            switch (argument) {
            case "--user" -> user = value(arguments, ++i, argument);
            case "--password-file" -> passwordFile = Path.of(value(arguments, ++i, argument));
            case "--trust-unsigned" -> trustUnsigned = true;
            default -> {
                if (argument.startsWith("--")) {
                    throw new Usage("unknown option " + argument);
                }
                words.add(argument);
            }
            }
        }
        if (words.isEmpty() || !List.of("list", "install", "uninstall").contains(words.get(0))
                || words.size() != (words.get(0).equals("list") ? 1 : 2)) {
            throw new Usage(words.isEmpty() ? "what to do is missing" : "cannot read " + String.join(" ", words));
        }
        BundleContext bundles = FrameworkUtil.getBundle(PluginCommand.class).getBundleContext();
        Credentials who = Credentials.of(user, passwordFile, new Terminal());
        try {
            service(bundles, UserService.class).signIn(who.username(), who.password(), Instant.now());
        } finally {
            who.clear();
        }
        try {
            ClinicPlugins plugins = service(bundles, ClinicPlugins.class);
            return switch (words.get(0)) {
            case "list" -> list(bundles, plugins);
            case "install" -> install(plugins, Path.of(words.get(1)), trustUnsigned);
            default -> uninstall(plugins, words.get(1));
            };
        } finally {
            service(bundles, Session.class).end();
        }
    }

    private static int list(BundleContext bundles, ClinicPlugins plugins) throws Exception {
        List<InstalledPlugin> installed = plugins.installed();
        if (installed.isEmpty()) {
            System.out.println("No clinic plugin is installed.");
        }
        for (InstalledPlugin plugin : installed) {
            System.out.println(plugin.name() + " " + plugin.version() + " (" + plugin.id() + ")"
                    + (plugin.vendor().isEmpty() ? "" : ", by " + plugin.vendor()));
        }
        // what this start of Atlas runs: the forms of the clinics' bundles (not Atlas's own)
        for (ServiceReference<FormDefinition> reference : bundles.getServiceReferences(FormDefinition.class, null)) {
            Bundle from = reference.getBundle();
            if (from != null && !from.getSymbolicName().startsWith("atlas.")) {
                FormDefinition form = bundles.getService(reference);
                try {
                    System.out.println("  form " + form.id() + " " + form.version() + " from " + from.getSymbolicName()
                            + " " + from.getVersion());
                } catch (RuntimeException e) {
                    System.out.println("  form of " + from.getSymbolicName() + " cannot be read: " + e);
                } finally {
                    bundles.ungetService(reference);
                }
            }
        }
        return 0;
    }

    private static int install(ClinicPlugins plugins, Path repository, boolean trustUnsigned) throws Exception {
        for (PluginOffer offer : plugins.read(repository)) {
            System.out.println(offer.name() + " " + offer.version() + " (" + offer.id() + ")"
                    + (offer.vendor().isEmpty() ? "" : " by " + offer.vendor()) + " from " + offer.source());
            offer.installedVersion().ifPresent(version -> System.out.println("  installed now: " + version));
            if (offer.signed()) {
                System.out.println("  signed by " + String.join("; ", offer.signers()));
            } else if (!trustUnsigned) {
                System.err.println(offer.name() + " " + offer.version() + " is not signed"
                        + (offer.signers().isEmpty() ? "" : " in all its files") + "; nobody vouches for what it "
                        + "does with the clinic's records. To install it anyway: --trust-unsigned");
                return 1;
            } else {
                System.out.println("  NOT signed - installed as --trust-unsigned says");
            }
            System.out.println(plugins.install(offer, trustUnsigned));
        }
        return 0;
    }

    private static int uninstall(ClinicPlugins plugins, String id) throws Exception {
        for (InstalledPlugin plugin : plugins.installed()) {
            if (plugin.id().equals(id)) {
                System.out.println(plugins.uninstall(plugin));
                return 0;
            }
        }
        throw new PluginRefused(atlas.core.validation.Wording.of("plugin.notInstalled", id));
    }

    private static String value(List<String> arguments, int index, String option) throws Usage {
        if (index >= arguments.size() || arguments.get(index).startsWith("--")) {
            throw new Usage(option + " needs a value");
        }
        return arguments.get(index);
    }

    /** The service, waiting a little for DS to bring it up (the database opens first). */
    private static <T> T service(BundleContext bundles, Class<T> type) throws InterruptedException, PluginRefused {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(bundles, type, null);
        tracker.open();
        T service = tracker.waitForService(60_000);
        if (service == null) {
            throw new PluginRefused(type.getSimpleName() + " did not start; see the log (<data>/logs/atlas.log)");
        }
        return service;
    }

    @Override
    public void stop() {
        // runs to its end: a p2 change half made would leave the profile as the engine left it
    }

    /** A command line that cannot run. */
    private static final class Usage extends Exception {
        private static final long serialVersionUID = 1L;

        Usage(String message) {
            super(message);
        }
    }
}
