package atlas.product.tests;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The example clinic plugin built the way a clinic's developer builds theirs (README, "Write and
 * ship a clinic plugin"): examples/clinic-plugin with the plugin's bundle beside it, copied out of
 * Atlas's tree - so nothing of Atlas's own build is found - and built by Maven against Atlas's
 * published p2 repository alone.
 */
final class ExamplePlugin {

    private ExamplePlugin() {
    }

    /**
     * Builds it into {@code work}/{@code qualifier} with that version qualifier (a later qualifier is
     * a newer version to p2) and returns its p2 repository: the folder, or the zip when {@code zipped}.
     */
    static Path build(Path work, String qualifier, boolean zipped, String... mavenOptions) throws Exception {
        return build(work, qualifier, zipped, false, mavenOptions);
    }

    /** As {@link #build}, with the plugin's own tests beside it when {@code tested}: they must pass. */
    static Path build(Path work, String qualifier, boolean zipped, boolean tested, String... mavenOptions)
            throws Exception {
        Path project = work.resolve(qualifier);
        Product.deleteRecursively(project);
        copy(Path.of(System.getProperty("atlas.test.example")), project);
        Path bundle = Path.of(System.getProperty("atlas.test.example.bundle"));
        copy(bundle, project.resolve("ch.seeblick.atlas.forms"));
        if (tested) {
            copy(bundle.resolveSibling("ch.seeblick.atlas.forms.tests"), project.resolve("ch.seeblick.atlas.forms.tests"));
        }
        String maven = project.resolve("mvnw").toString(); // the example brings its Maven wrapper, as Atlas does
        // online as a clinic's developer builds: the vendor's signing (maven-jarsigner-plugin) is no
        // plugin of Atlas's own build, so it may not be in the local repository yet
        List<String> command = new ArrayList<>(List.of(maven, "-B", "-q", "verify",
                "-Datlas.repository=" + Path.of(System.getProperty("atlas.test.repository")).toUri(),
                "-DforceContextQualifier=" + qualifier));
        command.addAll(List.of(mavenOptions));
        File log = project.resolve("build.log").toFile();
        Process build = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(log).start();
        if (!build.waitFor(10, TimeUnit.MINUTES)) {
            build.destroyForcibly();
            throw new AssertionError("the example plugin's build did not end within 10 minutes");
        }
        if (build.exitValue() != 0) {
            throw new AssertionError("the example plugin did not build on its own against Atlas's repository:\n"
                    + Files.readString(log.toPath(), StandardCharsets.UTF_8));
        }
        if (tested && !Files.readString(log.toPath(), StandardCharsets.UTF_8).contains("Tests run: 6, Failures: 0")) {
            throw new AssertionError("the example plugin's own tests did not run in its build:\n"
                    + Files.readString(log.toPath(), StandardCharsets.UTF_8));
        }
        Path target = project.resolve("ch.seeblick.atlas.forms.repository/target");
        if (!zipped) {
            return target.resolve("repository");
        }
        try (var files = Files.list(target)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".zip")).findFirst()
                    .orElseThrow(() -> new AssertionError("no zipped repository in " + target));
        }
    }

    /**
     * A vendor's code-signing key, as a clinic plugin's vendor keeps one: a self-signed certificate
     * in a PKCS#12 keystore made by the JDK's keytool; returns the Maven options that sign with it.
     */
    static String[] vendorKey(Path work, String subject) throws Exception {
        Path keystore = work.resolve("vendor.p12");
        Files.createDirectories(work);
        Files.deleteIfExists(keystore);
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "vendor", "-dname", subject, "-keyalg", "RSA", "-keysize", "2048", "-validity",
                "3650", "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", "vendor-secret",
                "-keypass", "vendor-secret").redirectErrorStream(true).start();
        String said = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (keytool.waitFor() != 0) {
            throw new AssertionError("keytool made no key: " + said);
        }
        return new String[] { "-Djarsigner.keystore=" + keystore, "-Djarsigner.alias=vendor",
                "-Djarsigner.storepass=vendor-secret" };
    }

    /** Copies a folder's tree, leaving out what an earlier build left in it (target/). */
    static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path relative = from.relativize(file);
                if (relative.toString().equals("target") || relative.startsWith("target")) {
                    continue;
                }
                Path copy = to.resolve(relative.toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
