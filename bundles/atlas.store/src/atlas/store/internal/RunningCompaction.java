package atlas.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import atlas.core.store.StoreException;

/**
 * Keeps the embedded file within about twice its live data while Atlas is open. The file is
 * written append-only while open (REUSE_SPACE=FALSE, see DatabaseSettings), so every commit adds
 * a chunk that stays until the file is rewritten: measured on H2 2.5.252, 6,000 small commits grew
 * a file of about 6 MB of live data to 152 MB, and the store benchmark's commits to 1.9 GB. H2's
 * own online compaction writes into the file's free space while commits run, which is what lost
 * commits on a kill; so instead the database is closed with the rewrite of every clean close
 * (CloseCompaction: no commit runs during it, a kill inside it is tested) and opened again at
 * once. The live share is H2's {@code info.CHUNKS_FILL_RATE}.
 * <p>
 * Units of work run shared; the rewrite runs exclusive, so it waits for the units in flight and
 * new ones wait for it (measured in the store benchmark, see the README). It runs at the first
 * second without units of work once the file is 1.5 times its live data, and where work goes on
 * without such a second, when the file reaches twice its live data. (Measured alternatives, see
 * the README: forced at 2.5 times, the store benchmark's file reached 2.55 times its live data;
 * with forced rewrites limited to half of the time, a runaway to 3.6 times.) Files under
 * {@link #FLOOR_PROPERTY} (4 MB unless set) are left alone: freeing a few megabytes is not worth
 * a pause.
 */
public final class RunningCompaction {

    /** Bytes under which the open file is never rewritten; the default is 4 MB. */
    public static final String FLOOR_PROPERTY = "atlas.db.compactAbove";
    static final long DEFAULT_FLOOR = 4L << 20;
    private static final Logger LOG = LoggerFactory.getLogger(RunningCompaction.class);
    private static final long QUIET_NANOS = TimeUnit.SECONDS.toNanos(1);

    /** A unit of work, or the opening, closing and rewriting of the database. */
    public interface Work<T> {
        T run() throws StoreException;
    }

    /** The share of the file's chunks that is live, in percent; negative while the database is closed. */
    interface Statistics {
        int chunksFillRate() throws StoreException;
    }

    private final ReentrantReadWriteLock use = new ReentrantReadWriteLock();
    /** The embedded file; null for a server, whose disks are the server's. */
    private final Path file;
    private final long floor;
    private final Statistics statistics;
    private final Work<Boolean> rewrite;
    private final ExecutorService watcher;
    private final AtomicBoolean checking = new AtomicBoolean();
    /** Connections made outside the units of work and not closed yet (see {@link #outside}). */
    private final AtomicInteger outsideOpen = new AtomicInteger();
    private volatile long lastUse = System.nanoTime();
    /** The file size at which the watcher looks again: 1.5 times the live data it last saw. */
    private volatile long lookAt;
    private volatile int rewrites;
    private volatile long longestPauseMillis;

    /**
     * @param rewrite closes the open database with its rewrite and opens it again; false when the
     *                database was not open
     */
    RunningCompaction(Path file, Statistics statistics, Work<Boolean> rewrite) {
        this.file = file;
        this.floor = Long.getLong(FLOOR_PROPERTY, DEFAULT_FLOOR);
        this.lookAt = floor;
        this.statistics = statistics;
        this.rewrite = rewrite;
        // one thread at most, gone after a few idle seconds: nothing to stop when the database closes
        this.watcher = file == null ? null
                : new ThreadPoolExecutor(0, 1, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "atlas-running-compaction");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** Runs a unit of work; a rewrite waits for it, and it waits for a rewrite in progress. */
    <T> T shared(Work<T> work) throws StoreException {
        use.readLock().lock();
        try {
            return work.run();
        } finally {
            lastUse = System.nanoTime();
            use.readLock().unlock();
        }
    }

    /** Runs the opening, closing or rewriting of the database alone, outside any unit of work. */
    <T> T exclusive(Work<T> work) throws StoreException {
        if (use.getReadHoldCount() > 0 && !use.isWriteLockedByCurrentThread()) {
            // a read lock cannot be upgraded: waiting here would wait for ourselves
            throw new IllegalStateException("the database is opened, closed or rewritten only outside a unit of work");
        }
        use.writeLock().lock();
        try {
            return work.run();
        } finally {
            use.writeLock().unlock();
        }
    }

    /** Opens a connection; see {@link #outside}. */
    interface Opener {
        Connection open() throws SQLException;
    }

    /**
     * A plain connection made outside the units of work (a backup's, a benchmark's hand-written
     * SQL): made once a rewrite in progress is done, and no rewrite starts until it is closed.
     */
    Connection outside(Opener opener) throws SQLException {
        use.readLock().lock();
        try {
            Connection connection = opener.open();
            outsideOpen.incrementAndGet();
            AtomicBoolean closed = new AtomicBoolean();
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] { Connection.class }, (proxy, method, arguments) -> {
                        if (method.getName().equals("close") && closed.compareAndSet(false, true)) {
                            outsideOpen.decrementAndGet();
                        }
                        try {
                            return method.invoke(connection, arguments);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        } finally {
            use.readLock().unlock();
        }
    }

    /** Whether this thread runs a unit of work now. */
    boolean inUnitOfWork() {
        return use.getReadHoldCount() > 0;
    }

    /**
     * After a commit: the file's size (a few microseconds, against the commit's write), and once it
     * has grown past 1.5 times the live data last seen (or the floor), the watcher looks at the file.
     */
    void committed() {
        if (watcher == null || size() < lookAt || !checking.compareAndSet(false, true)) {
            return;
        }
        watcher.execute(this::check);
    }

    private long size() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // not there for a moment: read again at the next commit
        }
    }

    private void check() {
        try {
            long size = size();
            int fillRate = size < floor ? -1 : fillRate();
            if (fillRate < 0) {
                return; // small, or closed
            }
            long live = size * fillRate / 100;
            if (2 * size <= 3 * live) {
                lookAt = Math.max(floor, 3 * live / 2);
                return;
            }
            long forceAt = 2 * live;
            while (!rewrite(size(), live, forceAt)) {
                Thread.sleep(10);
            }
            lookAt = Math.max(floor, 3 * size() / 2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (StoreException | RuntimeException e) {
            LOG.warn("The open database file was not rewritten: {}", e.getMessage(), e);
        } finally {
            checking.set(false);
        }
    }

    /** Read under the shared lock without counting as use: the watcher's own look is not a user's. */
    private int fillRate() throws StoreException {
        use.readLock().lock();
        try {
            return statistics.chunksFillRate();
        } finally {
            use.readLock().unlock();
        }
    }

    /** Rewrites the file when it is time, returning false to be asked again shortly. */
    private boolean rewrite(long size, long live, long forceAt) throws StoreException {
        if (System.nanoTime() - lastUse < QUIET_NANOS && size < forceAt || outsideOpen.get() > 0) {
            return false;
        }
        long[] pause = new long[1];
        Boolean done = exclusive(() -> {
            if (outsideOpen.get() > 0) {
                return null; // made while this waited for the units in flight
            }
            long started = System.nanoTime();
            try {
                return rewrite.run();
            } finally {
                pause[0] = (System.nanoTime() - started) / 1_000_000;
            }
        });
        if (done == null) {
            return false;
        }
        if (done) {
            rewrites++;
            longestPauseMillis = Math.max(longestPauseMillis, pause[0]);
            LOG.info("Database file rewritten while open: {} bytes of which about {} live; units of work held off for {} ms",
                    size, live, pause[0]);
        }
        return true;
    }

    /** How often the open file was rewritten since the database opened (for the store benchmark). */
    public int rewrites() {
        return rewrites;
    }

    /** The longest time units of work waited for a rewrite, in milliseconds. */
    public long longestPauseMillis() {
        return longestPauseMillis;
    }
}
