package atlas.store.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Function;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import atlas.core.audit.AuditAction;
import atlas.core.security.Permission;
import atlas.core.store.AtRest;
import atlas.core.store.BackupCheck;
import atlas.core.store.BackupPlan;
import atlas.core.store.BackupService;
import atlas.core.store.BackupStatus;
import atlas.core.store.ClinicalDatabase;
import atlas.core.store.WorkstationSettings;
import atlas.core.store.OwnerOnly;
import atlas.core.store.StoreException;
import atlas.core.store.StoreProblem;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import atlas.store.internal.access.Permissions;
import atlas.store.internal.audit.AuditLog;
import atlas.store.internal.audit.AuditSeal;
import atlas.store.internal.backup.WorkstationBackups;
import atlas.store.internal.keys.FileEncryption;

/**
 * The clinical database as an OSGi service: EclipseLink over embedded H2 or a PostgreSQL server.
 * Activation is cheap; the database opens on the first {@link #open()} or unit of work, which the
 * application does from a background job. Opening order: data folder writable, workstation lock,
 * schema version check (refuse newer, untouched), migrations, then the EclipseLink factory.
 */
@Component(service = { ClinicalDatabase.class, BackupService.class })
public class JpaClinicalDatabase implements ClinicalDatabase, EntityManagers, BackupService {

    /** Who is signed in: Back Up Now is checked against that user's role (see Permissions). */
    @org.osgi.service.component.annotations.Reference
    private atlas.core.security.Session session;

    private static final Logger LOG = LoggerFactory.getLogger(JpaClinicalDatabase.class);
    /** {@code -Datlas.backup.onClose=true} (set by the launcher) backs the database up on every close. */
    public static final String BACKUP_ON_CLOSE_PROPERTY = "atlas.backup.onClose";
    /** PostgreSQL advisory lock key held while migrating ("ATLS" in ASCII). */
    static final long MIGRATION_LOCK_KEY = 0x41544c53L;

    private final DatabaseSettings settings;
    /** The embedded file's encryption; null for a server. */
    private final FileEncryption encryption;
    /** JDBC and EclipseLink to the database as it was opened (with its file key when encrypted). */
    private final DatabaseConnections connections;
    private volatile ListConnections listConnections;
    private DataFolderLock lock;
    private volatile EntityManagerFactory factory;
    /** While an opening runs: the sign-in warm-up then leaves the processor to it. */
    private volatile boolean opening;
    /** Backups of the embedded database, by hand and by the workstation's plan. */
    private final WorkstationBackups backups;
    private final AuditSeal seal;
    /** Units of work shared, opening and closing alone; the open file kept small (embedded). */
    private final RunningCompaction compaction;

    /** The OSGi service, opened as the workstation's settings service says (the launch options). */
    @org.osgi.service.component.annotations.Activate
    public JpaClinicalDatabase(
            @org.osgi.service.component.annotations.Reference(name = "settings") WorkstationSettings launch) {
        this(LaunchSettings.database(launch));
    }

    /**
     * The database as {@code settings} say, for the command line, tests and benchmarks. A factory,
     * not a public constructor: DS would try every public one-argument constructor and log an
     * error for this one at every start.
     */
    public static JpaClinicalDatabase on(DatabaseSettings settings) {
        return new JpaClinicalDatabase(settings);
    }

    private JpaClinicalDatabase(DatabaseSettings settings) {
        this.settings = settings;
        this.connections = new DatabaseConnections(settings);
        this.encryption = settings.isEmbedded() ? new FileEncryption(settings.dataFolder()) : null;
        this.backups = new WorkstationBackups(this);
        this.seal = new AuditSeal(settings.dataFolder());
        this.compaction = new RunningCompaction(settings.isEmbedded() ? settings.databaseFile() : null,
                () -> connections.chunksFillRate(listConnections), this::rewriteWhileOpen);
    }

    /** The audit trail's signed checkpoints of this workstation (embedded database). */
    @Override
    public AuditSeal seal() {
        return seal;
    }

    /** Signs the trail's head now, when an administrator's sign-in opened the signing key. */
    @Override
    public void checkpoint() throws StoreException {
        if (factory != null) {
            seal.checkpoint(this);
        }
    }

    @Override
    public void open() throws StoreException {
        if (factory != null) { // volatile read: the hot path of every unit of work takes no lock
            return;
        }
        if (compaction.inUnitOfWork()) {
            openOnce(); // no rewrite or close can run while this unit of work does
        } else {
            compaction.exclusive(() -> {
                openOnce();
                return null;
            });
        }
    }

    private synchronized void openOnce() throws StoreException {
        if (factory != null) {
            return;
        }
        opening = true;
        try {
            if (lock != null) {
                openDatabase(); // a rewrite or key renewal closed it and could not open it again
            } else {
                openWithLock();
            }
        } finally {
            opening = false;
        }
    }

    private void openWithLock() throws StoreException {
        long started = System.nanoTime();
        if (!settings.isEmbedded()) {
            if (!settings.isServerUrl()) {
                throw new StoreException(StoreProblem.SERVER_URL_INVALID, settings.jdbcUrl());
            }
            ServerPassword.check(System.getenv());
        }
        DataFolderLock folderLock = DataFolderLock.acquire(settings.dataFolder());
        try {
            openDatabase();
            lock = folderLock;
            backups.startDaily();
        } catch (StoreException | RuntimeException e) {
            folderLock.close();
            throw e;
        }
        LOG.info("Clinical database open at {} ({}) in {} ms", location(), kind(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Under the workstation lock: the file's key, the schema, the entity manager factory. */
    private void openDatabase() throws StoreException {
        connections.opened(encryption == null ? settings : encryption.prepare(settings));
        migrate();
        factory = connections.newFactory();
        if (settings.isEmbedded()) {
            try {
                OwnerOnly.file(settings.databaseFile());
            } catch (java.io.IOException e) {
                LOG.warn("Could not make {} readable by its owner only: {}", settings.databaseFile(), e.getMessage());
            }
        }
        listConnections = connections.newListConnections();
        if (encryption != null) {
            encryption.writePendingTries(this);
        }
    }

    /**
     * Closes the open embedded database with the rewrite of its file and opens it again, with the
     * same key and schema (see RunningCompaction, which holds every unit of work off meanwhile).
     */
    private synchronized boolean rewriteWhileOpen() throws StoreException {
        if (factory == null) {
            return false;
        }
        closeDatabase();
        factory = connections.newFactory();
        listConnections = connections.newListConnections();
        return true;
    }

    /** The database closed (every connection), the workstation lock kept. */
    private void closeDatabase() {
        if (listConnections != null) {
            listConnections.close();
            listConnections = null;
        }
        if (factory != null) {
            if (settings.isEmbedded()) {
                CloseCompaction.rewrite(settings.databaseFile(), () -> connections.connect(false));
            }
            factory.close();
            factory = null;
        }
    }

    @Override
    public void renewKey(String administrator, char[] password) throws StoreException {
        if (encryption == null) {
            return; // a server's disks are the server's
        }
        open();
        compaction.exclusive(() -> {
            synchronized (this) {
                closeDatabase();
                try {
                    encryption.renew(settings, administrator, password);
                } finally {
                    openDatabase(); // with the new key, or, when the renewal failed, the old one
                }
            }
            return null;
        });
    }

    @Override
    public void recoveryKeyWrittenDown() throws StoreException {
        if (encryption != null) {
            encryption.recoveryKeyWrittenDown();
            LOG.info("The administrator has written the recovery key down");
        }
    }

    @Override
    public java.util.Optional<java.time.Instant> recoveryKeyWrittenDownAt() throws StoreException {
        return java.util.Optional.ofNullable(encryption == null ? null : encryption.recoveryKeyWrittenDownAt());
    }

    @Override
    public String takeNewRecoveryKey() {
        return encryption == null ? null : encryption.takeNewRecoveryKey();
    }

    private void migrate() throws StoreException {
        SchemaMigrations.bringUpToDate(settings, connections::connect, connections::translate, location());
    }

    /**
     * A plain JDBC connection to the open database (with its file key when encrypted), made with
     * the driver this bundle imports: for the migrations, the backups, and the store benchmark's
     * hand-written SQL that the services are measured against.
     */
    public Connection connect(boolean readOnly) throws SQLException {
        return compaction.outside(() -> connections.connect(readOnly)); // the file is not rewritten under it
    }

    @Override
    public <T> T read(Function<EntityManager, T> work) throws StoreException {
        return compaction.shared(() -> {
            EntityManager em = entityManager();
            try {
                return work.apply(em);
            } finally {
                em.close();
            }
        });
    }

    @Override
    public <T> T write(Function<EntityManager, T> work) throws StoreException {
        T result = compaction.shared(() -> {
            EntityManager em = entityManager();
            EntityTransaction transaction = em.getTransaction();
            try {
                transaction.begin();
                // the audit trail names whoever the session says works now, on this thread
                Optional<String> actor = session == null ? Optional.empty() : session.actor();
                actor.ifPresent(name -> AuditLog.actAs(em, name));
                T written = work.apply(em);
                transaction.commit();
                return written;
            } finally {
                if (transaction.isActive()) {
                    transaction.rollback();
                }
                em.close();
            }
        });
        compaction.committed();
        return result;
    }

    @Override
    public <T> T list(String sql, ListConnections.Read<T> read) throws StoreException {
        return compaction.shared(() -> {
            open();
            ListConnections pool = listConnections;
            if (pool == null) {
                throw new StoreException(StoreProblem.DATABASE_UNREADABLE, location());
            }
            try {
                return pool.read(sql, read);
            } catch (SQLException e) {
                throw connections.translate(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException(StoreProblem.DATABASE_UNREADABLE, location(), e);
            }
        });
    }

    /** The open file's rewrites (embedded; see RunningCompaction). */
    public RunningCompaction runningCompaction() {
        return compaction;
    }

    private EntityManager entityManager() throws StoreException {
        open();
        return factory.createEntityManager();
    }

    @Override
    public boolean isOpen() {
        return factory != null;
    }

    @Override
    public String location() {
        return settings.location();
    }

    /** The data folder this database was opened in (the settings service's, for the DS service). */
    public Path dataFolder() {
        return settings.dataFolder();
    }

    @Override
    public String kind() {
        return settings.isEmbedded() ? "embedded H2" : "PostgreSQL server";
    }

    @Override
    public boolean needsKey() {
        try {
            return encryption != null && factory == null && encryption.locked();
        } catch (StoreException unreadable) {
            return false; // opening says why
        }
    }

    /** See {@link atlas.core.security.UserService#prepareForSignIn()}: nothing where no key waits. */
    @Override
    public boolean prepareForSignIn() {
        return needsKey() && !opening && SignInWarmUp.run(() -> opening || !needsKey());
    }

    @Override
    public AtRest atRest() throws StoreException {
        return encryption == null ? AtRest.SERVER : encryption.atRest();
    }

    @Override
    public String newRecoveryKey() throws StoreException {
        Permissions.require(this, session, Permission.MANAGE_USERS);
        if (encryption == null) {
            throw new StoreException(StoreProblem.BACKUP_NOT_EMBEDDED, location());
        }
        open();
        String recoveryKey = encryption.newRecoveryKey();
        write(em -> AuditLog.append(em, AuditAction.UPDATE, "DatabaseKey", null, null, "new recovery key"));
        return recoveryKey;
    }

    public String fileKey() {
        return encryption == null ? null : encryption.fileKey();
    }

    @Override
    public FileEncryption encryption() {
        return encryption;
    }

    /**
     * The session of a database opened outside DS - the command line (see BackupCommand), the
     * store's tests and benchmarks; Atlas itself gets its session as a service.
     */
    public void useSession(atlas.core.security.Session outsideDs) {
        this.session = outsideDs;
    }

    @Override
    public BackupCheck backup(Path target) throws StoreException {
        return backups.backup(target);
    }

    @Override
    public BackupCheck verify(Path backup) throws StoreException {
        return backups.verify(backup);
    }

    @Override
    public BackupPlan plan() throws StoreException {
        return backups.plan();
    }

    @Override
    public void plan(BackupPlan plan) throws StoreException {
        backups.plan(plan);
    }

    @Override
    public BackupCheck backupNow() throws StoreException {
        return backups.backupNow();
    }

    @Override
    public BackupStatus status() {
        return backups.status();
    }

    /**
     * The unit of work behind the database service, for the store's own services: EntityManagers
     * is registered as no service and its package is exported to no bundle, so a plugin cannot
     * reach the database around the services (and their permission checks and audit).
     */
    public static EntityManagers unitOfWork(ClinicalDatabase clinical) {
        if (clinical instanceof EntityManagers unitOfWork) {
            return unitOfWork;
        }
        throw new IllegalStateException("not Atlas's clinical database: " + clinical.getClass().getName());
    }

    /** Who works now, for the services' permission checks (and the tools that open a database outside DS). */
    public atlas.core.security.Session session() {
        return session;
    }

    /** Whether the database is open now (the daily backup waits for that). */
    public boolean isEmbeddedOpen() {
        return factory != null;
    }

    public DatabaseSettings settings() {
        return settings;
    }

    @Override
    @Deactivate
    public void close() {
        try {
            compaction.exclusive(() -> {
                closeAlone();
                return null;
            });
        } catch (StoreException cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
    }

    private synchronized void closeAlone() {
        backups.stopDaily();
        if (factory != null) {
            try {
                checkpoint(); // the backup on close carries the newest signed head
            } catch (StoreException | RuntimeException e) {
                LOG.error("The audit checkpoint at close was not signed: {}", e.getMessage(), e);
            }
            seal.close();
            backups.onClose();
            closeDatabase();
            LOG.info("Clinical database closed: {}", location());
        }
        if (lock != null) {
            lock.close();
            lock = null;
        }
    }
}
