package atlas.plugins;

import java.nio.file.Path;
import java.util.List;

import atlas.core.store.StoreException;

/**
 * The clinic's own plugins in this Atlas installation, installed, updated and removed by Equinox p2
 * from a p2 repository as Tycho builds one for a clinic plugin (a folder, or that folder zipped).
 * Only a user who may manage plugins calls these (checked and audited in the store, see
 * {@link atlas.core.security.PluginChanges}); p2 checks the artifacts' signatures while it installs,
 * against what the administrator confirmed. A change takes effect when Atlas starts again.
 */
public interface ClinicPlugins {

    /** The clinic plugins installed, by name. */
    List<InstalledPlugin> installed() throws StoreException, PluginRefused;

    /**
     * What the repository at {@code source} offers: each plugin (feature) in its newest version, with
     * its vendor and who signed its files, and the version installed already, if any. Nothing is
     * installed.
     *
     * @throws PluginRefused naming the source when it is no p2 repository or offers no plugin
     */
    List<PluginOffer> read(Path source) throws StoreException, PluginRefused;

    /**
     * Installs {@code offer} (read by {@link #read}), or updates the plugin to it when an older
     * version is installed. p2 checks every file's signature: a file signed by another signer than
     * the offer showed is refused; unsigned files only when {@code unsignedConfirmed} (the
     * administrator's second confirmation). Audited.
     *
     * @return what was done, for the administrator and the log
     * @throws PluginRefused when p2 cannot install it (a requirement missing, an older version than installed, ...)
     */
    String install(PluginOffer offer, boolean unsignedConfirmed) throws StoreException, PluginRefused;

    /** Removes {@code plugin} from this installation. Audited. */
    String uninstall(InstalledPlugin plugin) throws StoreException, PluginRefused;
}
