package atlas.store.internal;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * A {@link CrashWriter} in a JVM of its own, running the real store from the bundles of this test
 * runtime: its output lines collected as they come, its errors appended to a file, and killed
 * with SIGKILL (CrashSafetyTest, CompactionKillTest).
 */
final class WriterJvm {

    private final Process process;
    private final Path errors;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread reader;

    private WriterJvm(Process process, Path errors) {
        this.process = process;
        this.errors = errors;
        this.reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the pipe closes when the writer dies
            }
        });
        reader.start();
    }

    /** Starts the writer with the JVM's {@code options} and the writer's {@code arguments}. */
    static WriterJvm start(Path errors, List<String> options, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1"));
        command.addAll(options);
        command.addAll(List.of("-cp", classPath(), CrashWriter.class.getName()));
        command.addAll(List.of(arguments));
        return new WriterJvm(new ProcessBuilder(command).redirectError(Redirect.appendTo(errors.toFile())).start(), errors);
    }

    /** Waits for a line {@code wanted} accepts; false when the writer died first or the time ran out. */
    boolean await(Predicate<String> wanted, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (lines.stream().noneMatch(wanted) && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        return lines.stream().anyMatch(wanted);
    }

    /**
     * SIGKILL: no shutdown hooks, no clean close. Through the process handle, because
     * Process.destroyForcibly() also closes our end of the pipe and would drop the last lines.
     *
     * @return every line the writer printed
     */
    List<String> kill() throws InterruptedException {
        process.toHandle().destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        reader.join(30_000);
        return List.copyOf(lines);
    }

    /** What the writers wrote to their error file so far, for a failure's message. */
    String errors() throws IOException {
        return Files.exists(errors) ? Files.readString(errors) : "";
    }

    /** Every bundle of this test runtime as a plain class path, so the writer runs the real store. */
    static String classPath() {
        List<String> entries = new ArrayList<>();
        // Relative bundle locations are relative to the framework's install area.
        Path installArea = Path.of(java.net.URI.create(System.getProperty("osgi.install.area")));
        for (Bundle bundle : FrameworkUtil.getBundle(WriterJvm.class).getBundleContext().getBundles()) {
            String location = bundle.getLocation();
            int file = location.indexOf("file:");
            if (file >= 0) {
                File entry = installArea.resolve(location.substring(file + "file:".length())).normalize().toFile();
                // Reactor bundles run from their project folder, with classes in target/classes.
                File classes = new File(entry, "target/classes");
                entries.add((classes.isDirectory() ? classes : entry).getAbsolutePath());
            }
        }
        // The framework itself (the system bundle has no file location) for org.osgi.framework.
        entries.add(new File(FrameworkUtil.class.getProtectionDomain().getCodeSource().getLocation().getPath())
                .getAbsolutePath());
        return String.join(File.pathSeparator, entries);
    }
}
