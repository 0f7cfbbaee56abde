package atlas.plugins.internal;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepository;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;

import atlas.core.validation.Wording;
import atlas.plugins.PluginRefused;

/**
 * A clinic plugin's p2 repository, read for one change and then forgotten again by p2's repository
 * managers, so that no later plan consults it unasked. A folder is read as it is; a .zip as the
 * folder it holds ({@code jar:file:...!/}, which p2 reads like a folder).
 */
final class PluginRepository implements AutoCloseable {

    /** Atlas's own features: offered by Atlas's repository, never installed as a clinic's plugin. */
    private static final String ATLAS = "atlas.";

    private final IProvisioningAgent agent;
    private final URI location;
    private final IMetadataRepository metadata;
    private final IArtifactRepository artifacts;

    private PluginRepository(IProvisioningAgent agent, URI location, IMetadataRepository metadata,
            IArtifactRepository artifacts) {
        this.agent = agent;
        this.location = location;
        this.metadata = metadata;
        this.artifacts = artifacts;
    }

    static PluginRepository open(IProvisioningAgent agent, Path source) throws PluginRefused {
        Path absolute = source.toAbsolutePath().normalize();
        if (!Files.exists(absolute)) {
            throw new PluginRefused(Wording.of("plugin.notFound", absolute));
        }
        URI location = Files.isDirectory(absolute) ? absolute.toUri()
                : URI.create("jar:" + absolute.toUri() + "!/");
        if (!Files.isDirectory(absolute) && !absolute.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            throw new PluginRefused(Wording.of("plugin.notRepository", absolute, "not a folder or .zip"));
        }
        IMetadataRepositoryManager metadataManager = agent.getService(IMetadataRepositoryManager.class);
        IArtifactRepositoryManager artifactManager = agent.getService(IArtifactRepositoryManager.class);
        try {
            NullProgressMonitor monitor = new NullProgressMonitor();
            return new PluginRepository(agent, location, metadataManager.loadRepository(location, monitor),
                    artifactManager.loadRepository(location, monitor));
        } catch (ProvisionException e) {
            forget(agent, location);
            throw new PluginRefused(Wording.of("plugin.notRepository", absolute, e.getMessage()), e);
        }
    }

    URI location() {
        return location;
    }

    IMetadataRepository metadata() {
        return metadata;
    }

    IArtifactRepository artifacts() {
        return artifacts;
    }

    /** The plugins (features) it offers, each in its newest version; Atlas's own left out. */
    List<IInstallableUnit> plugins() {
        return metadata.query(QueryUtil.createLatestQuery(QueryUtil.createIUGroupQuery()), null).toUnmodifiableSet()
                .stream().filter(unit -> !unit.getId().startsWith(ATLAS)).sorted().toList();
    }

    @Override
    public void close() {
        forget(agent, location);
    }

    private static void forget(IProvisioningAgent agent, URI location) {
        agent.getService(IMetadataRepositoryManager.class).removeRepository(location);
        agent.getService(IArtifactRepositoryManager.class).removeRepository(location);
    }
}
