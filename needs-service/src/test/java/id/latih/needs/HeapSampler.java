package id.latih.needs;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The highest heap use seen while a benchmark runs, sampled every 5 ms (live data and garbage not yet collected, so
 * an upper bound of what the work needs), next to the JVM's {@code -Xmx}.
 */
final class HeapSampler implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    HeapSampler() {
        System.gc();
        thread = new Thread(() -> {
            while (running) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    long peakMegabytes() {
        return peak.get() >> 20;
    }

    static long maxMegabytes() {
        return Runtime.getRuntime().maxMemory() >> 20;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join();
    }
}
