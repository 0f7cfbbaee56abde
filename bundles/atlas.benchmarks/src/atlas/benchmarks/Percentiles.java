package atlas.benchmarks;

import java.util.Arrays;

/** Latency samples in nanoseconds and their percentiles in milliseconds; grows past its first capacity. */
final class Percentiles {

    private long[] samples;
    private int count;

    Percentiles(int capacity) {
        samples = new long[Math.max(1, capacity)];
    }

    void add(long nanos) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, count * 2);
        }
        samples[count++] = nanos;
    }

    int count() {
        return count;
    }

    /** The p-th percentile (0-100) by the nearest-rank method, in milliseconds. */
    double millis(double p) {
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
