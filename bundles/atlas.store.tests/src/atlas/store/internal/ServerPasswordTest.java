package atlas.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import atlas.core.store.StoreException;
import atlas.core.store.StoreProblem;

/**
 * Issue 14, finding 7: the clinic server's password comes from the environment or from a file its
 * owner alone may read - a file others may read is refused with the fix named, never used.
 */
class ServerPasswordTest {

    @TempDir
    Path work;

    @AfterEach
    void forget() {
        System.clearProperty(ServerPassword.FILE_PROPERTY);
    }

    @Test
    void aFileOnlyItsOwnerMayReadGivesItsFirstLine() throws Exception {
        Path file = passwordFile("s3rver-pass\nsecond line\n", "rw-------");
        ServerPassword.check(Map.of());
        assertEquals("s3rver-pass", ServerPassword.of(Map.of()));
        assertEquals("from-env", ServerPassword.of(Map.of(ServerPassword.VARIABLE, "from-env")), "the variable first");
        assertTrue(Files.exists(file));
    }

    @Test
    void aFileOthersMayReadAnEmptyOneOrNoneIsRefusedAndNotUsed() throws Exception {
        for (String[] kind : new String[][] {{"s3rver-pass\n", "rw-r--r--"}, {"s3rver-pass\n", "rw-rw----"},
                {"\n", "rw-------"}}) {
            passwordFile(kind[0], kind[1]);
            StoreException refused = assertThrows(StoreException.class, () -> ServerPassword.check(Map.of()),
                    kind[1]);
            assertEquals(StoreProblem.SERVER_PASSWORD_FILE, refused.problem());
            assertTrue(refused.getMessage().contains("chmod 600"), refused.getMessage());
            assertEquals("", ServerPassword.of(Map.of()), "a refused file's password is never sent");
            Files.delete(work.resolve("password"));
        }
        System.setProperty(ServerPassword.FILE_PROPERTY, work.resolve("missing").toString());
        assertEquals(StoreProblem.SERVER_PASSWORD_FILE,
                assertThrows(StoreException.class, () -> ServerPassword.check(Map.of())).problem());
    }

    @Test
    void aServerAddressThatIsNotPostgresIsRefusedBeforeAnythingConnects() {
        StoreException refused = assertThrows(StoreException.class, () -> JpaClinicalDatabase.on(
                DatabaseSettings.server(work, "postgresql://praxis-server/atlas", "atlas", "")).open());
        assertEquals(StoreProblem.SERVER_URL_INVALID, refused.problem());
        assertTrue(refused.getMessage().contains("jdbc:postgresql://HOST[:PORT]/DATABASE"), refused.getMessage());
    }

    private Path passwordFile(String content, String permissions) throws Exception {
        Path file = work.resolve("password");
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        System.setProperty(ServerPassword.FILE_PROPERTY, file.toString());
        return file;
    }
}
