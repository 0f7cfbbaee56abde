package atlas.store.internal.keys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * One slot of the key file: the database key wrapped with a key derived from a secret (a user's
 * password or the recovery key) by Argon2id with the slot's own salt, then AES-256-GCM with the
 * slot's name as associated data, so a slot copied to another name opens nothing. Format 1:
 * {@code 1$salt$nonce$ciphertext}, base64 without padding; a slot of other lengths is damaged.
 */
public final class KeySlot {

    /** Slot format 1: Argon2id with {@link Argon2Passwords}' parameters, AES-256-GCM, 12-byte nonce. */
    private static final String FORMAT = "1";
    private static final int SALT_BYTES = 16;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int WRAPPED_BYTES = DatabaseKeys.KEY_BYTES + TAG_BITS / 8;
    /** RFC 4648 base32: no 0, 1, 8 or 9, so a handwritten recovery key is read back without doubt. */
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final int RECOVERY_BYTES = 20;

    /** A slot that is not whole: the key file was cut short or edited, not a wrong secret. */
    public static final class Damaged extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Damaged(String slotName) {
            super("the key slot " + slotName + " is damaged");
        }
    }

    private KeySlot() {
    }

    static String wrap(String slotName, char[] secret, byte[] key) {
        byte[] salt = Argon2Passwords.random(SALT_BYTES);
        byte[] nonce = Argon2Passwords.random(NONCE_BYTES);
        byte[] wrapping = Argon2Passwords.deriveKey(secret, salt);
        try {
            Cipher aes = gcm(Cipher.ENCRYPT_MODE, wrapping, nonce, slotName);
            Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
            return FORMAT + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(nonce) + "$"
                    + base64.encodeToString(aes.doFinal(key));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        } finally {
            Arrays.fill(wrapping, (byte) 0);
        }
    }

    /**
     * The key, or null when the secret does not open the slot.
     *
     * @throws Damaged when the slot is not a whole slot of a known format
     */
    static byte[] unwrap(String slotName, String slot, char[] secret) {
        String[] parts = slot.split("\\$");
        if (parts.length != 4 || !FORMAT.equals(parts[0])) {
            throw new Damaged(slotName);
        }
        Base64.Decoder base64 = Base64.getDecoder();
        byte[] salt;
        byte[] nonce;
        byte[] wrapped;
        try {
            salt = base64.decode(parts[1]);
            nonce = base64.decode(parts[2]);
            wrapped = base64.decode(parts[3]);
        } catch (IllegalArgumentException notBase64) {
            throw new Damaged(slotName);
        }
        if (salt.length != SALT_BYTES || nonce.length != NONCE_BYTES || wrapped.length != WRAPPED_BYTES) {
            throw new Damaged(slotName); // cut short: the GCM tag would fail like a wrong password
        }
        byte[] wrapping = Argon2Passwords.deriveKey(secret, salt);
        try {
            return gcm(Cipher.DECRYPT_MODE, wrapping, nonce, slotName).doFinal(wrapped);
        } catch (AEADBadTagException wrongSecretOrOtherName) {
            return null;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        } finally {
            Arrays.fill(wrapping, (byte) 0);
        }
    }

    /** As long as opening a slot takes, for a name without one. */
    static void spendTheTimeOfATry(char[] secret) {
        Arrays.fill(Argon2Passwords.deriveKey(secret, new byte[SALT_BYTES]), (byte) 0);
    }

    /** A new recovery key: 32 base32 characters (160 random bits). */
    static char[] newRecoveryKey() {
        byte[] random = Argon2Passwords.random(RECOVERY_BYTES);
        char[] recovery = base32(random);
        Arrays.fill(random, (byte) 0);
        return recovery;
    }

    private static Cipher gcm(int mode, byte[] wrapping, byte[] nonce, String slotName)
            throws GeneralSecurityException {
        Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(mode, new SecretKeySpec(wrapping, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        aes.updateAAD(("atlas-key-slot:" + slotName).getBytes(StandardCharsets.UTF_8));
        return aes;
    }

    private static char[] base32(byte[] bytes) {
        char[] out = new char[bytes.length * 8 / 5];
        int buffer = 0;
        int bits = 0;
        int next = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out[next++] = BASE32.charAt((buffer >> (bits - 5)) & 31);
                bits -= 5;
            }
        }
        return out;
    }

    /** Upper case without dashes or spaces; 0 and 1 typed for O and I are read as those. */
    static char[] normaliseRecoveryKey(char[] typed) {
        StringBuilder kept = new StringBuilder();
        for (char c : typed) {
            char upper = Character.toUpperCase(c);
            upper = upper == '0' ? 'O' : upper == '1' ? 'I' : upper;
            if (BASE32.indexOf(upper) >= 0) {
                kept.append(upper);
            }
        }
        char[] normalised = new char[kept.length()];
        kept.getChars(0, kept.length(), normalised, 0);
        kept.setLength(0);
        return normalised;
    }
}
