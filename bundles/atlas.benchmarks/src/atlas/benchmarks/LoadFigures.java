package atlas.benchmarks;

import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the workstations of the clinic load run did, recorded from their threads: each operation's
 * times, the conflicts and refusals the store answered with, deadlocks the server broke, other
 * errors, and every autosave of a shared note that went through (to find a lost update afterwards).
 */
final class LoadFigures {

    /** One autosave that the store accepted: the note, the version it gave, the text it kept. */
    record Save(long noteId, long version, String text) {
    }

    private final Map<String, Percentiles> times = new TreeMap<>();
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private final Map<String, String> firstErrors = new ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<Save> saves = new ConcurrentLinkedQueue<>();

    void time(String operation, long nanos) {
        synchronized (times) {
            times.computeIfAbsent(operation, name -> new Percentiles(4096)).add(nanos);
        }
    }

    void count(String outcome) {
        counts.computeIfAbsent(outcome, name -> new AtomicLong()).incrementAndGet();
    }

    long counted(String outcome) {
        AtomicLong count = counts.get(outcome);
        return count == null ? 0 : count.get();
    }

    /**
     * An operation that failed unexpectedly: a deadlock the server detected and broke (SQL state
     * 40P01; the transaction was rolled back and the user would try again) is counted apart.
     */
    void failed(String operation, Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "40P01".equals(sql.getSQLState())) {
                count("deadlocks broken by the server");
                return;
            }
        }
        String key = operation + ": " + error.getClass().getSimpleName();
        count("errors");
        count(key);
        firstErrors.putIfAbsent(key, String.valueOf(error.getMessage()));
    }

    /** Markdown rows: each operation's count and times, then the outcomes. */
    void print(double seconds) {
        System.out.printf("| operation | count | p50 ms | p95 ms | max ms |%n|---|---|---|---|---|%n");
        long all = 0;
        synchronized (times) {
            for (Map.Entry<String, Percentiles> operation : times.entrySet()) {
                Percentiles p = operation.getValue();
                all += p.count();
                System.out.printf("| %s | %d | %.1f | %.1f | %.1f |%n", operation.getKey(), p.count(), p.millis(50),
                        p.millis(95), p.millis(100));
            }
        }
        System.out.printf("%nthroughput: %d operations in %.0f s = %.1f per second%n", all, seconds, all / seconds);
        new TreeMap<>(counts).forEach((outcome, count) -> System.out.printf("%s: %d%n", outcome, count.get()));
        firstErrors.forEach((key, message) -> System.out.printf("  first %s: %s%n", key, message));
    }
}
