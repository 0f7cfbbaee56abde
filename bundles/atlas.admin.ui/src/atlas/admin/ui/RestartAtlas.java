package atlas.admin.ui;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.e4.ui.workbench.IWorkbench;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starting Atlas again after a change that takes effect at start (a clinic plugin installed). The
 * Java launcher Atlas starts with (no native Eclipse launcher on Maven Central) does not restart
 * on the workbench's restart code, so Atlas closes as at every quit - drafts saved, backup
 * written, the database and its folder's lock released - and, as the very last thing the JVM
 * does, starts its launch script again with this start's data folder, server, language and idle
 * lock. The script names itself in {@code atlas.launcher}; where no script did (Windows'
 * atlas.cmd for now), only quitting is offered.
 */
final class RestartAtlas {

    private static final Logger LOG = LoggerFactory.getLogger(RestartAtlas.class);
    static final String LAUNCHER = "atlas.launcher";

    private RestartAtlas() {
    }

    /** The launch script to start again, if this start came from one. */
    static Optional<File> launcher() {
        String script = System.getProperty(LAUNCHER, "");
        File file = new File(script);
        return script.isBlank() || !file.canExecute() ? Optional.empty() : Optional.of(file);
    }

    /** Closes the workbench; once the JVM ends, the launch script starts Atlas again. */
    static void now(IWorkbench workbench) {
        File script = launcher().orElseThrow();
        List<String> command = new ArrayList<>(List.of(script.getPath(), "--data", System.getProperty("atlas.data")));
        option(command, "--idle-lock", "atlas.idleLockSeconds");
        option(command, "--db-url", "atlas.db.url");
        option(command, "--db-user", "atlas.db.user");
        option(command, "--db-password-file", "atlas.db.passwordFile");
        option(command, "--nl", "osgi.nl");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                // its own output goes where this start's went; it outlives this JVM
                new ProcessBuilder(command).inheritIO().start();
            } catch (IOException e) {
                LOG.error("Atlas could not be started again with {}: {}", command, e.getMessage());
            }
        }, "Atlas restart"));
        LOG.info("Atlas closes and starts again: {}", String.join(" ", command));
        workbench.close();
    }

    private static void option(List<String> command, String option, String property) {
        String value = System.getProperty(property, "");
        if (!value.isBlank()) {
            command.add(option);
            command.add(value);
        }
    }
}
