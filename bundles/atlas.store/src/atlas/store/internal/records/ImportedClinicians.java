package atlas.store.internal.records;

import java.util.Locale;

import atlas.core.clinician.Clinician;

/**
 * The user names Atlas gives the clinicians of another system's records: "ext." and their name
 * there, folded to what a user name may hold. A record moved on again keeps the name it had
 * ("ext.mlehmann" stays, not "ext.ext.mlehmann").
 */
final class ImportedClinicians {

    static final String PREFIX = "ext.";

    private ImportedClinicians() {
    }

    static String username(String key) {
        String folded = key == null ? "" : key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
        String username = folded.startsWith(PREFIX) ? folded : PREFIX + folded;
        username = username.length() > 40 ? username.substring(0, 40) : username;
        if (!Clinician.USERNAME_FORMAT.matcher(username).matches()) {
            throw new IllegalArgumentException(key); // "ext." and the folded name always match
        }
        return username;
    }
}
