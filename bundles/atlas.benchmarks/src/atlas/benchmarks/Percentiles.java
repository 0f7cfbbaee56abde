package atlas.benchmarks;

import java.util.Arrays;

/** Latency samples in nanoseconds and their percentiles in milliseconds. */
final class Percentiles {

    private final long[] samples;
    private int count;

    Percentiles(int capacity) {
        samples = new long[capacity];
    }

    void add(long nanos) {
        samples[count++] = nanos;
    }

    /** The p-th percentile (0-100) by the nearest-rank method, in milliseconds. */
    double millis(double p) {
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
