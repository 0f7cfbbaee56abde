package atlas.plugins;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A plugin a p2 repository offers, as the administrator confirms it before anything is installed:
 * where it comes from, its name, version and vendor, who signed its files (none: unsigned; the
 * subjects of the signers' certificates otherwise) and the version installed already.
 */
public record PluginOffer(Path source, String id, String name, String version, String vendor, List<String> signers,
        boolean unsignedFiles, Optional<String> installedVersion) {

    /** Whether every file of it is signed: otherwise installing it needs a second confirmation. */
    public boolean signed() {
        return !signers.isEmpty() && !unsignedFiles;
    }
}
