package atlas.demo;

import java.util.Optional;

import atlas.core.clinician.Clinician;
import atlas.core.clinician.ClinicianService;
import atlas.core.security.Role;
import atlas.core.security.UserAccount;
import atlas.core.security.UserService;
import atlas.core.store.StoreException;

/**
 * The sign-in accounts of the demo clinic, one per role, with passwords written in the README:
 * for trying Atlas only - a clinic's own database never gets them (they are made only where there
 * is no account yet, by the demo option or a benchmark).
 */
public final class DemoAccounts {

    public static final String ADMINISTRATOR = "admin";
    public static final String THERAPIST = "demo.therapist";
    public static final String FRONT_DESK = "demo.desk";
    /** The demo password of every demo account. */
    public static final String PASSWORD = "atlas-demo-2026";

    private DemoAccounts() {
    }

    /**
     * Creates the three demo accounts in a database without accounts; returns the therapist's
     * account (linked to the demo clinician), or empty when the database has other accounts.
     */
    public static Optional<UserAccount> ensure(UserService users, ClinicianService clinicians) throws StoreException {
        if (users.hasUsers()) {
            return users.users().stream().filter(user -> user.getUsername().equals(THERAPIST)).findFirst();
        }
        UserAccount admin = users.createFirstAdministrator(ADMINISTRATOR, "Clinic Administrator", PASSWORD.toCharArray());
        Clinician clinician = clinicians.findByUsername(THERAPIST).orElse(null);
        if (clinician == null) {
            clinician = clinicians.register(new Clinician(THERAPIST, "Maria Lehmann, PT", "physiotherapist"));
        }
        UserAccount therapist = new UserAccount(THERAPIST, clinician.getDisplayName(), Role.THERAPIST);
        therapist.setClinicianId(clinician.getId());
        therapist = users.createUser(admin, therapist, PASSWORD.toCharArray());
        users.createUser(admin, new UserAccount(FRONT_DESK, "Front Desk", Role.FRONT_DESK), PASSWORD.toCharArray());
        return Optional.of(therapist);
    }
}
