package atlas.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import atlas.core.store.OwnerOnly;

/**
 * The embedded file is written append-only while it is open (REUSE_SPACE=FALSE, see
 * DatabaseSettings: H2's recovery after a kill lost chunks written into reused free space) and
 * rewritten with its live data alone when it closes, and by RunningCompaction while open. H2
 * 2.5.252's SHUTDOWN COMPACT closes the store with no commit running, copies its live pages
 * (compressed) into a new file beside it and moves that over the old one with an atomic replace
 * (MVStore.closeStore with unlimited compaction time, then MVStore.compact and
 * MVStoreTool.moveAtomicReplace, read in the 2.5.252 classes; the file's inode changes). A kill
 * before the move leaves the old file whole and H2 deletes the copy at the next opening; kills
 * inside it are tested (CompactionKillTest). A failure is logged; the file then stays larger.
 */
public final class CloseCompaction {

    private static final Logger LOG = LoggerFactory.getLogger(CloseCompaction.class);

    /** A connection to the open database, with its file key. */
    interface Connector {
        Connection connect() throws SQLException;
    }

    private CloseCompaction() {
    }

    static void rewrite(Path databaseFile, Connector database) {
        long started = System.nanoTime();
        long before = size(databaseFile);
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
            OwnerOnly.file(databaseFile); // H2 wrote the new file with the process's umask
            LOG.info("Database file compacted on close from {} to {} bytes in {} ms", before, size(databaseFile),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (SQLException | IOException e) {
            LOG.warn("The database file was not compacted on close: {}", e.getMessage(), e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
