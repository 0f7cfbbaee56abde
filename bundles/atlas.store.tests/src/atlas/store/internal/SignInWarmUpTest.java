package atlas.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.h2.store.fs.FileUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import atlas.core.patient.Patient;
import atlas.core.patient.Sex;
import atlas.core.security.UserAccount;
import atlas.store.internal.access.JpaUserService;
import atlas.store.internal.records.JpaPatientService;

/**
 * The sign-in warm-up (issue 19: Sign In to the list in under 800 ms) runs the first sign-in's code
 * while the dialog waits, on nothing of the clinic's: on a real protected H2 clinic, its folder is
 * byte for byte the same afterwards, the key still waits for a password, no in-memory database is
 * left behind, and a sign-in made while it runs is neither refused nor held.
 */
class SignInWarmUpTest {

    private static final char[] ADMIN_PASSWORD = TestClinic.PASSWORD.toCharArray();
    private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");

    @TempDir
    Path work;

    @RegisterExtension
    final OpenedDatabases opened = new OpenedDatabases();

    /** A protected clinic with one patient, started again: the key waits for a password. */
    private JpaClinicalDatabase protectedClinic() throws Exception {
        JpaClinicalDatabase first = opened.add(TestClinic.create(work.resolve("clinic")));
        new JpaPatientService(first, TestSessions.of(first))
                .register(new Patient("P-0001", "Zwetajewa", "Marina", LocalDate.of(1979, 10, 8), Sex.FEMALE));
        first.close();
        JpaClinicalDatabase restarted = opened.embedded(work.resolve("clinic"));
        assertTrue(restarted.needsKey());
        return restarted;
    }

    @Test
    void readiesTheSignInWithoutTouchingTheClinic() throws Exception {
        JpaClinicalDatabase clinic = protectedClinic();
        Map<String, String> before = contents(work.resolve("clinic"));

        assertTrue(clinic.prepareForSignIn(), "every step ran");

        assertEquals(before, contents(work.resolve("clinic")), "the clinic's folder, byte for byte");
        assertTrue(clinic.needsKey(), "the key still waits for a password");
        assertFalse(clinic.isOpen());
        assertEquals(List.of(), warmUpDatabasesLeft());

        UserAccount admin = new JpaUserService(clinic, TestSessions.of(clinic)).signIn(TestClinic.ADMINISTRATOR, ADMIN_PASSWORD, NOW);
        assertEquals(TestClinic.ADMINISTRATOR, admin.getUsername());
        assertEquals(1, new JpaPatientService(clinic, TestSessions.of(clinic)).count());
        assertFalse(clinic.prepareForSignIn(), "nothing to ready once the database is open");
    }

    @Test
    void aSignInWhileItRunsIsNeitherRefusedNorHeld() throws Exception {
        JpaClinicalDatabase clinic = protectedClinic();
        CompletableFuture<Boolean> readying = CompletableFuture.supplyAsync(clinic::prepareForSignIn);

        UserAccount admin = new JpaUserService(clinic, TestSessions.of(clinic)).signIn(TestClinic.ADMINISTRATOR, ADMIN_PASSWORD, NOW);

        assertEquals(TestClinic.ADMINISTRATOR, admin.getUsername());
        assertTrue(clinic.isOpen());
        readying.get(60, TimeUnit.SECONDS); // done or left off; either way it ends
        assertEquals(1, new JpaPatientService(clinic, TestSessions.of(clinic)).count());
        assertEquals(List.of(), warmUpDatabasesLeft());
    }

    @Test
    void leavesTheRestUndoneOnceTheDatabaseOpens() {
        assertFalse(SignInWarmUp.run(() -> true), "stopped after the key's derivation");
        assertEquals(List.of(), warmUpDatabasesLeft());
    }

    private static List<String> warmUpDatabasesLeft() {
        return FileUtils.newDirectoryStream("memFS:").stream()
                .filter(name -> name.startsWith(SignInWarmUp.IN_MEMORY)).toList();
    }

    /** Every file of the folder with its SHA-256 (sizes and bytes, not times: an open would change them). */
    private static Map<String, String> contents(Path folder) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
                files.put(folder.relativize(file).toString(), HexFormat.of().formatHex(hash));
            }
        }
        assertFalse(files.isEmpty());
        return files;
    }
}
