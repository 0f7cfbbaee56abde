package atlas.app.about;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes THIRD-PARTY-NOTICES.txt into a built product: every library in it, grouped by licence,
 * with each licence's address. Run by the build for every product (releng/atlas.product/pom.xml):
 * {@code java -cp atlas.app/target/classes atlas.app.about.ThirdPartyNotices PRODUCT-FOLDER...}.
 * A library whose licence is not known stops the build, naming it: nothing ships unaccounted for.
 */
public final class ThirdPartyNotices {

    static final String FILE = "THIRD-PARTY-NOTICES.txt";

    private ThirdPartyNotices() {
    }

    public static void main(String[] folders) throws IOException {
        for (String folder : folders) {
            Path product = Path.of(folder);
            List<Libraries.Library> libraries = Libraries.inProduct(product.resolve("plugins"));
            List<String> unknown = libraries.stream().filter(library -> !library.known()).map(Libraries.Library::name).toList();
            if (!unknown.isEmpty()) {
                System.err.println("ThirdPartyNotices: no licence known for " + unknown + " (add them to"
                        + " bundles/atlas.app/src/atlas/app/about/licences.txt)");
                System.exit(1);
            }
            Files.writeString(product.resolve(FILE), text(libraries), StandardCharsets.UTF_8);
        }
    }

    /** The notices: a heading, then each licence with its address and the libraries under it. */
    static String text(List<Libraries.Library> libraries) {
        Map<String, List<Libraries.Library>> byLicence = libraries.stream().collect(Collectors.groupingBy(
                library -> library.licence() + "\n  " + library.address(), TreeMap::new, Collectors.toList()));
        StringBuilder text = new StringBuilder("Atlas - third-party software\n\nAtlas ships the following libraries,"
                + " each under its own licence (the address gives the licence's full text).\nAtlas's own code is"
                + " not part of this list.\n");
        byLicence.forEach((licence, members) -> {
            text.append('\n').append(licence).append('\n');
            members.forEach(library -> text.append("    ").append(library.name()).append(' ').append(library.version())
                    .append('\n'));
        });
        return text.toString();
    }
}
