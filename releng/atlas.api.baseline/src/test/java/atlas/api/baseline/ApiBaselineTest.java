package atlas.api.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The API baseline check on the real API bundle: the API built now keeps the versions its changes
 * need since the release it is compared with, and the check fails - naming the package, the
 * change and the version required - when a class a plugin may use is taken away without the next
 * major version; with that version it passes.
 */
class ApiBaselineTest {

    private static final String SECTION = "atlas/api/report/SectionContent.class";

    @Test
    void theApiBuiltNowMatchesItsVersionsSinceTheRelease() throws Exception {
        List<ApiBaseline.Problem> problems = ApiBaseline.check(released(), built());
        assertEquals(List.of(), problems, "bump the versions of the named packages (and the bundle), or undo the"
                + " change; after a release, put the released jar into releng/atlas.api.baseline/baseline");
    }

    @Test
    void aClassTakenAwayWithoutAMajorVersionFailsTheCheck() throws Exception {
        File broken = variant("removed", entry -> entry.equals(SECTION), manifest -> manifest);

        List<ApiBaseline.Problem> problems = ApiBaseline.check(released(), broken);

        assertEquals(1, problems.size(), problems.toString());
        ApiBaseline.Problem problem = problems.get(0);
        assertEquals("atlas.api.report", problem.packageName());
        assertEquals("1.0.0", problem.version());
        assertEquals("2.0.0", problem.required());
        assertTrue(problem.changes().stream().anyMatch(change -> change.contains("REMOVED")
                && change.contains("atlas.api.report.SectionContent")), problem.toString());
    }

    @Test
    void theSameChangeWithTheNextMajorVersionPasses() throws Exception {
        File bumped = variant("bumped", entry -> entry.equals(SECTION), manifest -> manifest
                .replace("atlas.api.report;version=\"1.0.0\"", "atlas.api.report;version=\"2.0.0\""));

        assertEquals(List.of(), ApiBaseline.check(released(), bumped));
    }

    @Test
    void theCommandLineExitsWithFailureOnABreak() throws Exception {
        File broken = variant("removed-cli", entry -> entry.equals(SECTION), manifest -> manifest);
        Process check = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), ApiBaseline.class.getName(), released().getPath(),
                broken.getPath()).redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes());
        assertEquals(1, check.waitFor(), output);
        assertTrue(output.contains("package atlas.api.report is 1.0.0 (released 1.0.0) but its changes need 2.0.0"),
                output);
    }

    private static File released() {
        File released = new File(System.getProperty("atlas.api.baseline"));
        assertTrue(released.isFile(), "the released API: " + released);
        return released;
    }

    private static File built() throws IOException {
        Path target = Path.of(System.getProperty("atlas.api.built"));
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(file -> file.getFileName().toString().matches("atlas\\.api-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError("the API bundle is not built in " + target))
                    .toFile();
        }
    }

    /** The released jar without the entries {@code left} names, its Export-Package rewritten. */
    private static File variant(String name, java.util.function.Predicate<String> left,
            UnaryOperator<String> exports) throws IOException {
        Path work = Files.createDirectories(Path.of(System.getProperty("atlas.test.work")));
        File variant = work.resolve(name + ".jar").toFile();
        try (JarFile released = new JarFile(released())) {
            Manifest manifest = new Manifest(released.getManifest());
            Attributes main = manifest.getMainAttributes();
            main.putValue("Export-Package", exports.apply(main.getValue("Export-Package")));
            try (OutputStream file = Files.newOutputStream(variant.toPath());
                    JarOutputStream jar = new JarOutputStream(file, manifest)) {
                for (JarEntry entry : released.stream().toList()) {
                    if (entry.getName().equals(JarFile.MANIFEST_NAME) || left.test(entry.getName())) {
                        continue;
                    }
                    jar.putNextEntry(new JarEntry(entry.getName()));
                    try (InputStream in = released.getInputStream(entry)) {
                        in.transferTo(jar);
                    }
                    jar.closeEntry();
                }
            }
        }
        return variant;
    }
}
