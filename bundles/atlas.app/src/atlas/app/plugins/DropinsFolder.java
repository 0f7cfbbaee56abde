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
 * is not a bundle or does not resolve is logged and left alone.
 */
@Component(immediate = true)
public class DropinsFolder {

    private static final Logger LOG = LoggerFactory.getLogger(DropinsFolder.class);
    /** How often the folder is looked at: a copied jar appears within this time. */
    static final long POLL_SECONDS = 2;

    private ScheduledExecutorService watcher;
    private final Set<Path> tried = new HashSet<>();

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
        } catch (IOException e) {
            LOG.warn("The dropins folder {} could not be read: {}", dropins, e.getMessage());
        }
    }

    private static void install(BundleContext context, Path jar) {
        try {
            Bundle bundle = context.installBundle("reference:" + jar.toUri());
            bundle.start(Bundle.START_ACTIVATION_POLICY);
            LOG.info("Clinic plugin {} {} installed from {}", bundle.getSymbolicName(), bundle.getVersion(), jar);
        } catch (BundleException e) {
            LOG.error("Clinic plugin {} could not be installed: {}", jar, e.getMessage());
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
