package atlas.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded database file's largest size while the benchmark writes, sampled every 50 ms on a
 * thread of its own: the figure the open file's rewrites (RunningCompaction) keep within about
 * twice the live data, which the close's rewrite then shows.
 */
final class FileSizeWatch implements AutoCloseable {

    private final Path file;
    private final Thread sampler;
    private volatile boolean watching = true;
    private volatile long largest;

    FileSizeWatch(Path file) {
        this.file = file;
        this.sampler = new Thread(() -> {
            while (watching) {
                largest = Math.max(largest, size());
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "file-size-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    long largest() {
        return largest;
    }

    long size() {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0; // not readable this moment: the next sample counts
        }
    }

    @Override
    public void close() throws InterruptedException {
        watching = false;
        sampler.join();
    }
}
