package id.latih.platform.messaging;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Creates the service's dead-letter topic at start-up: the binder provisions only the topics it binds, and the dead
 * letters are sent by the container's error handler ({@link ConsumptionErrorHandling}). Letters are placed by key, so
 * the topic needs no particular partition count; it gets the source topics' count to spread the same load, and the
 * same replication and minimum in-sync replicas as the event topics: a dead letter is the only copy left of an event
 * a service gave up on.
 */
public class DeadLetterTopic implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterTopic.class);

    private final String brokers;
    private final String topic;
    private final int partitions;
    private final short replicationFactor;
    private final int minInSyncReplicas;

    public DeadLetterTopic(String brokers, String topic, int partitions, short replicationFactor,
                           int minInSyncReplicas) {
        this.brokers = brokers;
        this.topic = topic;
        this.partitions = partitions;
        this.replicationFactor = replicationFactor;
        this.minInSyncReplicas = minInSyncReplicas;
    }

    @Override
    public void afterPropertiesSet() throws InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000))) {
            NewTopic deadLetters = new NewTopic(topic, partitions, replicationFactor)
                    .configs(Map.of(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, String.valueOf(minInSyncReplicas)));
            admin.createTopics(List.of(deadLetters)).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                log.warn("Could not create dead-letter topic {}: {}", topic, e.getCause().toString());
            }
        }
    }
}
