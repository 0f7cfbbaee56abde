package atlas.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;

/**
 * Issue 21, clinic plugins the Eclipse way: the example plugin, built on its own against Atlas's
 * published p2 repository (twice: a first release, then a newer one), is installed into a copy of
 * the built product by the launch script's plugin command - Equinox p2's planner and engine on the
 * product's own profile - then the product is started again and runs the plugin's form, is updated
 * to the newer release (one version at a time), and uninstalled until nothing of it runs. The desk
 * may not change plugins; an unsigned plugin needs --trust-unsigned; the newer release is signed by
 * its vendor (a key made by keytool) and installs without it, but not once a class is slipped into
 * its signed jar; an older release than the installed one is refused. Last, the administrator
 * installs it again by keys in the window (Administration > Plugins) and restarts Atlas as offered.
 */
class ClinicPluginP2ProductTest {

    private static final String FEATURE = "ch.seeblick.atlas.forms.feature";
    private static final String FORM = "form ch.seeblick.jawClenching";

    @Test
    void theExamplePluginIsInstalledUpdatedAndUninstalledThroughP2() throws Exception {
        Product.assumeRunnable();
        Path work = Path.of(System.getProperty("atlas.test.work")).resolve("p2-plugin");
        Product.deleteRecursively(work);
        // the first with the plugin's own tests, run against Atlas's published repository alone
        Path first = ExamplePlugin.build(work.resolve("builds"), "v20261201", true, true);
        Path newer = ExamplePlugin.build(work.resolve("builds"), "v20261202", false,
                ExamplePlugin.vendorKey(work, "CN=Physio Seeblick Demo Vendor, O=Physio Seeblick, C=CH"));
        // the signed release with a class slipped into its bundle after signing
        Path altered = work.resolve("altered");
        ExamplePlugin.copy(newer, altered);
        try (var jar = java.nio.file.FileSystems.newFileSystem(
                altered.resolve("plugins/ch.seeblick.atlas.forms_1.0.0.v20261202.jar"))) {
            Files.write(jar.getPath("ch/seeblick/atlas/forms/Slipped.class"), new byte[] { (byte) 0xCA, (byte) 0xFE });
        }

        Path folder = work.resolve("atlas");
        ExamplePlugin.copy(Path.of(System.getProperty("atlas.test.product")), folder);
        Product atlas = new Product(folder, work.resolve("data"));
        atlas.demoClinicWithProtectedKey();
        String admin = passwordFile(atlas, "admin");
        String desk = passwordFile(atlas, "desk");

        Product.Run run = atlas.command("", "--plugin", "install", first.toString(), "--trust-unsigned", "--user",
                "demo.desk", "--password-file", desk);
        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains(" may not ") || run.output().contains(" darf nicht "), run.output());

        run = atlas.command("", "--plugin", "install", first.toString(), "--user", "admin", "--password-file", admin);
        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains("Physio Seeblick forms 1.0.0.v20261201 (" + FEATURE + ") by Physio Seeblick"),
                run.output());
        assertTrue(run.output().contains("is not signed") && run.output().contains("--trust-unsigned"), run.output());

        run = atlas.command("", "--plugin", "install", first.toString(), "--trust-unsigned", "--user", "admin",
                "--password-file", admin);
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("Installed Physio Seeblick forms 1.0.0.v20261201."), run.output());

        // started again: the plugin is installed and its form runs
        run = atlas.command("", "--plugin", "list", "--user", "admin", "--password-file", admin);
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("Physio Seeblick forms 1.0.0.v20261201 (" + FEATURE + ")"), run.output());
        assertTrue(run.output().contains(FORM + " 1 from ch.seeblick.atlas.forms 1.0.0.v20261201"), run.output());

        run = atlas.command("", "--plugin", "install", altered.toString(), "--trust-unsigned", "--user", "admin",
                "--password-file", admin);
        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains("ch.seeblick.atlas.forms 1.0.0.v20261202 is not what its vendor built"),
                run.output());

        // signed by its vendor: shown, and installed without --trust-unsigned
        run = atlas.command("", "--plugin", "install", newer.toString(), "--user", "admin", "--password-file", admin);
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("signed by CN=Physio Seeblick Demo Vendor,O=Physio Seeblick,C=CH"),
                run.output());
        assertTrue(run.output().contains("installed now: 1.0.0.v20261201"), run.output());
        assertTrue(run.output().contains("Updated Physio Seeblick forms from 1.0.0.v20261201 to 1.0.0.v20261202."),
                run.output());
        run = atlas.command("", "--plugin", "list", "--user", "admin", "--password-file", admin);
        assertTrue(run.output().contains(FORM + " 1 from ch.seeblick.atlas.forms 1.0.0.v20261202"), run.output());
        assertFalse(run.output().contains("v20261201"), "one version of a plugin at a time:\n" + run.output());

        run = atlas.command("", "--plugin", "install", first.toString(), "--trust-unsigned", "--user", "admin",
                "--password-file", admin);
        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains("is older than the installed 1.0.0.v20261202"), run.output());

        run = atlas.command("", "--plugin", "uninstall", FEATURE, "--user", "admin", "--password-file", admin);
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("Removed Physio Seeblick forms 1.0.0.v20261202."), run.output());
        run = atlas.command("", "--plugin", "list", "--user", "admin", "--password-file", admin);
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("No clinic plugin is installed."), run.output());
        assertFalse(run.output().contains(FORM), "nothing of it runs once it is uninstalled:\n" + run.output());
        try (var files = Files.list(folder.resolve("plugins"))) {
            assertEquals(java.util.List.of(), files.map(file -> file.getFileName().toString())
                    .filter(name -> name.startsWith("ch.seeblick")).toList(),
                    "its files are gone from plugins/ once no start of Atlas runs it");
        }

        // the administrator does the same by keys in the window: Administration > Plugins > Install
        // from Zip, the zip typed into the file chooser, Install, Install Unsigned, then Restart Now
        atlas.start("--nl", "en");
        atlas.signIn("admin", Product.DEMO_PASSWORD);
        Keys.press("alt+d");
        Thread.sleep(800);
        Keys.press("l"); // P&lugins...
        Thread.sleep(2_500);
        Keys.press("alt+z"); // Install from &Zip...
        Thread.sleep(2_500);
        Keys.press("ctrl+l");
        Thread.sleep(500);
        Keys.type(first.toString());
        Thread.sleep(500);
        Keys.press("Return");
        Thread.sleep(3_000); // read, then the confirmation with its name, vendor, source and signer
        Keys.press("Return"); // Install
        Thread.sleep(1_500);
        Keys.press("Return"); // Install Unsigned: the second confirmation
        atlas.awaitLog(1, line -> line.contains("Clinic plugin " + FEATURE + " 1.0.0.v20261201 installed from " + first),
                "the plugin was not installed from the window");
        Thread.sleep(1_500);
        int ready = atlas.count(line -> line.contains("Atlas ready in"));
        Keys.press("Return"); // Restart Now
        atlas.awaitExit("Restart Now did not close Atlas");
        atlas.awaitStartedAgain(ready);
        assertTrue(atlas.log().stream().anyMatch(line -> line.contains("Atlas closes and starts again: " + folder.resolve("atlas")
                + " --data " + atlas.data() + " --idle-lock 600 --nl en")), String.join("\n", atlas.log()));
        atlas.killStarted();
        run = atlas.command("", "--plugin", "list", "--user", "admin", "--password-file", admin);
        assertTrue(run.output().contains(FORM + " 1 from ch.seeblick.atlas.forms 1.0.0.v20261201"), run.output());
        assertTrue(atlas.log().stream().anyMatch(line -> line.contains("Clinic plugin " + FEATURE + " 1.0.0.v20261202 uninstalled")),
                String.join("\n", atlas.log()));
    }

    private static String passwordFile(Product atlas, String name) throws Exception {
        Path file = atlas.data().resolve(name + ".password");
        Files.writeString(file, Product.DEMO_PASSWORD + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file.toString();
    }
}
