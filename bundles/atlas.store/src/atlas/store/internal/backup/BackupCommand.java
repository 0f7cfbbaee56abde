package atlas.store.internal.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import atlas.core.audit.AuditAction;
import atlas.core.security.AccessDeniedException;
import atlas.core.security.SignInRefused;
import atlas.core.store.BackupCheck;
import atlas.core.store.StoreException;
import atlas.core.store.StoreProblem;
import atlas.store.internal.DatabaseSettings;
import atlas.store.internal.JpaClinicalDatabase;
import atlas.store.internal.LaunchSettings;
import atlas.store.internal.access.JpaUserService;
import atlas.store.internal.access.Throttle;
import atlas.store.internal.access.WorkstationSession;
import atlas.core.command.Terminal;
import atlas.store.internal.audit.AuditLog;
import atlas.store.internal.keys.DatabaseKeys;
import atlas.store.internal.keys.FileEncryption;

/**
 * Backup, restore and key recovery from the command line, for when Atlas is not running (the
 * launcher's --backup, --verify-backup, --restore and --recover), under the rules of the window:
 * an administrator's user name and password (or, to verify or restore a backup, and to recover,
 * the recovery key), wrong ones throttled like a sign-in, and every attempt in the audit trail -
 * written at once where the database is open, else kept in the key file until it next opens. They
 * are read from the terminal without echo, or from standard input, one per line, when no terminal
 * is attached (scripts). Exit status: 0 done, 1 refused or failed (the message says why), 2 usage.
 */
public final class BackupCommand {

    private static final Set<String> COMMANDS = Set.of("backup", "verify", "restore", "recover");
    private static final String HERE = " at the command line";

    private final Terminal terminal = new Terminal();

    /** Who gives the command: a user with a password, or (no user name) the holder of the recovery key. */
    private record Who(String username, char[] secret) {
        boolean recovery() {
            return username == null;
        }

        /** The name tries are counted and audited under. */
        String name() {
            return recovery() ? DatabaseKeys.RECOVERY_TRIES : username;
        }

        String what() {
            return recovery() ? "recovery key" : "password";
        }
    }

    private BackupCommand() {
    }

    public static void main(String[] args) {
        Terminal.quiet();
        boolean recover = args.length == 1 && args[0].equals("recover");
        if (!recover && (args.length != 2 || !COMMANDS.contains(args[0]) || args[1].isBlank())) {
            System.err.println("usage: backup FILE | verify FILE | restore FILE | recover"
                    + "   (data folder: -Datlas.data or ATLAS_DATA)");
            System.exit(2);
        }
        Path dataFolder = new LaunchSettings().dataFolder(); // the launch options, read as the product reads them
        try {
            BackupCommand command = new BackupCommand();
            if (recover) {
                command.recover(dataFolder);
            } else {
                command.run(args[0], Path.of(args[1]).toAbsolutePath(), dataFolder);
            }
        } catch (StoreException | SignInRefused | AccessDeniedException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        } catch (IOException e) {
            System.err.println("Could not read the answer: " + e.getMessage());
            System.exit(1);
        }
    }

    private void run(String command, Path file, Path dataFolder)
            throws StoreException, SignInRefused, IOException {
        if (!command.equals("backup") && !Files.isRegularFile(file)) {
            throw new StoreException(StoreProblem.BACKUP_MISSING, file.toString());
        }
        Who who = askWho(command.equals("backup") ? "User name of an administrator: "
                : "User name of an administrator (leave empty to give the recovery key): ");
        try {
            switch (command) {
            case "backup" -> backup(file, dataFolder, who);
            case "verify" -> verify(file, dataFolder, who);
            default -> restore(file, dataFolder, who);
            }
        } finally {
            Arrays.fill(who.secret(), '\0');
        }
    }

    /** The user's sign-in opens the database (throttled, audited); the backup needs the role that may. */
    private static void backup(Path file, Path dataFolder, Who who) throws StoreException, SignInRefused {
        if (who.recovery()) {
            throw new StoreException(StoreProblem.KEY_NOT_OPENED, dataFolder + " (a backup is made with an"
                    + " administrator's password; with the recovery key, --recover sets one first)");
        }
        JpaClinicalDatabase database = JpaClinicalDatabase.on(DatabaseSettings.embedded(dataFolder));
        try {
            WorkstationSession session = new WorkstationSession();
            database.useSession(session);
            // the sign-in begins the session: the backup is checked against this user's role
            new JpaUserService(database, session).signIn(who.username(), who.secret(), Instant.now());
            BackupCheck check = database.backup(file); // refused (and audited) for a role that may not
            System.out.println("Backed up " + dataFolder + " to " + file);
            print(check);
        } finally {
            database.close();
        }
    }

    private static void verify(Path file, Path dataFolder, Who who) throws StoreException, SignInRefused {
        FileEncryption counting = countingIn(dataFolder);
        BackupCheck check;
        try {
            check = DatabaseBackup.verify(file, keyOf(file, who, counting), who.username());
        } catch (AccessDeniedException refused) {
            pend(counting, AuditAction.ACCESS_DENIED, who, "verify backup " + file + HERE + ": " + refused.getMessage());
            throw refused;
        }
        pend(counting, AuditAction.BACKUP, who, "backup " + file + " verified" + HERE);
        System.out.println(file + " is a sound backup");
        print(check);
    }

    /**
     * The backup's own accounts must name the user an administrator (its key opened with the
     * password); the restored database takes the audit entry, and the tries kept before.
     */
    private static void restore(Path file, Path dataFolder, Who who) throws StoreException, SignInRefused {
        FileEncryption counting = countingIn(dataFolder);
        String key = keyOf(file, who, counting);
        List<DatabaseKeys.Pending> kept = counting == null ? List.of() : counting.keys().pending();
        BackupCheck check;
        try {
            check = DatabaseBackup.restore(file, dataFolder, key, who.username());
        } catch (AccessDeniedException refused) {
            pend(counting, AuditAction.ACCESS_DENIED, who, "restore " + file + HERE + ": " + refused.getMessage());
            throw refused;
        }
        JpaClinicalDatabase restored = JpaClinicalDatabase.on(DatabaseSettings.embedded(dataFolder));
        try {
            FileEncryption keys = restored.encryption();
            if (key != null && !(who.recovery() ? keys.unlockWithRecoveryKey(who.secret())
                    : keys.unlock(who.username(), who.secret()))) {
                throw new StoreException(StoreProblem.KEY_NOT_OPENED, dataFolder.toString());
            }
            for (DatabaseKeys.Pending tried : kept) {
                keys.pend(tried.when(), tried.action(), tried.actor(), tried.detail());
            }
            restored.open(); // the tries kept before go into its trail
            restored.write(em -> AuditLog.appendAs(em, who.name(), Instant.now(), AuditAction.RESTORE, "Database", null,
                    null, "restored from " + file + HERE + ": " + check.patients() + " patients, every row read, audit"
                            + " chain of " + check.auditEntries() + " entries intact; the database it replaced is kept"
                            + " beside it (*.replaced-...)"));
        } finally {
            restored.close();
        }
        System.out.println("Restored " + file + " into " + dataFolder
                + " (the database and key file it replaced, if any, are kept beside them as *.replaced-...)");
        print(check);
    }

    /** The backup's file key, opened with what was typed; tries throttled where the data folder has a key file. */
    private static String keyOf(Path backup, Who who, FileEncryption counting) throws StoreException, SignInRefused {
        String[] key = new String[1];
        Throttle.Attempt attempt = () -> {
            try {
                key[0] = DatabaseBackup.keyOf(backup, who.username(), who.secret());
                return true;
            } catch (StoreException refused) {
                if (refused.problem() == StoreProblem.KEY_NOT_OPENED) {
                    return false;
                }
                throw refused;
            }
        };
        if (counting != null) {
            Throttle.beforeOpen(counting, who.name(), who.what() + " for " + backup.getFileName() + HERE,
                    Instant.now(), attempt);
        } else if (!attempt.opens()) {
            throw new StoreException(StoreProblem.KEY_NOT_OPENED, backup.toString());
        }
        return key[0];
    }

    /** The key file of the data folder, which counts tries and keeps them for its audit trail; null if none. */
    private static FileEncryption countingIn(Path dataFolder) {
        return DatabaseKeys.exist(dataFolder) ? new FileEncryption(dataFolder) : null;
    }

    private static void pend(FileEncryption counting, AuditAction action, Who who, String detail) throws StoreException {
        if (counting != null) {
            counting.pend(Instant.now(), action, who.name(), detail);
        }
    }

    private static void print(BackupCheck check) {
        System.out.println("  schema version " + check.schemaVersion() + ", " + check.patients() + " patients, "
                + check.bytes() + " bytes; every row of every table and index read (" + check.rows()
                + " rows), audit chain of " + check.auditEntries() + " entries intact");
    }

    /**
     * Key recovery: every administrator's password is lost. The recovery key written down at the
     * first start opens the database key (throttled like a password); the named user gets a new
     * password (and a new slot), audited.
     */
    private void recover(Path dataFolder) throws StoreException, SignInRefused, IOException {
        JpaClinicalDatabase database = JpaClinicalDatabase.on(DatabaseSettings.embedded(dataFolder));
        try {
            FileEncryption keys = database.encryption();
            char[] recoveryKey = terminal.askSecret("Recovery key: ");
            try {
                if (keys == null || !DatabaseKeys.exist(dataFolder)) {
                    throw new StoreException(StoreProblem.KEY_FILE_UNREADABLE, dataFolder.resolve(DatabaseKeys.FILE).toString());
                }
                Throttle.beforeOpen(keys, DatabaseKeys.RECOVERY_TRIES, "recovery key" + HERE, Instant.now(),
                        () -> keys.unlockWithRecoveryKey(recoveryKey));
            } finally {
                Arrays.fill(recoveryKey, '\0');
            }
            String username = terminal.ask("User name whose password is set again: ");
            char[] password = terminal.askSecret("New password (at least 10 characters): ");
            char[] repeated = terminal.askSecret("The new password again: ");
            try {
                if (!Arrays.equals(password, repeated)) {
                    System.err.println("The two passwords differ; nothing was changed.");
                    System.exit(1);
                }
                // no one is signed in: the trail names the recovery command (JpaUserService.RECOVERY_ACTOR)
                WorkstationSession nobody = new WorkstationSession();
                database.useSession(nobody);
                new JpaUserService(database, nobody).setPasswordWithRecoveryKey(username, password);
            } finally {
                Arrays.fill(password, '\0');
                Arrays.fill(repeated, '\0');
            }
            System.out.println("A new password is set for " + username + "; sign in to Atlas with it.");
        } finally {
            database.close();
        }
    }

    private Who askWho(String prompt) throws IOException {
        String username = terminal.ask(prompt);
        char[] secret = terminal.askSecret(username.isEmpty() ? "Recovery key: " : "Password: ");
        return new Who(username.isEmpty() ? null : username, secret);
    }
}
