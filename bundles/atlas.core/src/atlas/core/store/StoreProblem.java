package atlas.core.store;

/**
 * Why the clinical database could not be used, each with what the user can do about it. The texts
 * are shown as they are in the start-up dialog and written to the log.
 */
public enum StoreProblem {

    DATA_FOLDER_NOT_WRITABLE("Atlas cannot write to its data folder %s.",
            "Choose a folder you may write to with --data or the ATLAS_DATA variable, "
                    + "or ask your administrator to give you write access to this one."),

    DATABASE_IN_USE("The clinical database in %s is already open in another Atlas window or program.",
            "Close the other Atlas first (check the taskbar and other user sessions on this PC), "
                    + "then start Atlas again. Your records are safe."),

    DATABASE_TOO_NEW("The clinical database in %s was written by a newer version of Atlas.",
            "Install that newer Atlas version to open it. This older version leaves the database "
                    + "untouched so no record is lost."),

    DATABASE_UNREADABLE("The clinical database in %s could not be opened.",
            "Restore the latest backup or contact your administrator; the log file in the data "
                    + "folder has the technical details."),

    BACKUP_DAMAGED("The backup %s is damaged or not an Atlas backup.",
            "Nothing was restored and the current database is unchanged. Use another backup file."),

    BACKUP_FAILED("The backup to %s could not be written.",
            "Check that the folder exists, that you may write to it and that the disk has room, then try again."),

    BACKUP_NOT_EMBEDDED("%s is a shared clinic server; Atlas backs up only its embedded database.",
            "Ask your administrator: the server is backed up with PostgreSQL's own tools (pg_dump)."),

    SERVER_UNREACHABLE("The shared clinic database server %s could not be reached.",
            "Check the network connection and that the server is running, then start Atlas again.");

    private final String what;
    private final String advice;

    StoreProblem(String what, String advice) {
        this.what = what;
        this.advice = advice;
    }

    /** What went wrong, naming the database or folder. */
    public String describe(String location) {
        return String.format(what, location);
    }

    /** What the user should do next. */
    public String advice() {
        return advice;
    }
}
