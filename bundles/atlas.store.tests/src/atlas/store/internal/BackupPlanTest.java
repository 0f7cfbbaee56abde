package atlas.store.internal;

import static atlas.store.internal.ClinicalDatabaseTest.patient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import atlas.core.audit.AuditEvent;
import atlas.core.security.AccessDeniedException;
import atlas.core.security.Role;
import atlas.core.security.UserAccount;
import atlas.core.store.BackupCheck;
import atlas.core.store.BackupPlan;
import atlas.core.store.BackupStatus;
import atlas.core.store.StoreException;
import atlas.core.store.StoreProblem;
import atlas.store.internal.access.JpaUserService;
import atlas.store.internal.access.WorkstationSession;
import atlas.store.internal.audit.JpaAuditTrail;
import atlas.store.internal.backup.ClinicBackups;
import atlas.store.internal.backup.DatabaseBackup;
import atlas.store.internal.records.JpaPatientService;
import atlas.store.internal.access.SignIns;

/**
 * Issue 14, finding 8: backups that survive the PC. The administrator sends them to another disk
 * (here: another folder), each is read back whole after writing, old ones are thinned 7 daily /
 * 4 weekly / 12 monthly, the status says when the newest verified one is too old, and the newest
 * backup of the destination restores into an empty data folder as the clinic was.
 */
class BackupPlanTest {

    @TempDir
    Path work;

    private final List<JpaClinicalDatabase> opened = new ArrayList<>();
    private final WorkstationSession session = new WorkstationSession();

    @AfterEach
    void closeAll() {
        System.clearProperty(JpaClinicalDatabase.BACKUP_ON_CLOSE_PROPERTY);
        opened.forEach(JpaClinicalDatabase::close);
        session.end(); // the audit trail's actor is the workstation's: the next test starts signed out
    }

    private JpaClinicalDatabase clinic() throws StoreException {
        JpaClinicalDatabase database = TestClinic.create(work.resolve("clinic"));
        opened.add(database);
        database.useSession(session);
        return database;
    }

    @Test
    void theNewestBackupOfTheDestinationRestoresIntoAnEmptyDataFolderAsTheClinicWas() throws Exception {
        JpaClinicalDatabase clinic = clinic();
        UserAccount admin = administrator(new JpaUserService(clinic, TestSessions.of(clinic)));
        SignIns.begin(session, admin);
        JpaPatientService patients = new JpaPatientService(clinic, TestSessions.of(clinic));
        patients.registerAll(List.of(patient("P-1", "Keller"), patient("P-2", "Novak"), patient("P-3", "Moreau")));
        Path share = work.resolve("nas").resolve("atlas-backups"); // not there yet: made, owner-only
        assertTrue(clinic.status().overdue(), "no verified backup yet: the status line warns");

        clinic.plan(new BackupPlan(share, LocalTime.of(18, 30), Duration.ofDays(2)));
        assertEquals(share, clinic.plan().destination());
        assertEquals(LocalTime.of(18, 30), clinic.plan().dailyAt());
        BackupCheck check = clinic.backupNow();
        assertEquals(3, check.patients());
        assertTrue(check.file().startsWith(share), check.file().toString());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(share)));
        BackupStatus status = clinic.status();
        assertFalse(status.overdue(), status.toString());
        assertEquals(check.file(), status.file());

        patients.register(patient("P-4", "Weber")); // after the backup: not in it
        List<String> before = rows(clinic, 3, check.auditEntries());

        // the PC is gone: a new one restores the newest backup of the share into an empty folder
        Path newest = newest(share);
        Path newPc = work.resolve("new-pc");
        DatabaseBackup.restore(newest, newPc, TestClinic.keyOf(newest));
        JpaClinicalDatabase restored = TestClinic.reopen(newPc);
        opened.add(restored);
        assertEquals(before, rows(restored, 3, check.auditEntries()), "every patient and audit entry of the backup, as they were");
        assertEquals(3, new JpaPatientService(restored, TestSessions.of(restored)).count());
    }

    @Test
    void onlyTheAdministratorPlansAndADestinationThatCannotTakeBackupsIsRefused() throws Exception {
        JpaClinicalDatabase clinic = clinic();
        JpaUserService users = new JpaUserService(clinic, TestSessions.of(clinic));
        UserAccount admin = administrator(users);
        UserAccount therapist = users.createUser(admin, new UserAccount("mlehmann", "Maria Lehmann, PT", Role.THERAPIST),
                "therapist password 1".toCharArray());
        BackupPlan elsewhere = new BackupPlan(work.resolve("usb"), null, Duration.ofDays(2));

        SignIns.begin(session, therapist);
        assertThrows(AccessDeniedException.class, () -> clinic.plan(elsewhere));
        assertThrows(AccessDeniedException.class, clinic::backupNow);
        SignIns.begin(session, admin);
        assertEquals(work.resolve("clinic").toAbsolutePath().resolve("backups"), clinic.plan().destination(),
                "unchanged: the default on the database's own disk");

        // (the tests may run as root, whom no folder's permissions stop: places nobody may write)
        Path aFile = Files.writeString(work.resolve("a-file"), "not a folder");
        for (Path destination : List.of(aFile.resolve("backups"), aFile, Path.of("/proc/atlas-backups"))) {
            StoreException refused = assertThrows(StoreException.class,
                    () -> clinic.plan(new BackupPlan(destination, null, Duration.ofDays(2))), destination.toString());
            assertEquals(StoreProblem.BACKUP_DESTINATION_NOT_WRITABLE, refused.problem());
            assertTrue(refused.getMessage().contains(destination.toString()), refused.getMessage());
        }
        assertEquals(work.resolve("clinic").toAbsolutePath().resolve("backups"), clinic.plan().destination(),
                "a refused plan leaves the last one");

        clinic.plan(elsewhere);
        List<String> trail = new JpaAuditTrail(clinic, TestSessions.of(clinic)).events(0, 100).stream().map(AuditEvent::getDetail).toList();
        assertTrue(trail.stream().anyMatch(d -> d != null && d.startsWith("backups to " + work.resolve("usb"))), trail.toString());
        assertThrows(IllegalArgumentException.class, () -> new BackupPlan(Path.of("relative"), null, Duration.ofDays(2)));
        assertThrows(IllegalArgumentException.class, () -> new BackupPlan(work, null, Duration.ofDays(31)));
    }

    @Test
    void backupsOnCloseGoToTheDestinationAndTheDayIsDueOnceItsTimeHasCome() throws Exception {
        System.setProperty(JpaClinicalDatabase.BACKUP_ON_CLOSE_PROPERTY, "true");
        JpaClinicalDatabase clinic = clinic();
        SignIns.begin(session, administrator(new JpaUserService(clinic, TestSessions.of(clinic))));
        Path share = work.resolve("share");
        clinic.plan(new BackupPlan(share, LocalTime.of(12, 0), Duration.ofDays(2)));
        new JpaPatientService(clinic, TestSessions.of(clinic)).register(patient("P-1", "Keller"));
        ClinicBackups backups = new ClinicBackups(work.resolve("clinic"));
        LocalDate today = LocalDate.now();
        assertFalse(backups.dailyDue(today.atTime(11, 59)), "before its time");
        assertTrue(backups.dailyDue(today.atTime(12, 0)), "its time, and none verified since");
        clinic.close();

        Path onClose = newest(share);
        assertEquals(1, DatabaseBackup.verify(onClose, TestClinic.keyOf(onClose)).patients());
        assertFalse(Files.exists(work.resolve("clinic").resolve("backups")), "nothing on the database's own disk");
        BackupStatus status = backups.status(Instant.now());
        assertEquals(onClose, status.file());
        assertFalse(status.overdue());
        assertTrue(backups.status(Instant.now().plus(Duration.ofDays(3))).overdue(), "three days later: too old");
        if (LocalTime.now().isAfter(LocalTime.of(12, 0, 30))) {
            assertFalse(backups.dailyDue(LocalDateTime.now()), "the backup on close after 12:00 counts for the day");
        }
    }

    @Test
    void aYearOfDailyBackupsIsThinnedToSevenDaysFourWeeksAndTwelveMonths() throws Exception {
        Path share = Files.createDirectories(work.resolve("share"));
        LocalDateTime last = LocalDateTime.of(2026, 11, 30, 18, 30);
        for (int day = 0; day < 400; day++) {
            LocalDateTime taken = last.minusDays(day);
            Files.writeString(share.resolve("atlas-" + taken.format(java.time.format.DateTimeFormatter
                    .ofPattern("yyyyMMdd-HHmmss")) + ".zip"), "backup");
        }
        Files.writeString(share.resolve("holiday-photos.zip"), "not Atlas's");
        ClinicBackups.thin(share);

        Set<String> kept = Set.copyOf(names(share));
        // 7 days (24-30 Nov), the newest of 4 ISO weeks (30 Nov is a Monday: its own week, then the
        // Sundays 29 Nov (in the days), 22 and 15 Nov), of 12 months (30 Nov, then the last day of
        // each month back to Dec 2025)
        assertTrue(kept.contains("holiday-photos.zip"), "only Atlas's backups are thinned");
        for (String day : List.of("20261130", "20261124", "20261122", "20261115", "20261031", "20251231")) {
            assertTrue(kept.contains("atlas-" + day + "-183000.zip"), day + " kept: " + kept);
        }
        for (String day : List.of("20261123", "20261116", "20261030", "20251130")) {
            assertFalse(kept.contains("atlas-" + day + "-183000.zip"), day + " thinned");
        }
        assertEquals(7 + 2 + 11 + 1, kept.size(), kept.toString());
    }

    private static UserAccount administrator(JpaUserService users) throws StoreException {
        return users.users().stream().filter(u -> u.getUsername().equals(TestClinic.ADMINISTRATOR)).findFirst()
                .orElseThrow();
    }

    /** The patients and audit entries of a database, as text to compare. */
    private static List<String> rows(JpaClinicalDatabase database, int patients, long auditEntries)
            throws StoreException {
        return database.read(em -> {
            List<String> rows = new ArrayList<>();
            em.createQuery("SELECT p FROM Patient p ORDER BY p.recordNumber", atlas.core.patient.Patient.class)
                    .setMaxResults(patients).getResultList()
                    .forEach(p -> rows.add(p.getRecordNumber() + " " + p.getFamilyName() + " " + p.getDateOfBirth()));
            em.createQuery("SELECT e FROM AuditEvent e WHERE e.sequence <= :last ORDER BY e.sequence", AuditEvent.class)
                    .setParameter("last", auditEntries).getResultList()
                    .forEach(e -> rows.add(e.getSequence() + " " + e.getHash()));
            return rows;
        });
    }

    private static Path newest(Path folder) throws Exception {
        List<String> names = names(folder);
        assertFalse(names.isEmpty(), "no backup in " + folder);
        Path newest = folder.resolve(names.get(names.size() - 1));
        assertNotNull(newest);
        return newest;
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
