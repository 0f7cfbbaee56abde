package atlas.app.plugins;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import atlas.core.store.WorkstationSettings;

/**
 * Clinic plugins dropped as bundle jars into the dropins folder ({@code <product>/dropins}, set by
 * the launch script as {@code atlas.dropins}) are installed and started while Atlas runs, so a
 * clinic's form appears without a restart; at every start they are installed again. A jar that
 * is not a bundle or does not resolve is logged and left alone. A plugin runs in one version: a
 * newer jar of it replaces the running one, an older one is left out; a jar taken out of the
 * folder uninstalls its plugin (issue 21).
 */
@Component(immediate = true)
public class DropinsFolder {

    private static final Logger LOG = LoggerFactory.getLogger(DropinsFolder.class);
    /** How often the folder is looked at: a copied jar appears within this time. */
    static final long POLL_SECONDS = 2;

    private ScheduledExecutorService watcher;
    private final Set<Path> tried = new HashSet<>();

    /** What the platform says of a plugin (a component that fails) goes to atlas.log from before the first is installed. */
    @Reference
    private PlatformLog platformLog;

    /** Where the folder is: the launch options, read once by the settings service. */
    @Reference
    private WorkstationSettings settings;

    @Activate
    void activate(BundleContext context) {
        if (settings.dropinsFolder().isEmpty()) {
            return;
        }
        Path dropins = settings.dropinsFolder().get();
        LOG.info("Clinic plugins are read from {}", dropins);
        watcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "Atlas dropins");
            thread.setDaemon(true);
            return thread;
        });
        watcher.scheduleWithFixedDelay(() -> installNew(context, dropins), 0, POLL_SECONDS, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        if (watcher != null) {
            watcher.shutdownNow();
        }
    }

    /** Installs and starts every jar not tried yet; a jar still being copied is tried again. */
    void installNew(BundleContext context, Path dropins) {
        if (!Files.isDirectory(dropins)) {
            return;
        }
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(dropins, "*.jar")) {
            Set<Path> present = new HashSet<>();
            for (Path jar : jars) {
                present.add(jar);
                if (!tried.contains(jar) && settled(jar)) {
                    tried.add(jar);
                    install(context, jar);
                }
            }
            tried.retainAll(present); // a jar taken out and copied in again is tried again
            removeGone(context, dropins);
        } catch (IOException e) {
            LOG.warn("The dropins folder {} could not be read: {}", dropins, e.getMessage());
        }
    }

    /**
     * Installs the jar's bundle and starts it. A clinic plugin runs in one version only: a newer
     * version of a plugin that runs replaces it (the old bundle uninstalled, its packages refreshed),
     * an older or the same version beside it is left out and named in the log.
     */
    private static void install(BundleContext context, Path jar) {
        try {
            java.util.Optional<Plugin> plugin = Plugin.of(jar);
            if (plugin.isEmpty()) {
                LOG.error("Clinic plugin {} could not be installed: it is not an OSGi bundle (no Bundle-SymbolicName)", jar);
                return;
            }
            Bundle running = running(context, plugin.get().name());
            if (running != null && running.getVersion().compareTo(plugin.get().version()) >= 0) {
                LOG.error("Clinic plugin {} {} in {} is left out: version {} of it runs already ({}); two versions of a"
                        + " plugin never run side by side - remove the jar of the one not wanted", plugin.get().name(),
                        plugin.get().version(), jar, running.getVersion(), running.getLocation());
                return;
            }
            if (running != null) {
                running.uninstall();
                refresh(context, running);
            }
            Bundle bundle = context.installBundle("reference:" + jar.toUri());
            bundle.start(Bundle.START_ACTIVATION_POLICY);
            if (running == null) {
                LOG.info("Clinic plugin {} {} installed from {}", bundle.getSymbolicName(), bundle.getVersion(), jar);
            } else {
                LOG.info("Clinic plugin {} updated from {} to {} (from {})", bundle.getSymbolicName(), running.getVersion(),
                        bundle.getVersion(), jar);
            }
        } catch (BundleException | IOException | IllegalArgumentException e) {
            LOG.error("Clinic plugin {} could not be installed: {}", jar, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // Atlas is closing
        }
    }

    /**
     * Uninstalls each plugin whose jar was taken out of the folder (while Atlas ran or before it
     * started): the way a clinic removes a plugin dropped in. Its forms go with it.
     */
    private static void removeGone(BundleContext context, Path dropins) {
        String folder = "reference:" + dropins.toUri();
        for (Bundle bundle : context.getBundles()) {
            String location = bundle.getLocation();
            if (location.startsWith(folder) && bundle.getState() != Bundle.UNINSTALLED
                    && !Files.exists(Path.of(java.net.URI.create(location.substring("reference:".length()))))) {
                try {
                    bundle.uninstall();
                    refresh(context, bundle);
                    LOG.info("Clinic plugin {} {} removed: its jar is no longer in {}", bundle.getSymbolicName(),
                            bundle.getVersion(), dropins);
                } catch (BundleException e) {
                    LOG.error("Clinic plugin {} could not be removed: {}", bundle.getSymbolicName(), e.getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** The bundle of that name that is installed, if any. */
    private static Bundle running(BundleContext context, String name) {
        for (Bundle bundle : context.getBundles()) {
            if (name.equals(bundle.getSymbolicName()) && bundle.getState() != Bundle.UNINSTALLED) {
                return bundle;
            }
        }
        return null;
    }

    /** Lets go of an uninstalled bundle's classes: whoever wired to it is wired again (waits up to 30 s). */
    private static void refresh(BundleContext context, Bundle removed) throws InterruptedException {
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        context.getBundle(0).adapt(org.osgi.framework.wiring.FrameworkWiring.class)
                .refreshBundles(java.util.List.of(removed), event -> done.countDown());
        done.await(30, TimeUnit.SECONDS);
    }

    /** A plugin jar's bundle name and version, from its manifest. */
    record Plugin(String name, org.osgi.framework.Version version) {

        static java.util.Optional<Plugin> of(Path jar) throws IOException {
            try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
                java.util.jar.Manifest manifest = file.getManifest();
                String name = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-SymbolicName");
                if (name == null || name.isBlank()) {
                    return java.util.Optional.empty();
                }
                String version = manifest.getMainAttributes().getValue("Bundle-Version");
                return java.util.Optional.of(new Plugin(name.split(";")[0].strip(), org.osgi.framework.Version.parseVersion(
                        version == null ? "0" : version.strip())));
            }
        }
    }

    /** A jar whose size has not changed for a moment: no longer being copied. */
    private static boolean settled(Path jar) {
        try {
            long size = Files.size(jar);
            Thread.sleep(200);
            return size > 0 && size == Files.size(jar);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
