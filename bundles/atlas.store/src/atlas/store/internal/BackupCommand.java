package atlas.store.internal;

import java.nio.file.Path;
import java.util.Map;

import atlas.core.store.BackupCheck;
import atlas.core.store.StoreException;

/**
 * Backup and restore from the command line, for when Atlas is not running (the launcher's
 * --backup, --verify-backup and --restore). While Atlas runs, back up from its File menu.
 */
public final class BackupCommand {

    private BackupCommand() {
    }

    public static void main(String[] args) {
        // Liquibase and EclipseLink report through java.util.logging; a command line shows only problems.
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.setLevel(java.util.logging.Level.WARNING);
        for (java.util.logging.Handler handler : root.getHandlers()) {
            handler.setLevel(java.util.logging.Level.WARNING);
        }
        if (args.length != 2 || !Map.of("backup", 1, "verify", 1, "restore", 1).containsKey(args[0])) {
            System.err.println("usage: backup FILE | verify FILE | restore FILE   (data folder: -Datlas.data or ATLAS_DATA)");
            System.exit(2);
        }
        Path file = Path.of(args[1]).toAbsolutePath();
        Path dataFolder = DatabaseSettings.dataFolder(System.getenv());
        try {
            BackupCheck check;
            switch (args[0]) {
            case "backup":
                JpaClinicalDatabase database = new JpaClinicalDatabase(DatabaseSettings.embedded(dataFolder));
                try {
                    check = database.backup(file);
                } finally {
                    database.close();
                }
                System.out.println("Backed up " + dataFolder + " to " + file);
                break;
            case "verify":
                check = DatabaseBackup.verify(file);
                System.out.println(file + " is a sound backup");
                break;
            default:
                check = DatabaseBackup.restore(file, dataFolder);
                System.out.println("Restored " + file + " into " + dataFolder
                        + " (the database it replaced, if any, is kept beside it as atlas.mv.db.replaced-...)");
            }
            System.out.println("  schema version " + check.schemaVersion() + ", " + check.patients() + " patients, "
                    + check.bytes() + " bytes");
        } catch (StoreException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }
}
