package atlas.store.internal.backup;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import atlas.core.audit.AuditAction;
import atlas.core.security.Permission;
import atlas.core.store.BackupCheck;
import atlas.core.store.BackupPlan;
import atlas.core.store.BackupStatus;
import atlas.core.store.StoreException;
import atlas.core.store.StoreProblem;
import atlas.store.internal.DatabaseSettings;
import atlas.store.internal.JpaClinicalDatabase;
import atlas.store.internal.access.Permissions;
import atlas.store.internal.audit.AuditLog;

/**
 * The backup service of one workstation's database ({@link atlas.core.store.BackupService}, which
 * {@link JpaClinicalDatabase} offers): Back Up Now to a file and the plan's backups (on close,
 * daily; see {@link ClinicBackups}) - the administrator's by hand (checked and audited under the
 * signed-in user), the plan's whoever is signed in (audited as {@value #PLANNED_BACKUP_ACTOR}). A
 * shared server is backed up by its own tools: every call says so.
 */
public final class WorkstationBackups {

    private static final Logger LOG = LoggerFactory.getLogger(WorkstationBackups.class);
    /** Who the audit trail names for the backups Atlas writes by its plan. */
    static final String PLANNED_BACKUP_ACTOR = "system: planned backup";

    private final JpaClinicalDatabase database;
    /** The plan's backups of the embedded database; null for a server. */
    private final ClinicBackups plan;

    public WorkstationBackups(JpaClinicalDatabase database) {
        this.database = database;
        DatabaseSettings settings = database.settings();
        this.plan = settings.isEmbedded() ? new ClinicBackups(settings.dataFolder()) : null;
    }

    /** Back Up Now into {@code target}: the administrator's, audited. */
    public BackupCheck backup(Path target) throws StoreException {
        Permissions.require(database, database.session(), Permission.BACK_UP);
        BackupCheck check = write(target);
        database.write(em -> AuditLog.append(em, AuditAction.BACKUP, "Database", null, null, describe(check)));
        return check;
    }

    public BackupCheck verify(Path backup) throws StoreException {
        database.open();
        return DatabaseBackup.verify(backup, database.fileKey());
    }

    public BackupPlan plan() throws StoreException {
        return embedded().plan();
    }

    public void plan(BackupPlan chosen) throws StoreException {
        Permissions.require(database, database.session(), Permission.BACK_UP);
        embedded().save(chosen);
        database.write(em -> AuditLog.append(em, AuditAction.UPDATE, "BackupPlan", null, null, "backups to "
                + chosen.destination() + (chosen.dailyAt() == null ? ", on close only" : ", daily at " + chosen.dailyAt())
                + ", warn after " + chosen.limit().toDays() + " days"));
    }

    /** A backup into the plan's destination by the administrator's hand: audited under the signed-in user. */
    public BackupCheck backupNow() throws StoreException {
        Permissions.require(database, database.session(), Permission.BACK_UP);
        BackupCheck check = embedded().backUp(this::write, LocalDateTime.now());
        database.write(em -> AuditLog.append(em, AuditAction.BACKUP, "Database", null, null, describe(check)));
        return check;
    }

    public BackupStatus status() {
        return plan == null ? new BackupStatus(null, null, false, null) : plan.status(Instant.now());
    }

    /** The backup on close, where the launcher asks for it ({@value JpaClinicalDatabase#BACKUP_ON_CLOSE_PROPERTY}). */
    public void onClose() {
        if (plan != null && Boolean.getBoolean(JpaClinicalDatabase.BACKUP_ON_CLOSE_PROPERTY)) {
            plan.planned("on close:", planned());
        }
    }

    public void startDaily() {
        if (plan != null) {
            plan.startDaily(planned());
        }
    }

    public void stopDaily() {
        if (plan != null) {
            plan.stopDaily();
        }
    }

    static String describe(BackupCheck check) {
        return "backup to " + check.file() + ": " + check.patients() + " patients, every row read, audit chain of "
                + check.auditEntries() + " entries intact";
    }

    private ClinicBackups embedded() throws StoreException {
        if (plan == null) {
            throw new StoreException(StoreProblem.BACKUP_NOT_EMBEDDED, database.location());
        }
        return plan;
    }

    /** A consistent copy of the open embedded database into {@code target}, read back whole. */
    private BackupCheck write(Path target) throws StoreException {
        if (plan == null) {
            throw new StoreException(StoreProblem.BACKUP_NOT_EMBEDDED, database.location());
        }
        database.open();
        try (Connection connection = database.connect(false)) { // the open file is not rewritten under the copy
            BackupCheck check = DatabaseBackup.backup(connection, target, database.settings().dataFolder(),
                    database.fileKey());
            LOG.info("Backup written to {} ({} patients, {} bytes)", target, check.patients(), check.bytes());
            return check;
        } catch (SQLException e) {
            throw new StoreException(StoreProblem.BACKUP_FAILED, target.toString(), e);
        }
    }

    /** How the plan's backups reach the database: its writer and its audit trail. */
    private ClinicBackups.Store planned() {
        return new ClinicBackups.Store() {
            @Override
            public BackupCheck write(Path target) throws StoreException {
                return WorkstationBackups.this.write(target);
            }

            @Override
            public void audit(String detail) throws StoreException {
                database.write(em -> AuditLog.appendAs(em, PLANNED_BACKUP_ACTOR, Instant.now(), AuditAction.BACKUP,
                        "Database", null, null, detail));
            }

            @Override
            public boolean isOpen() {
                return database.isEmbeddedOpen();
            }
        };
    }
}
