package atlas.plugins;

/**
 * A clinic plugin installed in Atlas: its p2 id (the feature's), name, version and vendor as its
 * feature says them.
 */
public record InstalledPlugin(String id, String name, String version, String vendor) {
}
