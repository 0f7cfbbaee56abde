package atlas.store.internal;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;

import atlas.core.store.BackupCheck;
import atlas.core.store.StoreException;
import atlas.core.store.StoreProblem;

/**
 * Backup, restore and key recovery from the command line, for when Atlas is not running (the
 * launcher's --backup, --verify-backup, --restore and --recover). While Atlas runs, back up from
 * its File menu. An encrypted database or backup asks for a user name and password (or, with an
 * empty user name, the recovery key); they are read from the terminal without echo, or from
 * standard input, one per line, when no terminal is attached (scripts).
 */
public final class BackupCommand {

    private static final Set<String> COMMANDS = Set.of("backup", "verify", "restore", "recover");

    private final Console console = System.console();
    private final BufferedReader input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));

    private BackupCommand() {
    }

    public static void main(String[] args) {
        // Liquibase and EclipseLink report through java.util.logging; a command line shows only problems.
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.setLevel(java.util.logging.Level.WARNING);
        for (java.util.logging.Handler handler : root.getHandlers()) {
            handler.setLevel(java.util.logging.Level.WARNING);
        }
        boolean recover = args.length == 1 && args[0].equals("recover");
        if (!recover && (args.length != 2 || !COMMANDS.contains(args[0]))) {
            System.err.println("usage: backup FILE | verify FILE | restore FILE | recover"
                    + "   (data folder: -Datlas.data or ATLAS_DATA)");
            System.exit(2);
        }
        Path dataFolder = DatabaseSettings.dataFolder(System.getenv());
        try {
            BackupCommand command = new BackupCommand();
            if (recover) {
                command.recover(dataFolder);
            } else {
                command.run(args[0], Path.of(args[1]).toAbsolutePath(), dataFolder);
            }
        } catch (StoreException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        } catch (IOException e) {
            System.err.println("Could not read the answer: " + e.getMessage());
            System.exit(1);
        }
    }

    private void run(String command, Path file, Path dataFolder) throws StoreException, IOException {
        BackupCheck check;
        switch (command) {
        case "backup":
            JpaClinicalDatabase database = new JpaClinicalDatabase(DatabaseSettings.embedded(dataFolder));
            try {
                if (database.needsKey()) {
                    unlock(database.encryption(), dataFolder.toString());
                }
                check = database.backup(file);
            } finally {
                database.close();
            }
            System.out.println("Backed up " + dataFolder + " to " + file);
            break;
        case "verify":
            check = DatabaseBackup.verify(file, keyOf(file));
            System.out.println(file + " is a sound backup");
            break;
        default:
            check = DatabaseBackup.restore(file, dataFolder, keyOf(file));
            System.out.println("Restored " + file + " into " + dataFolder
                    + " (the database and key file it replaced, if any, are kept beside them as *.replaced-...)");
        }
        System.out.println("  schema version " + check.schemaVersion() + ", " + check.patients() + " patients, "
                + check.bytes() + " bytes; every row of every table and index read (" + check.rows()
                + " rows), audit chain of " + check.auditEntries() + " entries intact");
    }

    /** The backup's own key, opened with what the user types; null for a backup from before encryption. */
    private String keyOf(Path backup) throws StoreException, IOException {
        try {
            return DatabaseBackup.keyOf(backup, null, null);
        } catch (StoreException locked) {
            if (locked.problem() != StoreProblem.DATABASE_LOCKED) {
                throw locked;
            }
        }
        String username = ask("User name (leave empty to give the recovery key): ");
        char[] secret = askSecret(username.isEmpty() ? "Recovery key: " : "Password: ");
        try {
            return DatabaseBackup.keyOf(backup, username.isEmpty() ? null : username, secret);
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    private void unlock(FileEncryption encryption, String where) throws StoreException, IOException {
        String username = ask("User name (leave empty to give the recovery key): ");
        char[] secret = askSecret(username.isEmpty() ? "Recovery key: " : "Password: ");
        try {
            boolean unlocked = username.isEmpty() ? encryption.unlockWithRecoveryKey(secret)
                    : encryption.unlock(username, secret);
            if (!unlocked) {
                throw new StoreException(StoreProblem.KEY_NOT_OPENED, where);
            }
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    /**
     * Key recovery: every administrator's password is lost. The recovery key written down at the
     * first start opens the database key; the named user gets a new password (and a new slot).
     */
    private void recover(Path dataFolder) throws StoreException, IOException {
        JpaClinicalDatabase database = new JpaClinicalDatabase(DatabaseSettings.embedded(dataFolder));
        try {
            char[] recoveryKey = askSecret("Recovery key: ");
            try {
                if (database.encryption() == null || !database.encryption().unlockWithRecoveryKey(recoveryKey)) {
                    throw new StoreException(StoreProblem.KEY_NOT_OPENED, dataFolder.toString());
                }
            } finally {
                Arrays.fill(recoveryKey, '\0');
            }
            String username = ask("User name whose password is set again: ");
            char[] password = askSecret("New password (at least 10 characters): ");
            char[] repeated = askSecret("The new password again: ");
            try {
                if (!Arrays.equals(password, repeated)) {
                    System.err.println("The two passwords differ; nothing was changed.");
                    System.exit(1);
                }
                new JpaUserService(database).setPasswordWithRecoveryKey(username, password);
            } finally {
                Arrays.fill(password, '\0');
                Arrays.fill(repeated, '\0');
            }
            System.out.println("A new password is set for " + username + "; sign in to Atlas with it.");
        } finally {
            database.close();
        }
    }

    private String ask(String prompt) throws IOException {
        if (console != null) {
            String line = console.readLine("%s", prompt);
            return line == null ? "" : line.strip();
        }
        System.err.print(prompt);
        String line = input.readLine();
        return line == null ? "" : line.strip();
    }

    private char[] askSecret(String prompt) throws IOException {
        if (console != null) {
            char[] typed = console.readPassword("%s", prompt);
            return typed == null ? new char[0] : typed;
        }
        System.err.print(prompt);
        String line = input.readLine();
        return line == null ? new char[0] : line.toCharArray();
    }
}
