package id.latih.gateway.kafka;

import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.springframework.context.SmartLifecycle;

/**
 * A Kafka consumer of the gateway on a thread of its own, started and stopped with the application: subscribes, then
 * polls until stopped; a failed poll is reported and tried again a second later, so a broker outage never ends the
 * thread. The gateway's live stream and its webhook intake each read the topics this way; what they do with a poll is
 * theirs.
 */
public abstract class KafkaReader implements SmartLifecycle {

    private final String threadName;
    private volatile KafkaConsumer<byte[], byte[]> consumer;
    private volatile Thread thread;
    private volatile boolean running;

    protected KafkaReader(String threadName) {
        this.threadName = threadName;
    }

    /**
     * The settings both readers share: raw bytes, the KIP-848 group protocol, no automatic commits, and Kafka 4's
     * "rebootstrap" recovery turned off. That recovery spins when no broker answers (every failed connection starts a
     * new bootstrap at once), burning a core and flooding the log during a broker outage; "none" keeps retrying the
     * known brokers with the reconnect back-off, as clients before 4.0 did.
     */
    protected static Properties consumerProperties(String brokers, String groupId, int maxPollRecords) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        p.put(CommonClientConfigs.METADATA_RECOVERY_STRATEGY_CONFIG, "none");
        p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        p.put(ConsumerConfig.GROUP_PROTOCOL_CONFIG, "consumer");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxPollRecords);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return p;
    }

    /** The consumer's settings ({@link #consumerProperties} and what this reader adds). */
    protected abstract Properties properties();

    /** Subscribes the consumer to what this reader reads. */
    protected abstract void subscribe(KafkaConsumer<byte[], byte[]> consumer);

    /** One poll and its handling; a runtime exception is reported to {@link #failed} and the poll tried again. */
    protected abstract void pollOnce(KafkaConsumer<byte[], byte[]> consumer);

    /** A poll failed; the reader waits a second, then polls again. */
    protected abstract void failed(RuntimeException cause);

    @Override
    public void start() {
        running = true;
        consumer = new KafkaConsumer<>(properties());
        thread = new Thread(this::run, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            subscribe(consumer);
            while (running) {
                try {
                    pollOnce(consumer);
                } catch (WakeupException stopping) {
                    break;
                } catch (RuntimeException e) {
                    failed(e);
                    pause();
                }
            }
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void stop() {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
