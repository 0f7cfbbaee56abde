package atlas.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Issue 14, findings 4 and 7: the command line obeys the rules of the window. Run as a clinic's
 * script runs it - the built product's launch script, answers on standard input, no terminal -
 * against a clinic whose key the administrator's first sign-in protected:
 * <ul>
 * <li>options are checked before anything starts, and a bad one is named with what is allowed
 * (exit 2); the server password is never taken from the command line;</li>
 * <li>a backup needs an administrator (the front desk is refused, and the refusal audited);</li>
 * <li>wrong passwords are throttled as at the sign-in, even the right one while waiting, and each
 * try reaches the audit trail, named by the user, when the database next opens;</li>
 * <li>verify and restore need an administrator of the backup, read the copy whole first, and a
 * missing file is told as missing.</li>
 * </ul>
 */
class CommandLineTest {

    private static final String ADMIN = "admin";
    private static final String DESK = "demo.desk";
    private static final String THERAPIST = "demo.therapist";

    @Test
    void theLauncherNamesABadOptionAndWhatIsAllowedBeforeAnythingStarts() throws Exception {
        Product.assumeRunnable();
        Product atlas = new Product(Path.of(System.getProperty("atlas.test.work"), "launcher"));
        Path shared = Files.createTempFile(atlas.data(), "server", ".password");
        Files.writeString(shared, "secret\n");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-r--r--"));
        Map<List<String>, String> refusals = Map.of(
                List.of("--data"), "--data needs a value",
                List.of("--data", "--demo"), "--data needs a value",
                List.of("--idle-lock", "abc"), "--idle-lock takes whole seconds",
                List.of("--idle-lock", "-5"), "--idle-lock takes whole seconds",
                List.of("--db-url", "jdbc:h2:mem:x"), "is not a PostgreSQL server address",
                List.of("--db-password", "secret"), "never given on the command line",
                List.of("--db-password-file", shared.toString()), "chmod 600",
                List.of("--db-password-file", "/nonexistent/password"), "cannot be read",
                List.of("--backup"), "--backup needs a value",
                List.of("--frobnicate"), "unknown option --frobnicate");
        for (Map.Entry<List<String>, String> refusal : refusals.entrySet()) {
            Product.Run run = atlas.script(refusal.getKey().toArray(String[]::new));
            assertEquals(2, run.exit(), refusal.getKey() + ": " + run.output());
            assertTrue(run.output().contains(refusal.getValue()), refusal.getKey() + ": " + run.output());
            assertFalse(run.output().contains("Exception"), refusal.getKey() + ": " + run.output());
        }
        Product.Run help = atlas.script("--help");
        assertEquals(0, help.exit(), help.output());
        assertTrue(help.output().contains("--db-password-file FILE"), help.output());
    }

    @Test
    void backupVerifyAndRestoreFollowTheRolesTheThrottleAndTheAuditTrail() throws Exception {
        Product.assumeRunnable();
        Path work = Path.of(System.getProperty("atlas.test.work"));
        Product atlas = new Product(work.resolve("command-line"));
        atlas.demoClinicWithProtectedKey();
        Path backup = work.resolve("command-line-backup.zip");
        Files.deleteIfExists(backup);

        // the front desk may not back up: refused after its sign-in, audited in the database
        Product.Run run = atlas.command(answers(DESK, Product.DEMO_PASSWORD), "--backup", backup.toString());
        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains("may not"), run.output());
        assertFalse(Files.exists(backup), "nothing was written for the front desk");

        run = atlas.command(answers(ADMIN, Product.DEMO_PASSWORD), "--backup", backup.toString());
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("audit chain of"), run.output());
        assertTrue(Files.exists(backup));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(backup)),
                "the backup is its user's alone");

        run = atlas.command("", "--verify-backup", work.resolve("no-such-backup.zip").toString());
        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains("There is no backup file"), run.output());

        run = atlas.command(answers(ADMIN, Product.DEMO_PASSWORD), "--verify-backup", backup.toString());
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("is a sound backup"), run.output());

        // the therapist's password opens the backup's key, but only an administrator may restore it
        byte[] database = Files.readAllBytes(atlas.data().resolve("atlas.mv.db"));
        run = atlas.command(answers(THERAPIST, Product.DEMO_PASSWORD), "--restore", backup.toString());
        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains("may not"), run.output());
        assertTrue(java.util.Arrays.equals(database, Files.readAllBytes(atlas.data().resolve("atlas.mv.db"))),
                "the refused restore left the database as it was");

        // three wrong passwords, then the right one while the 30 s wait runs: all refused
        List<String> refusals = new ArrayList<>();
        for (String password : List.of("wrong-1", "wrong-2", "wrong-3", Product.DEMO_PASSWORD)) {
            run = atlas.command(answers(ADMIN, password), "--backup", work.resolve("never.zip").toString());
            assertEquals(1, run.exit(), run.output());
            refusals.add(run.output());
        }
        assertTrue(refusals.get(0).contains("The user name or the password is wrong"), refusals.get(0));
        assertTrue(refusals.get(2).contains("wait 30 seconds"), refusals.get(2));
        assertTrue(refusals.get(3).contains("Too many wrong passwords: wait"), refusals.get(3));
        assertFalse(Files.exists(work.resolve("never.zip")));

        Thread.sleep(31_000); // the throttle's wait is over
        run = atlas.command(answers(ADMIN, Product.DEMO_PASSWORD), "--restore", backup.toString());
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("Restored"), run.output());

        Map<String, String> audit = atlas.harness("atlas.benchmarks.StoredAudit", atlas.data().toString(), ADMIN,
                Product.DEMO_PASSWORD, "20");
        String trail = String.join("\n", entries(audit));
        assertEquals("true", audit.get("chainIntact"), trail);
        assertTrue(audit.get("entry1").startsWith("admin|RESTORE|restored from " + backup), trail);
        for (String expected : List.of("admin|SIGN_IN_REFUSED|admin: wrong password 1, before the database opened",
                "admin|SIGN_IN_REFUSED|admin: wrong password 3, before the database opened",
                "admin|SIGN_IN_REFUSED|admin: password refused while waiting",
                "demo.therapist|ACCESS_DENIED|restore " + backup,
                "admin|BACKUP|backup " + backup + " verified at the command line",
                "demo.desk|ACCESS_DENIED|")) {
            assertTrue(trail.contains(expected), "missing \"" + expected + "\" in:\n" + trail);
        }
    }

    /** A user name and a password, as a script answers the two questions. */
    private static String answers(String username, String password) {
        return username + "\n" + password + "\n";
    }

    private static List<String> entries(Map<String, String> audit) {
        List<String> entries = new ArrayList<>();
        for (int i = 1; audit.containsKey("entry" + i); i++) {
            entries.add(audit.get("entry" + i));
        }
        return entries;
    }
}
