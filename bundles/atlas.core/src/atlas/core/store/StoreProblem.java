package atlas.core.store;

import atlas.core.validation.Wording;

/**
 * Why the clinical database could not be used, each with what the user can do about it. The texts
 * (problem.* in the validation wording bundle, English and German) are shown in the start-up
 * dialog and written to the log.
 */
public enum StoreProblem {

    DATA_FOLDER_NOT_WRITABLE,
    DATABASE_IN_USE,
    DATABASE_TOO_NEW,
    DATABASE_UNREADABLE,
    BACKUP_DAMAGED,
    BACKUP_MISSING,
    BACKUP_TAMPERED,
    BACKUP_FAILED,
    BACKUP_NOT_EMBEDDED,
    SERVER_UNREACHABLE,
    SERVER_URL_INVALID,
    SERVER_PASSWORD_FILE,
    BACKUP_DESTINATION_NOT_WRITABLE,
    DATABASE_LOCKED,
    KEY_FILE_UNREADABLE,
    KEY_NOT_OPENED,
    BACKUP_KEY_NOT_PROTECTED,
    KEY_RENEWAL_FAILED,
    KEY_RENEWAL_NO_SPACE;

    /** What went wrong, naming the database or folder. */
    public String describe(String location) {
        return Wording.of("problem." + name() + ".what", location);
    }

    /** What the user should do next. */
    public String advice() {
        return Wording.of("problem." + name() + ".advice");
    }
}
