package atlas.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;

/**
 * Issue 21: a clinic plugin that misbehaves is seen in Atlas's own log, and taking its jar out of
 * {@code dropins/} removes it. Before, what the platform said of a plugin - here a component whose
 * class is missing from its jar - reached only Equinox's log under {@code configuration/}, and a
 * plugin once dropped in stayed installed after its jar was taken out. The built product is
 * started through its launch script with such a jar in its dropins folder; the jar is taken out
 * while it runs, and Atlas is started again.
 */
class ClinicPluginProductTest {

    private static final String PLUGIN = "clinic.broken.sleep";

    @Test
    void aFaultyPluginIsNamedInAtlasLogAndTakingItsJarOutRemovesIt() throws Exception {
        Product.assumeRunnable();
        Path data = Path.of(System.getProperty("atlas.test.work")).resolve("faulty-plugin");
        Product.deleteRecursively(data);
        Path jar = Path.of(System.getProperty("atlas.test.product"), "dropins", PLUGIN + "-1.0.0.jar");
        Product atlas = new Product(data);
        try {
            faultyPlugin(jar);
            atlas.startNewClinic();
            atlas.awaitLog(1, line -> line.contains(" ERROR ") && line.contains("platform." + PLUGIN),
                    "the plugin's failure did not reach atlas.log");
            String failure = atlas.log().stream().filter(line -> line.contains("platform." + PLUGIN)).findFirst()
                    .orElseThrow();
            assertTrue(failure.contains(PLUGIN + ".SleepScreen"), "names the missing class: " + failure);
            assertTrue(atlas.log().stream().anyMatch(line -> line.contains("Clinic plugin " + PLUGIN + " 1.0.0 installed")),
                    String.join("\n", atlas.log()));

            // taken out while Atlas runs: uninstalled within the watcher's next look
            Files.delete(jar);
            atlas.awaitLog(1, line -> line.contains("Clinic plugin " + PLUGIN + " 1.0.0 removed: its jar is no longer in"),
                    "the plugin stayed installed after its jar was taken out");
            atlas.kill();
            int errors = atlas.count(line -> line.contains("platform." + PLUGIN));
            atlas.startNewClinic();
            atlas.awaitLog(2, line -> line.contains("its first administrator is asked for"), "Atlas did not start again");
            Thread.sleep(2_500);
            assertEquals(errors, atlas.count(line -> line.contains("platform." + PLUGIN)), "nothing of it once it is gone");
        } finally {
            atlas.kill();
            Files.deleteIfExists(jar);
        }
    }

    /** A clinic's plugin jar whose component names a class the jar lacks, as a build that left it out would. */
    private static void faultyPlugin(Path jar) throws Exception {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", PLUGIN);
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Bundle-Name", "Sleep screen (a clinic's faulty build)");
        main.putValue("Service-Component", "OSGI-INF/sleep.xml");
        main.putValue("Import-Package", "atlas.api.form;version=\"[1.0.0,2.0.0)\"");
        Path writing = jar.resolveSibling(jar.getFileName() + ".part");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(writing), manifest)) {
            out.putNextEntry(new JarEntry("OSGI-INF/sleep.xml"));
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<scr:component xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\""
                    + " name=\"" + PLUGIN + ".SleepScreen\" immediate=\"true\"><service><provide interface="
                    + "\"atlas.api.form.FormDefinition\"/></service><implementation class=\"" + PLUGIN + ".SleepScreen\"/>"
                    + "</scr:component>\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Files.move(writing, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
