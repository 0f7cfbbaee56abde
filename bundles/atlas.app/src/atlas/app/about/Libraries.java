package atlas.app.about;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The third-party libraries a product folder carries, each with its version and licence: the
 * bundles of {@code plugins/} that are not Atlas's own, and the jars embedded in a bundle's
 * {@code lib/} (HAPI FHIR's). The licences come from {@code licences.txt} (the projects'
 * published POMs and licence files), by the longest start of the bundle's name that has one.
 * Plain Java: the build runs it to write THIRD-PARTY-NOTICES.txt ({@link ThirdPartyNotices}), and
 * Help > About Atlas lists the same.
 */
public final class Libraries {

    /** A library: its name (bundle symbolic name or jar file name), version and licence, with the licence's address. */
    public record Library(String name, String version, String licence, String address) {

        public boolean known() {
            return !licence.isEmpty();
        }
    }

    private static final Properties LICENCES = new Properties();

    static {
        try (InputStream in = Libraries.class.getResourceAsStream("licences.txt")) {
            LICENCES.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Libraries() {
    }

    /** The libraries of the product whose plugins are in {@code plugins}, by name. */
    public static List<Library> inProduct(Path plugins) throws IOException {
        List<Library> found = new ArrayList<>();
        try (Stream<Path> entries = Files.list(plugins)) {
            for (Path plugin : entries.sorted().toList()) {
                Manifest manifest = manifest(plugin);
                String name = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-SymbolicName");
                if (name == null) {
                    continue;
                }
                name = name.split(";")[0].strip();
                if (!ours(name)) {
                    found.add(of(name, manifest.getMainAttributes().getValue("Bundle-Version")));
                }
                Path lib = plugin.resolve("lib");
                if (Files.isDirectory(lib)) { // a bundle's embedded jars
                    try (Stream<Path> jars = Files.list(lib)) {
                        for (Path jar : jars.filter(file -> file.toString().endsWith(".jar")).sorted().toList()) {
                            try (InputStream in = Files.newInputStream(jar)) {
                                found.add(embedded(jar.getFileName().toString(), in));
                            }
                        }
                    }
                }
            }
        }
        found.sort(Comparator.comparing(Library::name));
        return found;
    }

    /** Atlas's own bundles and the example clinic's, not third-party. */
    static boolean ours(String name) {
        // the JXPath name bridge is Atlas's own small bundle (bundles/org.apache.commons.jxpath)
        return name.startsWith("atlas.") || name.startsWith("ch.seeblick.") || name.equals("org.apache.commons.jxpath");
    }

    /** A library by its bundle name or jar file name and its version. */
    public static Library of(String name, String version) {
        String best = "";
        for (String start : LICENCES.stringPropertyNames()) {
            if (name.startsWith(start) && start.length() > best.length()) {
                best = start;
            }
        }
        String[] licence = best.isEmpty() ? new String[] { "", "" } : LICENCES.getProperty(best).split("\\|", 2);
        return new Library(name, version == null ? "" : version.strip(), licence[0], licence.length > 1 ? licence[1] : "");
    }

    /** A jar inside a bundle: its name without ".jar", its version from its manifest. */
    public static Library embedded(String fileName, InputStream jar) throws IOException {
        String version = "";
        try (JarInputStream in = new JarInputStream(jar)) {
            Manifest manifest = in.getManifest();
            if (manifest != null) {
                String bundle = manifest.getMainAttributes().getValue("Bundle-Version");
                String implementation = manifest.getMainAttributes().getValue("Implementation-Version");
                version = bundle != null ? bundle : implementation != null ? implementation : "";
            }
        }
        return of(fileName.replaceFirst("\\.jar$", ""), version);
    }

    private static Manifest manifest(Path plugin) throws IOException {
        if (Files.isDirectory(plugin)) {
            Path file = plugin.resolve("META-INF/MANIFEST.MF");
            if (!Files.exists(file)) {
                return null;
            }
            try (InputStream in = Files.newInputStream(file)) {
                return new Manifest(in);
            }
        }
        if (!plugin.toString().endsWith(".jar")) {
            return null;
        }
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(plugin.toFile())) {
            return jar.getManifest();
        }
    }
}
