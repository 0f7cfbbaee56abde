package atlas.store.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import atlas.core.store.OwnerOnly;
import atlas.core.store.StoreException;
import atlas.core.store.StoreProblem;

/**
 * One Atlas per data folder. An operating-system lock on {@code atlas.lock} is held while the
 * store is open; the OS releases it when the process ends, even when it is killed, so a crash never
 * leaves the folder locked. A second Atlas - another process, or a second store in this JVM - is
 * refused before it touches the database file.
 */
public final class DataFolderLock implements AutoCloseable {

    static final String LOCK_FILE = "atlas.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Checks that the folder can be written, then takes the lock. */
    public static DataFolderLock acquire(Path folder) throws StoreException {
        ensureWritable(folder);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(folder.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            OwnerOnly.file(folder.resolve(LOCK_FILE));
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new StoreException(StoreProblem.DATABASE_IN_USE, folder.toString());
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(
                    ("pid " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
            return new DataFolderLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new StoreException(StoreProblem.DATABASE_IN_USE, folder.toString(), e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException(StoreProblem.DATA_FOLDER_NOT_WRITABLE, folder.toString(), e);
        } catch (StoreException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /**
     * Creates the folder if needed and proves it can be written by creating a file in it: a
     * permission check alone says yes to root and no to nothing on some network shares.
     */
    static void ensureWritable(Path folder) throws StoreException {
        try {
            OwnerOnly.folder(folder);
            Path probe = Files.createTempFile(folder, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new StoreException(StoreProblem.DATA_FOLDER_NOT_WRITABLE, folder.toString(), e);
        }
        ownerOnlyLogs(folder.resolve("logs"));
    }

    /**
     * The log folder, made by the logging library before the store opens: the launch script's
     * umask makes new log files the owner's; files an earlier Atlas wrote are made so here.
     */
    private static void ownerOnlyLogs(Path logs) {
        if (!Files.isDirectory(logs)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.list(logs)) {
            OwnerOnly.folder(logs);
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file)) {
                    OwnerOnly.file(file);
                }
            }
        } catch (IOException e) {
            // the log stays as it is; the database is what must not be exposed
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // the channel close below releases it as well
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing more to release
            }
        }
    }
}
