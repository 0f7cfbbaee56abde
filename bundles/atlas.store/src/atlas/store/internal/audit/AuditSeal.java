package atlas.store.internal.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import atlas.core.audit.AuditVerification;
import atlas.core.store.OwnerOnly;
import atlas.core.store.StoreException;
import atlas.core.store.StoreProblem;
import atlas.store.internal.EntityManagers;
import atlas.store.internal.keys.DatabaseKeys;

/**
 * Signed checkpoints of the audit trail's head, so that whoever holds the database key still
 * cannot cut the trail short or rewrite it and recompute the chain unseen: the hash chain proves
 * the entries belong together, a checkpoint proves where the chain stood when an administrator
 * signed it (the idea of RFC 6962's signed tree heads, on a simple chain).
 * <p>
 * The clinic's signing key is Ed25519 (RFC 8032). Its private half is kept in the key file only
 * wrapped by administrators' passwords ({@code audit.user.NAME}, as the database key's slots), so
 * it opens at an administrator's sign-in and at no one else's; the public half lies beside it
 * ({@code audit.public}). A checkpoint is made at each administrator's sign-in and when Atlas
 * closes while one is signed in: appended to {@value #FILE} in the data folder (owner-only),
 * written to the log, and carried in every backup. Verification then also requires every
 * checkpoint's signature to hold and the chain to reach its entry with the same hash.
 */
public final class AuditSeal {

    private static final Logger LOG = LoggerFactory.getLogger(AuditSeal.class);
    public static final String FILE = "audit-checkpoints";
    private static final String SIGNED = "atlas-audit-checkpoint/1|";
    /** An Ed25519 private key in PKCS #8: a 16-byte header, then the 32-byte seed (RFC 8410). */
    private static final int PKCS8_HEADER = 16;

    /** One signed head: the entry's sequence number and hash, when, by whom, and the signature. */
    public record Checkpoint(long sequence, String hash, Instant at, String signer, String signature) {

        public String line() {
            return sequence + " " + hash + " " + at.toEpochMilli() + " " + signer + " " + signature;
        }

        public static Checkpoint parse(String line) {
            String[] parts = line.strip().split(" ");
            if (parts.length != 5) {
                throw new IllegalArgumentException("not a checkpoint: " + line);
            }
            return new Checkpoint(Long.parseLong(parts[0]), parts[1], Instant.ofEpochMilli(Long.parseLong(parts[2])),
                    parts[3], parts[4]);
        }

        byte[] signedBytes() {
            return (SIGNED + sequence + "|" + hash + "|" + at.toEpochMilli() + "|" + signer)
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    private final Path dataFolder;
    private volatile PrivateKey signing;
    private volatile String signer;

    public AuditSeal(Path dataFolder) {
        this.dataFolder = dataFolder;
    }

    /**
     * An administrator signed in: their password opens the signing key, or, where the clinic has
     * none yet, a new one is made and wrapped for them. An administrator without a slot (added
     * before the key existed, by someone who could not open it) signs nothing until an
     * administrator who can sets their password.
     */
    public synchronized void openFor(DatabaseKeys keys, String username, char[] password) throws StoreException {
        byte[] seed = null;
        try {
            if (keys.auditPublicKey() == null) {
                KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
                seed = Arrays.copyOfRange(pair.getPrivate().getEncoded(), PKCS8_HEADER, PKCS8_HEADER + 32);
                keys.sealFor(username, password, seed, Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
                LOG.info("The audit trail's signing key was made; {}'s password opens it", username);
            } else {
                seed = keys.openAuditSeed(username, password);
            }
            if (seed == null) {
                LOG.info("{} has no slot of the audit trail's signing key: no checkpoint is signed", username);
                close();
                return;
            }
            signing = KeyFactory.getInstance("Ed25519").generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519,
                    seed));
            signer = username;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java runtime since 15", e);
        } finally {
            if (seed != null) {
                Arrays.fill(seed, (byte) 0);
            }
        }
    }

    /** Another administrator's (new) password gets a slot of the open signing key. */
    public synchronized void protectFor(DatabaseKeys keys, String username, char[] password) throws StoreException {
        if (signing == null) {
            return;
        }
        byte[] encoded = signing.getEncoded();
        byte[] seed = Arrays.copyOfRange(encoded, PKCS8_HEADER, PKCS8_HEADER + 32);
        try {
            keys.sealFor(username, password, seed, keys.auditPublicKey());
        } finally {
            Arrays.fill(seed, (byte) 0);
            Arrays.fill(encoded, (byte) 0);
        }
    }

    /** The signing key is forgotten (a non-administrator signed in, Atlas closes). */
    public synchronized void close() {
        signing = null;
        signer = null;
    }

    boolean isOpen() {
        return signing != null;
    }

    /** Signs the database's audit head now, when the signing key is open. */
    public void checkpoint(EntityManagers database) throws StoreException {
        if (!isOpen()) {
            return;
        }
        long[] sequence = new long[1];
        String hash = database.read(em -> {
            AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
            sequence[0] = head == null ? 0 : head.lastSequence();
            return head == null ? null : head.lastHash();
        });
        checkpoint(sequence[0], hash);
    }

    /** Signs the head {@code sequence}/{@code hash} now: appended to the checkpoint file and logged. */
    public synchronized Checkpoint checkpoint(long sequence, String hash) throws StoreException {
        if (signing == null || sequence == 0) {
            return null;
        }
        Instant now = Instant.ofEpochMilli(System.currentTimeMillis());
        Checkpoint unsigned = new Checkpoint(sequence, hash, now, signer, "");
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initSign(signing);
            ed25519.update(unsigned.signedBytes());
            Checkpoint signed = new Checkpoint(sequence, hash, now, signer,
                    Base64.getEncoder().withoutPadding().encodeToString(ed25519.sign()));
            Path file = dataFolder.resolve(FILE);
            if (!Files.exists(file)) {
                OwnerOnly.write(file, new java.io.ByteArrayInputStream(new byte[0]));
            }
            Files.writeString(file, signed.line() + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            LOG.info("Audit checkpoint signed by {}: entry #{} {}", signer, sequence, hash);
            return signed;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java runtime since 15", e);
        } catch (IOException e) {
            throw new StoreException(StoreProblem.DATA_FOLDER_NOT_WRITABLE, dataFolder.toString(), e);
        }
    }

    /** The checkpoints of a file (the data folder's, or a backup's copy); none when it is missing. */
    public static List<Checkpoint> read(Path file) throws IOException {
        List<Checkpoint> checkpoints = new ArrayList<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    checkpoints.add(Checkpoint.parse(line));
                }
            }
        }
        return checkpoints;
    }

    /**
     * A chain found intact, held against the checkpoints: each signature must hold under the
     * clinic's public key, and the chain must reach each checkpoint's entry with the same hash.
     * Without a public key (a clinic before signing, a shared server) the chain's verdict stands.
     */
    public static AuditVerification verify(AuditVerification chain, Connection connection, List<Checkpoint> checkpoints,
            String publicKey) throws SQLException {
        if (!chain.intact() || publicKey == null) {
            return chain;
        }
        PublicKey key;
        try {
            key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(
                    Base64.getDecoder().decode(publicKey)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return AuditVerification.broken(chain.checked(), 0, "the audit trail's public signing key is damaged");
        }
        if (checkpoints.isEmpty() && chain.checked() > 0) {
            // the key is made at an administrator's sign-in, which signs the first checkpoint at once
            return AuditVerification.broken(chain.checked(), 0, "the audit trail's signed checkpoints are missing ("
                    + FILE + " was removed or emptied)");
        }
        try (PreparedStatement entry = connection.prepareStatement(
                "SELECT ENTRY_HASH FROM AUDIT_EVENT WHERE SEQUENCE_NO = ?")) {
            for (Checkpoint checkpoint : checkpoints) {
                String when = checkpoint.at() + " by " + checkpoint.signer();
                if (!signatureHolds(key, checkpoint)) {
                    return AuditVerification.broken(chain.checked(), checkpoint.sequence(), "the checkpoint of entry #"
                            + checkpoint.sequence() + " (" + when + ") is not signed by the clinic's key: it was forged");
                }
                if (checkpoint.sequence() > chain.checked()) {
                    return AuditVerification.broken(chain.checked(), chain.checked() + 1, "the audit trail ends at #"
                            + chain.checked() + ", but entry #" + checkpoint.sequence() + " was signed on " + when
                            + ": entries were removed");
                }
                entry.setLong(1, checkpoint.sequence());
                try (ResultSet row = entry.executeQuery()) {
                    if (!row.next() || !row.getString(1).equals(checkpoint.hash())) {
                        return AuditVerification.broken(chain.checked(), checkpoint.sequence(), "entry #"
                                + checkpoint.sequence() + " differs from its checkpoint signed on " + when
                                + ": the trail was rewritten up to there");
                    }
                }
            }
        }
        return chain;
    }

    private static boolean signatureHolds(PublicKey key, Checkpoint checkpoint) {
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initVerify(key);
            ed25519.update(checkpoint.signedBytes());
            return ed25519.verify(Base64.getDecoder().decode(checkpoint.signature()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
