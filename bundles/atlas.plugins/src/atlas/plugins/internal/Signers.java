package atlas.plugins.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.metadata.IArtifactKey;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactDescriptor;

/**
 * Who signed the files a plugin brings - its feature and the bundles the feature includes - read
 * before anything is installed, so the administrator sees it when confirming; p2's engine checks
 * the signers again while installing and is held to exactly these (see ConfirmedTrust).
 */
record Signers(List<String> names, boolean unsignedFiles, List<String> altered) {

    static Signers of(PluginRepository repository, IInstallableUnit plugin) {
        Set<IArtifactKey> keys = new LinkedHashSet<>(plugin.getArtifacts());
        for (IRequirement requirement : plugin.getRequirements()) {
            for (IInstallableUnit part : repository.metadata().query(QueryUtil.createMatchQuery(requirement.getMatches()),
                    null)) {
                keys.addAll(part.getArtifacts());
            }
        }
        Set<String> names = new LinkedHashSet<>();
        List<String> altered = new ArrayList<>();
        boolean unsigned = false;
        for (IArtifactKey key : keys) {
            Set<String> signers;
            try {
                signers = signersOf(repository, key);
            } catch (AlteredFile e) {
                altered.add(key.getId() + " " + key.getVersion());
                continue;
            }
            unsigned |= signers.isEmpty();
            names.addAll(signers);
        }
        return new Signers(new ArrayList<>(names), unsigned, altered);
    }

    /** A signed file whose content is not what was signed: changed or added to after signing. */
    private static final class AlteredFile extends Exception {
        private static final long serialVersionUID = 1L;
    }

    /**
     * The subjects of the certificates that signed the artifact; none when it is unsigned or cannot
     * be read. Every entry of a signed jar is read through the JDK's verifying {@link JarFile}: an
     * entry whose digest differs from the signed one, or one without a signer in a jar that has
     * signatures (added after signing), makes the file altered - p2's own check looks at the
     * signers only.
     */
    private static Set<String> signersOf(PluginRepository repository, IArtifactKey key) throws AlteredFile {
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
                    throw new AlteredFile(); // p2 checks each file against its checksums in the repository
                }
            }
            return verifiedSigners(copy);
        } catch (IOException e) {
            return Set.of();
        } finally {
            if (copy != null) {
                copy.toFile().delete();
            }
        }
    }

    /** The signers of every entry of the jar (none: unsigned); altered when they are not the same for all. */
    static Set<String> verifiedSigners(Path jar) throws IOException, AlteredFile {
        Set<String> signers = null;
        boolean signatures = false;
        try (JarFile file = new JarFile(jar.toFile(), true)) {
            List<JarEntry> entries = new ArrayList<>();
            for (JarEntry entry : java.util.Collections.list(file.entries())) {
                String name = entry.getName().toUpperCase(java.util.Locale.ROOT);
                if (name.startsWith("META-INF/") && (name.endsWith(".SF") || name.endsWith(".RSA")
                        || name.endsWith(".DSA") || name.endsWith(".EC"))) {
                    signatures = true;
                } else if (!entry.isDirectory() && !name.equals("META-INF/MANIFEST.MF")) {
                    entries.add(entry);
                }
            }
            for (JarEntry entry : entries) {
                try (InputStream in = file.getInputStream(entry)) {
                    in.transferTo(OutputStream.nullOutputStream()); // the digest is checked as it is read
                }
                Set<String> names = new LinkedHashSet<>();
                CodeSigner[] codeSigners = entry.getCodeSigners();
                if (codeSigners != null) {
                    for (CodeSigner signer : codeSigners) {
                        names.add(subject(signer.getSignerCertPath().getCertificates().get(0)));
                    }
                }
                if (signers == null) {
                    signers = names;
                } else if (!signers.equals(names)) {
                    throw new AlteredFile();
                }
            }
        } catch (SecurityException e) {
            throw new AlteredFile(); // an entry's content is not what was signed
        }
        if (signatures && (signers == null || signers.isEmpty())) {
            throw new AlteredFile();
        }
        return signers == null ? Set.of() : signers;
    }

    /** How a signer is named to the administrator: the certificate's subject (CN=..., O=...). */
    static String subject(Certificate certificate) {
        return certificate instanceof X509Certificate x509 ? x509.getSubjectX500Principal().getName()
                : certificate.getType();
    }
}
