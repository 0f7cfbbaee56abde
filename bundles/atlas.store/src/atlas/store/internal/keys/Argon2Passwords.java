package atlas.store.internal.keys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Password hashes with Argon2id (RFC 9106), memory-hard, a random 16-byte salt per password, in
 * the PHC string format ("$argon2id$v=19$m=19456,t=2,p=1$salt$hash") so that the parameters travel
 * with each hash and can be raised later. Parameters: OWASP Password Storage Cheat Sheet's
 * minimum for Argon2id (19 MiB, 2 iterations, 1 lane).
 */
public final class Argon2Passwords {

    static final int MEMORY_KIB = 19_456;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Pattern PHC = Pattern
            .compile("\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final SecureRandom RANDOM = new SecureRandom();

    private Argon2Passwords() {
    }

    public static String hash(char[] password) {
        byte[] salt = random(SALT_BYTES);
        return encoded(salt, derive(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES));
    }

    /**
     * An encoded hash with {@link #hash}'s parameters that no password gives: random bytes stand in
     * for the derived hash. Checking a password against it costs as much as checking a real account's,
     * so an unknown user name takes as long to refuse as a wrong password - without deriving a hash
     * when the user service starts (that took about a third of a second of the start, on the window's
     * thread).
     */
    public static String unmatchable() {
        return encoded(random(SALT_BYTES), random(HASH_BYTES));
    }

    /** Fresh bytes from the one SecureRandom of the key code: salts, nonces, keys. */
    static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** The PHC string format of Argon2 (the reference implementation's): parameters, salt, hash. */
    private static String encoded(byte[] salt, byte[] hash) {
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$"
                + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
    }

    /** Whether {@code password} gives {@code encoded}'s hash, compared in constant time. */
    public static boolean matches(char[] password, String encoded) {
        Matcher phc = encoded == null ? null : PHC.matcher(encoded);
        if (phc == null || !phc.matches()) {
            return false;
        }
        Base64.Decoder base64 = Base64.getDecoder();
        byte[] expected = base64.decode(phc.group(5));
        byte[] actual = derive(password, base64.decode(phc.group(4)), Integer.parseInt(phc.group(1)),
                Integer.parseInt(phc.group(2)), Integer.parseInt(phc.group(3)), expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    /** A 256-bit key from a secret (password or recovery key), for the database key's slots. */
    static byte[] deriveKey(char[] secret, byte[] salt) {
        return derive(secret, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
    }

    private static byte[] derive(char[] password, byte[] salt, int memoryKib, int iterations, int parallelism,
            int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withSalt(salt).withMemoryAsKB(memoryKib)
                .withIterations(iterations).withParallelism(parallelism).build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        java.nio.ByteBuffer encoded = StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(password));
        byte[] utf8 = new byte[encoded.remaining()];
        encoded.get(utf8);
        java.util.Arrays.fill(encoded.array(), (byte) 0); // no copy of the password stays behind as a String
        try {
            generator.generateBytes(utf8, out);
        } finally {
            java.util.Arrays.fill(utf8, (byte) 0);
        }
        return out;
    }
}
