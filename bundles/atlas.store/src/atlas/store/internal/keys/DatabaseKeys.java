package atlas.store.internal.keys;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

import atlas.core.store.StoreException;
import atlas.core.store.StoreProblem;

/**
 * The key of the encrypted embedded database and what protects it, kept in {@value #FILE} beside
 * the database file. The database key is 256 random bits; H2 encrypts the file with it (AES,
 * {@code CIPHER=AES}). It is stored only wrapped, in slots as LUKS keeps them: one per user,
 * wrapped with a key derived from the user's password (Argon2id, a salt per slot), and one wrapped
 * with the recovery key. Wrapping is AES-256-GCM with the slot's name as associated data, so a slot
 * copied to another user's name does not open. A new password rewraps one slot; the database file
 * itself is never encrypted again.
 * <p>
 * The key is never written unwrapped. A new clinic's key lives only in memory until its first
 * administrator's password protects it; meanwhile the file says only {@value #CREATING}, so that a
 * start after an abandoned first start knows the database beside it can no longer be opened. Key
 * files of Atlas 0.1 kept the key unwrapped ({@value #UNPROTECTED}) until an administrator signed
 * in; such a key is replaced, with the file encrypted again, at that sign-in (see KeyRenewal).
 * <p>
 * The file also names the database file its key opens ({@value #FILE_ID}: a digest of that file's
 * encryption header, which is new with every key), records when the key was last renewed, and
 * counts wrong passwords per user for sign-ins made before the database is open (the database
 * counts them afterwards). It holds nothing about patients.
 */
public final class DatabaseKeys {

    public static final String FILE = "atlas.keys";
    static final int KEY_BYTES = 32;
    private static final String UNPROTECTED = "unprotected";
    private static final String ENCRYPTING = "encrypting";
    private static final String CREATING = "creating";
    private static final String FILE_ID = "file";
    private static final String RENEWED = "renewed";
    private static final String RECOVERY = "recovery";
    /** When an administrator said the current recovery key is written down; removed with every new one. */
    private static final String RECOVERY_WRITTEN_DOWN = "recovery.writtenDown";
    private static final String USER = "user.";
    private static final String FAILURES = "failures.";
    private static final String PENDING = "pending.";
    /** Refused tries kept for the audit trail at most, the oldest dropped first (typed names may be anything). */
    static final int PENDING_MAX = 500;
    /** The name the recovery key's tries are counted under (no user name holds a space and brackets). */
    public static final String RECOVERY_TRIES = "(recovery key)";
    private static final String WAIT_UNTIL = "waitUntil.";
    /** The audit trail's signing key (see AuditSeal): its public half, and its private half per administrator. */
    private static final String AUDIT_PUBLIC = "audit.public";
    private static final String AUDIT_USER = "audit.user.";
    private static final String COMMENT = "Atlas database key slots: the key of atlas.mv.db, wrapped per user and"
            + " with the recovery key. No patient data. See README, Key recovery.";

    private final Path file;
    private final Properties entries;

    private DatabaseKeys(Path file, Properties entries) {
        this.file = file;
        this.entries = entries;
    }

    public static boolean exist(Path dataFolder) {
        return Files.exists(dataFolder.resolve(FILE));
    }

    public static byte[] newKey() {
        return Argon2Passwords.random(KEY_BYTES);
    }

    /**
     * The key file of a clinic being created: no key in it yet (the key is in memory until the
     * first administrator's password protects it), only the mark that creation began.
     */
    public static DatabaseKeys creating(Path dataFolder) throws StoreException {
        DatabaseKeys keys = new DatabaseKeys(dataFolder.resolve(FILE), new Properties());
        keys.entries.setProperty(CREATING, "true");
        keys.save();
        return keys;
    }

    /** An empty key file at {@code file}, not yet saved: the next key's slots are written into it. */
    static DatabaseKeys empty(Path file) {
        return new DatabaseKeys(file, new Properties());
    }

    public static DatabaseKeys read(Path dataFolder) throws StoreException {
        return read(dataFolder, FILE);
    }

    /** A key file of another name in the data folder (the next key of an unfinished renewal). */
    public static DatabaseKeys read(Path dataFolder, String name) throws StoreException {
        Path file = dataFolder.resolve(name);
        Properties entries = new Properties();
        try (java.io.InputStream in = Files.newInputStream(file)) { // Properties' own encoding, as saved
            entries.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException(StoreProblem.KEY_FILE_UNREADABLE, file.toString(), e);
        }
        return new DatabaseKeys(file, entries);
    }

    /** The key while it is not protected yet, else null. */
    public byte[] unprotectedKey() throws StoreException {
        String hex = entries.getProperty(UNPROTECTED);
        try {
            return hex == null ? null : HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException damaged) {
            throw new StoreException(StoreProblem.KEY_FILE_UNREADABLE, file.toString(), damaged);
        }
    }

    boolean isProtected() {
        return entries.getProperty(UNPROTECTED) == null;
    }

    boolean encrypting() {
        return entries.containsKey(ENCRYPTING);
    }

    /** A clinic's creation began and no password protects its key yet. */
    public boolean creating() {
        return entries.containsKey(CREATING) && !hasSlots();
    }

    /** Whether any user's slot or the recovery slot is in the file. */
    boolean hasSlots() {
        return entries.containsKey(RECOVERY) || entries.stringPropertyNames().stream().anyMatch(n -> n.startsWith(USER));
    }

    /** The database file whose key this is (see {@link #fileId(Path)}), or null if not recorded. */
    String fileId() {
        return entries.getProperty(FILE_ID);
    }

    /** When the key was last renewed (the slots made before no longer open it), or null. */
    Instant renewed() {
        String millis = entries.getProperty(RENEWED);
        return millis == null ? null : Instant.ofEpochMilli(Long.parseLong(millis));
    }

    /** Records the database file and the renewal; saved with the next change. */
    void renewedFor(String fileId, Instant when) {
        entries.setProperty(FILE_ID, fileId);
        entries.setProperty(RENEWED, Long.toString(when.toEpochMilli()));
    }

    /**
     * The identity of an encrypted database file: the digest of its first block, the encryption
     * header H2 writes once with a random salt when the file is made - a file encrypted with a new
     * key gets a new one.
     */
    static String fileId(Path databaseFile) throws java.io.IOException {
        byte[] header = new byte[4096];
        int read;
        try (java.io.InputStream in = Files.newInputStream(databaseFile)) {
            read = in.readNBytes(header, 0, header.length);
        }
        try {
            return hex(java.security.MessageDigest.getInstance("SHA-256").digest(Arrays.copyOf(header, read)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    boolean protectsFor(String username) {
        return entries.containsKey(USER + username);
    }

    boolean hasRecoveryKey() {
        return entries.containsKey(RECOVERY);
    }

    /**
     * The database key, or null when the user has no slot or the password does not open it.
     *
     * @throws KeySlot.Damaged when the user's slot is not whole (a truncated or edited key file)
     */
    public byte[] openWithPassword(String username, char[] password) {
        String slot = entries.getProperty(USER + username);
        if (slot == null) {
            KeySlot.spendTheTimeOfATry(password); // so that user names cannot be probed
            return null;
        }
        return KeySlot.unwrap(USER + username, slot, password);
    }

    /**
     * The database key, or null when the recovery key does not open it.
     *
     * @throws KeySlot.Damaged when the recovery slot is not whole
     */
    public byte[] openWithRecoveryKey(char[] recoveryKey) {
        String slot = entries.getProperty(RECOVERY);
        char[] normalised = KeySlot.normaliseRecoveryKey(recoveryKey);
        try {
            return slot == null ? null : KeySlot.unwrap(RECOVERY, slot, normalised);
        } finally {
            Arrays.fill(normalised, '\0');
        }
    }

    /** Wraps the database key with the user's (new) password, replacing the user's slot. */
    public void protectFor(String username, char[] password, byte[] key) throws StoreException {
        entries.setProperty(USER + username, KeySlot.wrap(USER + username, password, key));
        entries.remove(CREATING);
        save();
    }

    /** The user's slots are removed: the password no longer opens the database, nor signs the trail. */
    void forget(String username) throws StoreException {
        boolean removed = entries.remove(USER + username) != null;
        if (entries.remove(AUDIT_USER + username) != null || removed) {
            save();
        }
    }

    /** The public half of the audit trail's signing key (X.509, base64), or null before it is made. */
    public String auditPublicKey() {
        return entries.getProperty(AUDIT_PUBLIC);
    }

    /** The seed of the audit trail's signing key, or null when the administrator has no slot or another password. */
    public byte[] openAuditSeed(String username, char[] password) {
        String slot = entries.getProperty(AUDIT_USER + username);
        return slot == null ? null : KeySlot.unwrap(AUDIT_USER + username, slot, password);
    }

    /** Wraps the signing key's seed with an administrator's password (and keeps its public half). */
    public void sealFor(String username, char[] password, byte[] seed, String publicKey) throws StoreException {
        entries.setProperty(AUDIT_PUBLIC, publicKey);
        entries.setProperty(AUDIT_USER + username, KeySlot.wrap(AUDIT_USER + username, password, seed));
        save();
    }

    /** A renewed key file keeps the audit trail's signing key: it is not the database key. */
    void carryAuditKey(DatabaseKeys from) {
        for (String name : from.entries.stringPropertyNames()) {
            if (name.equals(AUDIT_PUBLIC) || name.startsWith(AUDIT_USER)) {
                entries.setProperty(name, from.entries.getProperty(name));
            }
        }
    }

    /**
     * A new recovery key for {@code key}, replacing the previous one; the unprotected copy of the
     * key is removed. Returns the recovery key as written down: 32 base32 characters in groups of 4.
     */
    public String newRecoveryKey(byte[] key) throws StoreException {
        char[] recovery = KeySlot.newRecoveryKey();
        entries.setProperty(RECOVERY, KeySlot.wrap(RECOVERY, recovery, key));
        entries.remove(RECOVERY_WRITTEN_DOWN); // a key nobody has said is written down yet
        entries.remove(UNPROTECTED);
        entries.remove(CREATING);
        save();
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < recovery.length; i++) {
            grouped.append(i > 0 && i % 4 == 0 ? "-" : "").append(recovery[i]);
        }
        Arrays.fill(recovery, '\0');
        return grouped.toString();
    }

    /** Records that the current recovery key is written down (the recovery key dialog's Done). */
    void recoveryKeyWrittenDown(Instant when) throws StoreException {
        if (entries.getProperty(RECOVERY) != null) {
            entries.setProperty(RECOVERY_WRITTEN_DOWN, Long.toString(when.toEpochMilli()));
            save();
        }
    }

    /** When the current recovery key was said to be written down, or null: not yet, or there is none. */
    Instant recoveryKeyWrittenDown() {
        String millis = entries.getProperty(RECOVERY) == null ? null : entries.getProperty(RECOVERY_WRITTEN_DOWN);
        return millis == null ? null : Instant.ofEpochMilli(Long.parseLong(millis));
    }

    public int failures(String username) {
        return Integer.parseInt(entries.getProperty(FAILURES + username, "0"));
    }

    /** Until when the user must wait after wrong passwords; null when a try may follow at once. */
    Instant waitUntil(String username) {
        String millis = entries.getProperty(WAIT_UNTIL + username);
        return millis == null ? null : Instant.ofEpochMilli(Long.parseLong(millis));
    }

    /**
     * Counts a wrong password of a user who has a slot, or a wrong recovery key (other names are not
     * written down: typed names may be anything).
     */
    void countFailure(String username, int failures, Instant waitUntil) throws StoreException {
        if (!protectsFor(username) && !RECOVERY_TRIES.equals(username)) {
            return;
        }
        entries.setProperty(FAILURES + username, Integer.toString(failures));
        if (waitUntil == null) {
            entries.remove(WAIT_UNTIL + username);
        } else {
            entries.setProperty(WAIT_UNTIL + username, Long.toString(waitUntil.toEpochMilli()));
        }
        save();
    }

    void clearFailures(String username) throws StoreException {
        boolean counted = entries.remove(FAILURES + username) != null;
        if (entries.remove(WAIT_UNTIL + username) != null || counted) {
            save();
        }
    }

    Path file() {
        return file;
    }

    /** A try the audit trail could not take when it was made (the database was closed). */
    public record Pending(String name, Instant when, atlas.core.audit.AuditAction action, String actor, String detail) {
    }

    /** Keeps a try for the audit trail, which takes it when the database next opens. */
    void pend(Instant when, atlas.core.audit.AuditAction action, String actor, String detail) throws StoreException {
        List<Pending> kept = pending();
        for (Pending old : kept.subList(0, Math.max(0, kept.size() - PENDING_MAX + 1))) {
            entries.remove(old.name());
        }
        entries.setProperty(PENDING + when.toEpochMilli() + "." + java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000), // unique, not secret
                action.name() + "\t" + actor + "\t" + detail);
        save();
    }

    /** The tries kept for the audit trail, oldest first. */
    public List<Pending> pending() {
        List<Pending> kept = new java.util.ArrayList<>();
        for (String name : entries.stringPropertyNames()) {
            if (name.startsWith(PENDING)) {
                String[] parts = entries.getProperty(name).split("\t", 3);
                try {
                    long millis = Long.parseLong(name.substring(PENDING.length(), name.indexOf('.', PENDING.length())));
                    kept.add(new Pending(name, Instant.ofEpochMilli(millis), atlas.core.audit.AuditAction.valueOf(parts[0]),
                            parts.length > 1 ? parts[1] : "?", parts.length > 2 ? parts[2] : ""));
                } catch (RuntimeException damaged) {
                    kept.add(new Pending(name, Instant.EPOCH, atlas.core.audit.AuditAction.SIGN_IN_REFUSED, "?",
                            "a refused try kept while the database was closed, damaged in the key file"));
                }
            }
        }
        kept.sort(java.util.Comparator.comparing(Pending::when).thenComparing(Pending::name));
        return kept;
    }

    /** The tries now in the audit trail leave the key file. */
    void written(List<Pending> done) throws StoreException {
        if (!done.isEmpty()) {
            done.forEach(entry -> entries.remove(entry.name()));
            save();
        }
    }

    /**
     * This key file as a backup carries it: the slots and the database file's identity, never an
     * unwrapped key, and not this PC's counts of wrong passwords.
     *
     * @throws StoreException BACKUP_KEY_NOT_PROTECTED when no password protects the key yet
     */
    public byte[] protectedCopy() throws StoreException {
        if (!hasSlots()) {
            throw new StoreException(StoreProblem.BACKUP_KEY_NOT_PROTECTED, file.getParent().toString());
        }
        Properties kept = new Properties();
        for (String name : entries.stringPropertyNames()) {
            if (!name.equals(UNPROTECTED) && !name.equals(CREATING) && !name.startsWith(FAILURES)
                    && !name.startsWith(WAIT_UNTIL) && !name.startsWith(PENDING)) {
                kept.setProperty(name, entries.getProperty(name));
            }
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            kept.store(out, COMMENT);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory", e);
        }
        return out.toByteArray();
    }

    public static String hex(byte[] key) {
        return HexFormat.of().formatHex(key);
    }

    /** Written to a new file, forced to disk, then moved over the old one: never half a key file. */
    void save() throws StoreException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            Files.deleteIfExists(partial);
            Files.createFile(partial);
            try {
                Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the data folder in the user's profile is the user's alone
            }
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE);
                    OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
                entries.store(out, COMMENT);
                out.flush();
                channel.force(true);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(StoreProblem.KEY_FILE_UNREADABLE, file.toString(), e);
        }
    }
}
