package atlas.product.tests;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built Atlas product on one data folder, started the way a clinic starts it: the launch
 * script of the product folder ({@code atlas --data FOLDER}). It can be signed in with real key
 * presses, quit with Ctrl+Q, or killed with SIGKILL; its log file tells what it did.
 */
final class Product {

    /** The demo accounts' password (README, "The two commands"). */
    static final String DEMO_PASSWORD = "atlas-demo-2026";
    private static final long START_TIMEOUT_MS = 120_000;
    /** A line the harness prints: a name of letters, "=", the value (the log's lines never match). */
    private static final Pattern VALUE = Pattern.compile("([A-Za-z][A-Za-z0-9]*)=(.*)");

    private final Path folder;
    private final Path data;
    private Process process;
    private int starts;
    /** The Java the launch script is given (JAVA_HOME); null: the one the tests run on finds. */
    private Path javaHome;

    Product(Path data) throws IOException {
        this(Path.of(System.getProperty("atlas.test.product")), data);
    }

    /** The product in {@code folder} (a copy of the built one, for a test that changes it), on {@code data}. */
    Product(Path folder, Path data) throws IOException {
        this.folder = folder;
        this.data = data;
        Files.createDirectories(data);
    }

    /**
     * Skips the calling test where the built product, a display or xdotool is missing - or fails it
     * where they are required (CI, atlas.test.tools.required).
     */
    static void assumeRunnable() {
        String product = System.getProperty("atlas.test.product", "");
        String missing = product.isEmpty() || !Files.isExecutable(Path.of(product, "atlas")) ? "the built product"
                : !Keys.available() ? "a display or xdotool" : null;
        if (missing != null) {
            org.junit.jupiter.api.Assertions.assertFalse(Boolean.getBoolean("atlas.test.tools.required"),
                    missing + " is required here (atlas.test.tools.required)");
            org.junit.jupiter.api.Assumptions.abort(missing + " is missing");
        }
    }

    Path data() {
        return data;
    }

    /** Starts and runs it on the Java in {@code home} from now on, as JAVA_HOME gives it to the launch script. */
    Product onJava(Path home) {
        javaHome = home;
        return this;
    }

    /**
     * A new demo clinic in the tests' work folder under {@code name} (one of an earlier run deleted
     * first), its key protected at the administrator's first sign-in, Atlas quit; the test is
     * skipped or failed as {@link #assumeRunnable()} says.
     */
    static Product newDemoClinic(String name) throws Exception {
        assumeRunnable();
        Path data = Path.of(System.getProperty("atlas.test.work")).resolve(name);
        deleteRecursively(data);
        Product atlas = new Product(data);
        atlas.demoClinicWithProtectedKey();
        return atlas;
    }

    /** Deletes a data folder of an earlier run and everything in it. */
    static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** Starts the product and waits until it asks for the sign-in. */
    void start(String... options) throws Exception {
        int ready = count(line -> line.contains("Atlas ready in"));
        launch(options);
        awaitLog(ready + 1, line -> line.contains("Atlas ready in"), "the sign-in was not asked");
        Thread.sleep(700); // the dialog takes the keyboard once it is shown
    }

    /** Starts the product on an empty data folder and waits until it asks for the clinic's first administrator. */
    void startNewClinic() throws Exception {
        launch();
        awaitLog(1, line -> line.contains("its first administrator is asked for"),
                "the first administrator was not asked for");
        Thread.sleep(1_500); // the dialog is opened after the line and takes the keyboard once shown
    }

    private void launch(String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(folder.resolve("atlas").toString(), "--data", data.toString()));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command);
        // the product's own log, with the record area's DEBUG lines (a save acknowledged, a record shown)
        builder.environment().put("ATLAS_VM_OPTS", "-Datlas.log.debug=atlas.patients.ui");
        if (javaHome != null) {
            builder.environment().put("JAVA_HOME", javaHome.toString());
        }
        starts++;
        File output = data.resolve("product-" + starts + ".out").toFile();
        process = builder.redirectErrorStream(true).redirectOutput(output).start();
    }

    /**
     * A clinic as after its first day: started with {@code --demo} (the demo accounts), the
     * administrator's first sign-in protects the key (the recovery key is shown once and confirmed
     * with the keyboard), then Atlas is quit.
     */
    void demoClinicWithProtectedKey() throws Exception {
        start("--demo");
        int signedIn = count(line -> line.contains(" signed in as "));
        Keys.type("admin");
        Keys.press("Tab");
        Keys.type(DEMO_PASSWORD);
        Keys.press("Return");
        awaitLog(signedIn + 1, line -> line.contains(" signed in as "), "the administrator was not signed in");
        Thread.sleep(1_500);
        // the recovery key dialog: tick "I have written it down", then Done
        Keys.press("Tab", "space", "Tab", "Return");
        awaitLog(1, line -> line.contains("Patient list shown"), "the recovery key dialog did not close");
        quit();
        if (Files.readString(data.resolve("atlas.keys")).contains("unprotected=")) {
            throw new AssertionError("the administrator's first sign-in did not protect the key");
        }
    }

    /** What a run of the launch script printed (standard output and error together) and its exit status. */
    record Run(int exit, String output) {
    }

    /**
     * Runs the launch script on the data folder with {@code options}, {@code input} on its standard
     * input (a script's answers, one per line: no terminal is attached), and waits for it to end.
     */
    Run command(String input, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(folder.resolve("atlas").toString(), "--data", data.toString()));
        command.addAll(List.of(options));
        return run(command, input);
    }

    /** Runs the launch script with exactly {@code arguments} (no data folder added). */
    Run script(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(folder.resolve("atlas").toString()));
        command.addAll(List.of(arguments));
        return run(command, "");
    }

    private static Run run(List<String> command, String input) throws Exception {
        Process running = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (var stdin = running.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(running.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!running.waitFor(120, TimeUnit.SECONDS)) {
            running.destroyForcibly();
            throw new AssertionError(command + " did not end within 2 minutes:\n" + output);
        }
        return new Run(running.exitValue(), output);
    }

    /** Signs in through the sign-in dialog with real key presses; waits for the patient list. */
    void signIn(String user, String password) throws Exception {
        int signedIn = count(line -> line.contains(" signed in as "));
        int listShown = count(line -> line.contains("Patient list shown"));
        Keys.type(user);
        Keys.press("Tab");
        Keys.type(password);
        Keys.press("Return");
        awaitLog(signedIn + 1, line -> line.contains(" signed in as "), user + " was not signed in");
        awaitLog(listShown + 1, line -> line.contains("Patient list shown"), "the patient list was not shown");
        Thread.sleep(500);
    }

    /** Ctrl+Q, then waits until the product has closed (drafts saved, backup written). */
    void quit() throws Exception {
        Keys.press("ctrl+q");
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            Path screen = screenshot();
            kill(); // not left running to take the keys of the tests after this one
            throw new AssertionError("Atlas did not quit within a minute of Ctrl+Q (screen: " + screen + "); log:\n"
                    + tail(30));
        }
    }

    /** Waits until the product has closed by itself (a quit the user chose in a dialog). */
    void awaitExit(String why) throws Exception {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            Path screen = screenshot();
            kill();
            throw new AssertionError(why + " (screen: " + screen + "); log:\n" + tail(30));
        }
    }

    /** Waits for a start of Atlas made by Atlas itself (Restart Now): the {@code ready}+1st "ready" line. */
    void awaitStartedAgain(int ready) throws Exception {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
        while (count(line -> line.contains("Atlas ready in")) <= ready) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("Atlas did not start again (screen: " + screenshot() + "); log:\n" + tail(30));
            }
            Thread.sleep(100);
        }
    }

    /** SIGKILL for a start this test did not make itself (Atlas started again by Atlas) on its data folder. */
    void killStarted() {
        String mark = "-Datlas.data=" + data;
        ProcessHandle.allProcesses().filter(running -> running.info().commandLine().orElse("").contains(mark))
                .forEach(started -> {
                    started.destroyForcibly();
                    started.onExit().join();
                });
    }

    /** SIGKILL: no shutdown hook, no close, as a crash or a pulled plug of the process. */
    void kill() throws InterruptedException {
        process.toHandle().destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    boolean running() {
        return process != null && process.isAlive();
    }

    List<String> log() throws IOException {
        Path log = data.resolve("logs").resolve("atlas.log");
        return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
    }

    int count(Predicate<String> which) throws IOException {
        return (int) log().stream().filter(which).count();
    }

    /** Every match of {@code pattern} in the log from line {@code from} on. */
    List<Matcher> matches(int from, Pattern pattern) throws IOException {
        List<String> lines = log();
        List<Matcher> found = new ArrayList<>();
        for (String line : lines.subList(Math.min(from, lines.size()), lines.size())) {
            Matcher matcher = pattern.matcher(line);
            if (matcher.find()) {
                found.add(matcher);
            }
        }
        return found;
    }

    void awaitLog(int times, Predicate<String> which, String failure) throws Exception {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
        while (count(which) < times) {
            if (System.currentTimeMillis() > deadline || (process != null && !process.isAlive())) {
                throw new AssertionError(failure + " (screen: " + screenshot() + "); log:\n" + tail(30));
            }
            Thread.sleep(100);
        }
    }

    /** The whole screen as a PNG beside the data folder, for a failure's message; null if none could be taken. */
    Path screenshot() {
        Path picture = data.resolveSibling(data.getFileName() + "-" + System.currentTimeMillis() + ".png");
        try {
            Process importing = new ProcessBuilder("import", "-window", "root", picture.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return importing.waitFor(30, TimeUnit.SECONDS) && importing.exitValue() == 0 ? picture : null;
        } catch (IOException e) {
            return null; // ImageMagick is not installed: the log has to do
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    String tail(int lines) throws IOException {
        List<String> all = log();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    /**
     * Runs a class of the harness bundle on the product's own class path (the shipped bundles) and
     * returns its {@code key=value} lines.
     */
    java.util.Map<String, String> harness(String mainClass, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("atlas.test.harness") + File.pathSeparator
                        + folder.resolve("plugins") + File.separator + "*",
                mainClass));
        command.addAll(List.of(arguments));
        Process reader = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(reader.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!reader.waitFor(120, TimeUnit.SECONDS) || reader.exitValue() != 0) {
            throw new AssertionError(mainClass + " failed:\n" + output);
        }
        java.util.Map<String, String> values = new java.util.HashMap<>();
        for (String line : output.split("\n")) {
            Matcher value = VALUE.matcher(line);
            if (value.matches()) {
                values.put(value.group(1), value.group(2));
            }
        }
        return values;
    }
}
