package atlas.plugins.internal;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.internal.p2.garbagecollector.GarbageCollector;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.core.UIServices;
import org.eclipse.equinox.p2.engine.IEngine;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.PhaseSetFactory;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.planner.IPlanner;
import org.eclipse.equinox.p2.planner.IProfileChangeRequest;
import org.eclipse.equinox.p2.planner.ProfileInclusionRules;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import atlas.core.security.PluginChanges;
import atlas.core.store.StoreException;
import atlas.core.validation.Wording;
import atlas.plugins.ClinicPlugins;
import atlas.plugins.InstalledPlugin;
import atlas.plugins.PluginOffer;
import atlas.plugins.PluginRefused;

/**
 * Clinic plugins through Equinox p2's planner and engine on the running installation's own profile
 * ({@code IProfileRegistry.SELF}, written by Tycho when it materialized the product, roaming, so
 * it follows the folder wherever the archive is unpacked). The planner resolves a plugin against
 * what Atlas holds already, so a plugin built for another Atlas API is refused with p2's reason
 * before anything changes; the engine downloads, checks signatures (CheckTrust asks
 * {@link ConfirmedTrust}), and writes the new bundle list that Atlas starts with next time. Only
 * the given repository is consulted: nothing is fetched from anywhere else.
 */
@Component(service = ClinicPlugins.class)
public class P2ClinicPlugins implements ClinicPlugins {

    private static final Logger LOG = LoggerFactory.getLogger(P2ClinicPlugins.class);
    /** Profile property of the plugins installed here: what Administration > Plugins lists and may remove. */
    static final String CLINIC_PLUGIN = "atlas.clinicPlugin";
    /** What p2's own tools treat as installed by the user (not pulled in by something else). */
    private static final String ROOT = "org.eclipse.equinox.p2.type.root";
    /** How p2 names the installable unit of a feature: the plugin's id is the feature's, without it. */
    private static final String GROUP = ".feature.group";

    private final IProvisioningAgentProvider agents;
    private final PluginChanges changes;

    @Activate
    public P2ClinicPlugins(@Reference IProvisioningAgentProvider agents, @Reference PluginChanges changes) {
        this.agents = agents;
        this.changes = changes;
    }

    @Override
    public List<InstalledPlugin> installed() throws StoreException, PluginRefused {
        changes.requireAllowed();
        IProvisioningAgent agent = agent();
        IProfile profile = profile(agent);
        // The files of a plugin uninstalled before go now: p2's garbage collector keeps what the
        // running framework still runs, which a plugin removed in this start still is.
        agent.getService(GarbageCollector.class).runGC(profile);
        List<InstalledPlugin> plugins = new ArrayList<>();
        for (IInstallableUnit unit : profile.query(QueryUtil.createIUGroupQuery(), null)) {
            if (profile.getInstallableUnitProperty(unit, CLINIC_PLUGIN) != null) {
                plugins.add(new InstalledPlugin(pluginId(unit), name(unit), unit.getVersion().toString(), vendor(unit)));
            }
        }
        plugins.sort(Comparator.comparing(InstalledPlugin::name, String.CASE_INSENSITIVE_ORDER));
        return plugins;
    }

    @Override
    public List<PluginOffer> read(Path source) throws StoreException, PluginRefused {
        changes.requireAllowed();
        IProvisioningAgent agent = agent();
        IProfile profile = profile(agent);
        try (PluginRepository repository = PluginRepository.open(agent, source)) {
            List<PluginOffer> offers = new ArrayList<>();
            for (IInstallableUnit unit : repository.plugins()) {
                Signers signers = checkedSigners(repository, unit);
                offers.add(new PluginOffer(source, pluginId(unit), name(unit), unit.getVersion().toString(), vendor(unit),
                        signers.names(), signers.unsignedFiles(),
                        installedUnit(profile, unit.getId()).map(installed -> installed.getVersion().toString())));
            }
            if (offers.isEmpty()) {
                throw new PluginRefused(Wording.of("plugin.nothingOffered", source));
            }
            return offers;
        }
    }

    @Override
    public String install(PluginOffer offer, boolean unsignedConfirmed) throws StoreException, PluginRefused {
        changes.requireAllowed();
        IProvisioningAgent agent = agent();
        IProfile profile = profile(agent);
        try (PluginRepository repository = PluginRepository.open(agent, offer.source())) {
            IInstallableUnit unit = repository.plugins().stream()
                    .filter(candidate -> pluginId(candidate).equals(offer.id())
                            && candidate.getVersion().toString().equals(offer.version()))
                    .findFirst().orElseThrow(() -> new PluginRefused(Wording.of("plugin.nothingOffered", offer.source())));
            Signers now = checkedSigners(repository, unit);
            if (!now.names().equals(offer.signers()) || now.unsignedFiles() != offer.unsignedFiles()) {
                throw new PluginRefused(Wording.of("plugin.changedSinceRead", offer.name(), offer.version(), offer.source()));
            }
            Optional<IInstallableUnit> installed = installedUnit(profile, unit.getId());
            if (installed.isPresent()) {
                int order = unit.getVersion().compareTo(installed.get().getVersion());
                if (order == 0) {
                    throw new PluginRefused(Wording.of("plugin.alreadyInstalled", offer.name(), offer.version()));
                }
                if (order < 0) {
                    throw new PluginRefused(Wording.of("plugin.olderThanInstalled", offer.name(), offer.version(),
                            installed.get().getVersion()));
                }
            }
            IPlanner planner = agent.getService(IPlanner.class);
            IProfileChangeRequest request = planner.createChangeRequest(profile);
            installed.ifPresent(request::remove); // one version of a plugin at a time
            request.add(unit);
            request.setInstallableUnitInclusionRules(unit, ProfileInclusionRules.createStrictInclusionRule(unit));
            request.setInstallableUnitProfileProperty(unit, CLINIC_PLUGIN, "true");
            request.setInstallableUnitProfileProperty(unit, ROOT, "true");
            ConfirmedTrust trust = new ConfirmedTrust(offer.signers(), unsignedConfirmed);
            perform(agent, planner, request, repository.location(), trust, offer.name(), offer.version());
            String done = installed.isPresent()
                    ? Wording.of("plugin.updated", offer.name(), installed.get().getVersion(), offer.version())
                    : Wording.of("plugin.installed", offer.name(), offer.version());
            changes.record((installed.isPresent() ? "updated " : "installed ") + offer.id() + " "
                    + installed.map(old -> old.getVersion() + " -> ").orElse("") + offer.version() + " from "
                    + offer.source() + ", " + (offer.signed() ? "signed by " + String.join("; ", offer.signers())
                            : "unsigned (confirmed)"));
            LOG.info("Clinic plugin {} {} {} from {} ({})", offer.id(), offer.version(),
                    installed.isPresent() ? "updated" : "installed", offer.source(),
                    offer.signed() ? "signed by " + String.join("; ", offer.signers()) : "unsigned, confirmed");
            return done;
        }
    }

    @Override
    public String uninstall(InstalledPlugin plugin) throws StoreException, PluginRefused {
        changes.requireAllowed();
        IProvisioningAgent agent = agent();
        IProfile profile = profile(agent);
        IInstallableUnit unit = installedUnit(profile, plugin.id() + GROUP)
                .filter(installed -> profile.getInstallableUnitProperty(installed, CLINIC_PLUGIN) != null)
                .orElseThrow(() -> new PluginRefused(Wording.of("plugin.notInstalled", plugin.name())));
        IPlanner planner = agent.getService(IPlanner.class);
        IProfileChangeRequest request = planner.createChangeRequest(profile);
        request.remove(unit);
        perform(agent, planner, request, null, new ConfirmedTrust(List.of(), false), plugin.name(), plugin.version());
        changes.record("uninstalled " + plugin.id() + " " + plugin.version());
        LOG.info("Clinic plugin {} {} uninstalled", plugin.id(), plugin.version());
        return Wording.of("plugin.uninstalled", plugin.name(), plugin.version());
    }

    /**
     * Plans the change against the profile and only {@code repository}, then has the engine carry
     * it out with {@code trust} answering p2's signature check.
     */
    private static void perform(IProvisioningAgent agent, IPlanner planner, IProfileChangeRequest request,
            URI repository, ConfirmedTrust trust, String name, String version) throws PluginRefused {
        ProvisioningContext context = new ProvisioningContext(agent);
        URI[] only = repository == null ? new URI[0] : new URI[] { repository };
        context.setMetadataRepositories(only);
        context.setArtifactRepositories(only);
        NullProgressMonitor monitor = new NullProgressMonitor();
        IProvisioningPlan plan = planner.getProvisioningPlan(request, context, monitor);
        if (!plan.getStatus().isOK()) {
            throw new PluginRefused(Wording.of("plugin.cannotInstall", name, version, P2Status.explain(plan.getStatus())));
        }
        Object before = agent.getService(UIServices.SERVICE_NAME);
        agent.registerService(UIServices.SERVICE_NAME, trust);
        IStatus status;
        try {
            status = agent.getService(IEngine.class).perform(plan, PhaseSetFactory.createDefaultPhaseSet(), monitor);
        } finally {
            agent.unregisterService(UIServices.SERVICE_NAME, trust);
            if (before != null) {
                agent.registerService(UIServices.SERVICE_NAME, before);
            }
        }
        if (trust.refusal().isPresent()) {
            throw new PluginRefused(Wording.of("plugin.notInstalledBecause", name, version, trust.refusal().get()));
        }
        if (!status.isOK() && status.getSeverity() != IStatus.INFO && status.getSeverity() != IStatus.WARNING) {
            throw new PluginRefused(Wording.of("plugin.failed", name, P2Status.explain(status)));
        }
    }

    /** Who signed the plugin's files; refused outright when a signed file was altered after signing. */
    private Signers checkedSigners(PluginRepository repository, IInstallableUnit unit) throws PluginRefused {
        Signers signers = Signers.of(repository, unit);
        if (!signers.altered().isEmpty()) {
            throw new PluginRefused(Wording.of("plugin.altered", name(unit), unit.getVersion(),
                    String.join(", ", signers.altered())));
        }
        return signers;
    }

    private IProvisioningAgent agent() throws PluginRefused {
        try {
            IProvisioningAgent agent = agents.createAgent(null); // the running installation's own agent
            if (agent == null) {
                throw new PluginRefused(Wording.of("plugin.noProfile", "p2"));
            }
            return agent;
        } catch (ProvisionException e) {
            throw new PluginRefused(Wording.of("plugin.noProfile", e.getMessage()), e);
        }
    }

    private static IProfile profile(IProvisioningAgent agent) throws PluginRefused {
        IProfile profile = agent.getService(IProfileRegistry.class).getProfile(IProfileRegistry.SELF);
        if (profile == null) {
            throw new PluginRefused(Wording.of("plugin.noProfile", "p2/org.eclipse.equinox.p2.engine/profileRegistry"));
        }
        return profile;
    }

    private static Optional<IInstallableUnit> installedUnit(IProfile profile, String id) {
        return profile.query(QueryUtil.createIUQuery(id), null).toUnmodifiableSet().stream().findFirst();
    }

    /** The plugin's id as the administrator reads it: its feature's id. */
    static String pluginId(IInstallableUnit unit) {
        String id = unit.getId();
        return id.endsWith(GROUP) ? id.substring(0, id.length() - GROUP.length()) : id;
    }

    static String name(IInstallableUnit unit) {
        String name = unit.getProperty(IInstallableUnit.PROP_NAME, null);
        return name == null || name.isBlank() ? unit.getId() : name;
    }

    static String vendor(IInstallableUnit unit) {
        String vendor = unit.getProperty(IInstallableUnit.PROP_PROVIDER, null);
        return vendor == null ? "" : vendor;
    }
}
