package atlas.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Issue 21: Atlas for every desk. Windows and macOS cannot be started here, so each built product
 * is checked the way its system would load it: the product's bundles installed into the OSGi
 * framework (Equinox, the product's version) told it runs on that system - os, window system and
 * architecture - and resolved without starting anything. Every bundle must resolve, SWT's native
 * fragment of that system among them and no other system's; the archive is there, the files a
 * person starts it by (the launch script, Atlas.app, Atlas.vbs) with the icon, and the third-party
 * notices listing each library under its licence.
 */
class EveryPlatformTest {

    /** os, ws, arch; the archive's format; the files to start it by. */
    private static final List<String[]> DESKS = List.of(
            new String[] { "linux", "gtk", "x86_64", "tar.gz", "atlas", "atlas.png" },
            new String[] { "linux", "gtk", "aarch64", "tar.gz", "atlas", "atlas.png" },
            new String[] { "win32", "win32", "x86_64", "zip", "atlas.cmd", "Atlas.vbs", "atlas.ico" },
            new String[] { "macosx", "cocoa", "x86_64", "tar.gz", "atlas", "../Info.plist", "../MacOS/Atlas",
                    "../Resources/atlas.icns" },
            new String[] { "macosx", "cocoa", "aarch64", "tar.gz", "atlas", "../Info.plist", "../MacOS/Atlas",
                    "../Resources/atlas.icns" });

    @TestFactory
    Stream<DynamicTest> everyProductResolvesOnItsSystem() {
        Path products = Path.of(System.getProperty("atlas.test.products", "missing"));
        if (!Files.isDirectory(products.resolve("atlas.product"))) {
            org.junit.jupiter.api.Assertions.assertFalse(Boolean.getBoolean("atlas.test.tools.required"),
                    "the built products are required here: " + products);
            org.junit.jupiter.api.Assumptions.abort("the products are not built");
        }
        return DESKS.stream().map(desk -> DynamicTest.dynamicTest(desk[0] + "." + desk[1] + "." + desk[2],
                () -> resolves(products, desk)));
    }

    private static void resolves(Path products, String[] desk) throws Exception {
        String os = desk[0];
        String ws = desk[1];
        String arch = desk[2];
        Path built = products.resolve("atlas.product").resolve(os).resolve(ws).resolve(arch);
        // macOS: p2's layout, the product inside the app (Atlas.app/Contents/Eclipse)
        Path folder = os.equals("macosx") ? built.resolve("Atlas.app/Contents/Eclipse") : built.resolve("atlas");
        assertTrue(Files.isDirectory(folder.resolve("plugins")), "no product for " + os + "/" + arch + ": " + folder);
        Path archive = products.resolve("atlas-0.1.0-SNAPSHOT-" + os + "." + ws + "." + arch + "." + desk[3]);
        assertTrue(Files.size(archive) > 10 << 20, archive + " holds the product");
        for (int i = 4; i < desk.length; i++) {
            assertTrue(Files.isRegularFile(folder.resolve(desk[i])), desk[i] + " in the " + os + " product");
        }
        if (!os.equals("win32")) {
            assertTrue(Files.isExecutable(folder.resolve("atlas")), "the launch script may be run");
        }
        // the third-party notices, every library under its licence (the build refuses one of no known licence)
        String notices = Files.readString(folder.resolve("THIRD-PARTY-NOTICES.txt"));
        assertTrue(notices.matches("(?s).*\nLGPL-2\\.1-or-later\n  https://\\S+\n(    \\S+ \\S*\n)*    wrapped\\.org\\.jfree"
                + "\\.jfreechart 1\\.5\\.6\n.*"), notices);
        assertTrue(notices.contains("    hapi-fhir-base 8.8.1\n") && notices.contains("    org.eclipse.swt." + ws + "."
                + os + "." + arch + " "), notices);
        if (os.equals("macosx")) {
            assertTrue(Files.isExecutable(folder.resolve("../MacOS/Atlas")), "the app's executable may be run");
            assertTrue(Files.readString(folder.resolve("../Info.plist")).contains("<string>Atlas</string>"));
        }

        Path storage = Files.createTempDirectory("atlas-resolve-" + os + "-" + arch);
        Map<String, String> config = new HashMap<>();
        config.put("org.osgi.framework.storage", storage.toString());
        config.put("osgi.configuration.area", storage.resolve("configuration").toString());
        config.put("osgi.os", os);
        config.put("osgi.ws", ws);
        config.put("osgi.arch", arch);
        config.put("osgi.nl", "en");
        Framework framework = new org.eclipse.osgi.launch.EquinoxFactory().newFramework(config);
        framework.init();
        try {
            List<Bundle> installed = new ArrayList<>();
            try (Stream<Path> plugins = Files.list(folder.resolve("plugins"))) {
                for (Path plugin : plugins.sorted().toList()) {
                    if (!plugin.getFileName().toString().startsWith("org.eclipse.osgi_")) { // the framework itself
                        installed.add(framework.getBundleContext().installBundle("reference:" + plugin.toUri()));
                    }
                }
            }
            framework.adapt(FrameworkWiring.class).resolveBundles(installed);
            List<String> unresolved = new ArrayList<>();
            for (Bundle bundle : installed) {
                if (bundle.getState() == Bundle.INSTALLED) {
                    unresolved.add(why(bundle));
                }
            }
            assertEquals(List.of(), unresolved, "bundles of the " + os + "/" + arch + " product that do not resolve");
            List<String> swt = installed.stream().map(Bundle::getSymbolicName).filter(name -> name.startsWith(
                    "org.eclipse.swt.")).toList();
            assertEquals(List.of("org.eclipse.swt." + ws + "." + os + "." + arch), swt, "SWT's fragment of this system only");
        } finally {
            framework.stop();
            framework.waitForStop(30_000);
            Product.deleteRecursively(storage);
        }
    }

    /** What keeps a bundle from resolving, as the framework says when asked to start it. */
    private static String why(Bundle bundle) {
        try {
            bundle.start(Bundle.START_TRANSIENT);
            return bundle.getSymbolicName() + ": unresolved";
        } catch (BundleException e) {
            return bundle.getSymbolicName() + ": " + e.getMessage();
        }
    }
}
