package atlas.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import atlas.store.internal.keys.Argon2Passwords;

/**
 * An unknown user name is checked against a hash no password gives, so that its refusal takes as
 * long as a wrong password's. That hash is no longer derived when the user service starts (a third
 * of a second of every start): it must still cost a real check - the same Argon2 parameters as an
 * account's - and still match nothing.
 */
class UnknownUserHashTest {

    @Test
    void theUnknownUsersHashHasAnAccountsParametersAndMatchesNoPassword() {
        String account = Argon2Passwords.hash("a-password-2026".toCharArray());
        String unknown = Argon2Passwords.unmatchable();

        assertEquals(parameters(account), parameters(unknown), "the same memory, passes and lanes: the same time");
        assertEquals(account.length(), unknown.length(), "a salt and a hash as long as an account's");
        assertTrue(Argon2Passwords.matches("a-password-2026".toCharArray(), account));
        assertFalse(Argon2Passwords.matches("a-password-2026".toCharArray(), unknown));
        assertFalse(Argon2Passwords.matches(new char[0], unknown));
        assertNotEquals(unknown, Argon2Passwords.unmatchable(), "random bytes, not a constant a password was found for");
    }

    private static String parameters(String encoded) {
        return encoded.substring(0, encoded.indexOf('$', encoded.indexOf("m=")));
    }
}
