package atlas.plugins.internal;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.metadata.IArtifactKey;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactDescriptor;
import org.eclipse.osgi.signedcontent.SignedContent;
import org.eclipse.osgi.signedcontent.SignedContentFactory;
import org.eclipse.osgi.signedcontent.SignerInfo;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * Who signed the files a plugin brings - its feature and the bundles the feature includes - read
 * before anything is installed, so the administrator sees it when confirming. The same check p2's
 * engine makes while installing (through the framework's {@link SignedContentFactory}), which
 * then holds the administrator to exactly these signers.
 */
record Signers(List<String> names, boolean unsignedFiles) {

    static Signers of(BundleContext context, PluginRepository repository, IInstallableUnit plugin) {
        Set<IArtifactKey> keys = new LinkedHashSet<>(plugin.getArtifacts());
        for (IRequirement requirement : plugin.getRequirements()) {
            for (IInstallableUnit part : repository.metadata().query(QueryUtil.createMatchQuery(requirement.getMatches()),
                    null)) {
                keys.addAll(part.getArtifacts());
            }
        }
        ServiceReference<SignedContentFactory> reference = context.getServiceReference(SignedContentFactory.class);
        SignedContentFactory factory = reference == null ? null : context.getService(reference);
        Set<String> names = new LinkedHashSet<>();
        boolean unsigned = factory == null && !keys.isEmpty();
        try {
            for (IArtifactKey key : keys) {
                Set<String> signers = factory == null ? Set.of() : signersOf(factory, repository, key);
                unsigned |= signers.isEmpty();
                names.addAll(signers);
            }
        } finally {
            if (factory != null) {
                context.ungetService(reference);
            }
        }
        return new Signers(new ArrayList<>(names), unsigned);
    }

    /** The subjects of the certificates that signed the artifact; none when it is unsigned or cannot be read. */
    private static Set<String> signersOf(SignedContentFactory factory, PluginRepository repository, IArtifactKey key) {
        IArtifactDescriptor[] descriptors = repository.artifacts().getArtifactDescriptors(key);
        if (descriptors.length == 0) {
            return Set.of();
        }
        Path copy = null;
        try {
            copy = Files.createTempFile("atlas-plugin-", ".jar");
            try (OutputStream out = Files.newOutputStream(copy)) {
                IStatus read = repository.artifacts().getArtifact(descriptors[0], out, new NullProgressMonitor());
                if (!read.isOK()) {
                    return Set.of();
                }
            }
            SignedContent content = factory.getSignedContent(new File(copy.toString()));
            Set<String> subjects = new LinkedHashSet<>();
            if (content.isSigned()) {
                for (SignerInfo signer : content.getSignerInfos()) {
                    subjects.add(subject(signer.getCertificateChain()[0]));
                }
            }
            return subjects;
        } catch (IOException | GeneralSecurityException e) {
            return Set.of();
        } finally {
            if (copy != null) {
                copy.toFile().delete();
            }
        }
    }

    /** How a signer is named to the administrator: the certificate's subject (CN=..., O=...). */
    static String subject(Certificate certificate) {
        return certificate instanceof X509Certificate x509 ? x509.getSubjectX500Principal().getName()
                : certificate.getType();
    }
}
