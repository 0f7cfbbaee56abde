package atlas.product.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 21: Atlas works fully on every Java the README names, not only starts. On Temurin 25 the
 * product started but its log was never written: SPI Fly's ASM (9.7) could not read Java 25's
 * class files, so SLF4J found no provider (and a clinic plugin's folder was not read). Each JDK
 * installed on this machine (/usr/lib/jvm, one per real folder) starts the built product on a new
 * data folder up to the first administrator's dialog: its own log must say it started on that Java,
 * and SLF4J must not have fallen back to its no-operation logger.
 */
class EveryJavaTest {

    @TestFactory
    Stream<DynamicTest> theProductStartsAndLogsOnEveryInstalledJava() throws Exception {
        Product.assumeRunnable();
        List<DynamicTest> tests = new ArrayList<>();
        installedJavas().forEach((version, home) -> tests.add(DynamicTest.dynamicTest("Java " + version + " (" + home
                + ")", () -> startsAndLogs(version, home))));
        assertFalse(tests.isEmpty(), "no JDK found in /usr/lib/jvm");
        return tests.stream();
    }

    private static void startsAndLogs(String version, Path home) throws Exception {
        Path data = Path.of(System.getProperty("atlas.test.work")).resolve("java-" + version);
        Product.deleteRecursively(data);
        Product atlas = new Product(data).onJava(home);
        try {
            atlas.startNewClinic();
            String log = Files.readString(data.resolve("logs").resolve("atlas.log"));
            assertTrue(log.contains("Atlas starting on Java " + version), "atlas.log names Java " + version + ":\n" + log);
            assertTrue(log.contains("Clinic plugins are read from"), "the clinic plugins' folder was read:\n" + log);
            try (Stream<Path> outputs = Files.list(data)) {
                for (Path output : outputs.filter(file -> file.getFileName().toString().endsWith(".out")).toList()) {
                    String printed = Files.readString(output);
                    assertFalse(printed.contains("No SLF4J providers"), "SLF4J without Logback on Java " + version
                            + ":\n" + printed);
                }
            }
        } finally {
            atlas.kill();
        }
    }

    /** Each JDK of /usr/lib/jvm by its version (as "java -version" would print it), one per real folder. */
    private static TreeMap<String, Path> installedJavas() throws Exception {
        TreeMap<String, Path> found = new TreeMap<>();
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return found;
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            for (Path home : homes.map(EveryJavaTest::real).distinct().sorted().toList()) {
                Path release = home.resolve("release");
                if (Files.isExecutable(home.resolve("bin").resolve("java")) && Files.exists(release)) {
                    Files.readAllLines(release).stream().filter(line -> line.startsWith("JAVA_VERSION="))
                            .map(line -> line.substring("JAVA_VERSION=".length()).replace("\"", "")).findFirst()
                            .ifPresent(version -> found.putIfAbsent(version, home));
                }
            }
        }
        return found;
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (java.io.IOException e) {
            return path;
        }
    }
}
