package atlas.store.internal.command;

import java.nio.file.Files;
import java.time.Instant;

import atlas.core.command.Credentials;
import atlas.core.security.SignInRefused;
import atlas.core.store.StoreException;
import atlas.store.internal.DatabaseSettings;
import atlas.store.internal.JpaClinicalDatabase;
import atlas.store.internal.access.JpaUserService;
import atlas.store.internal.access.WorkstationSession;

/**
 * The clinic's database opened for a command by a user's sign-in - throttled and audited as in the
 * window, and the session the services check each permission against. Closed by the command.
 */
public record SignedIn(JpaClinicalDatabase database, WorkstationSession session) implements AutoCloseable {

    /** The database the launch options name; refused when the data folder holds no clinic. */
    public static DatabaseSettings clinic() throws Credentials.Refused {
        DatabaseSettings settings = DatabaseSettings.fromEnvironment(System.getenv());
        if (settings.isEmbedded() && !Files.exists(settings.databaseFile())) {
            // opening would make a new, empty clinic there: never what a command on a clinic means
            throw new Credentials.Refused("There is no clinic in " + settings.dataFolder() + ": give its data folder with"
                    + " --data (or ATLAS_DATA)");
        }
        return settings;
    }

    /** Opens the clinic and signs {@code who} in; the password is cleared either way. */
    public static SignedIn open(DatabaseSettings settings, Credentials who) throws StoreException, SignInRefused {
        JpaClinicalDatabase database = JpaClinicalDatabase.on(settings);
        try {
            WorkstationSession session = new WorkstationSession();
            database.useSession(session);
            new JpaUserService(database, session).signIn(who.username(), who.password(), Instant.now());
            return new SignedIn(database, session);
        } catch (StoreException | SignInRefused | RuntimeException e) {
            database.close();
            throw e;
        } finally {
            who.clear();
        }
    }

    @Override
    public void close() {
        database.close();
    }
}
