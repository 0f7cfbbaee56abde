package atlas.core.security;

import atlas.core.store.StoreException;

/**
 * The rules around changing a workstation's clinic plugins, kept where every caller passes: only a
 * user whose role may {@link Permission#MANAGE_PLUGINS} changes them (a refusal is audited), and
 * every change is written to the audit trail - a plugin is code that runs with the clinic's records.
 */
public interface PluginChanges {

    /**
     * Refuses unless whoever works now may manage plugins.
     *
     * @throws AccessDeniedException for anyone else (audited)
     */
    void requireAllowed() throws StoreException;

    /** Writes {@code what} was done (plugin, version, source, signer) to the audit trail, in the current user's name. */
    void record(String what) throws StoreException;
}
