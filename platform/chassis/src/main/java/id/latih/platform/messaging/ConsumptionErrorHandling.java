package id.latih.platform.messaging;

import id.latih.platform.messaging.FailureKinds.Kind;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Moves retries and dead-lettering from the binding into the listener container, because the binding's retry
 * template knows one policy only and keeps the consumer inside one poll for all its attempts. The container's error
 * handler seeks back and polls again between attempts, so minutes of retries do not cost the partition assignment,
 * and it chooses per failure (see {@link FailureKinds}):
 * <ul>
 *   <li>permanent: straight to {@code latih.dlq.<service>};</li>
 *   <li>transient: capped exponential back-off for {@link OutageRetryProperties#retryFor()}, then the dead-letter
 *       topic;</li>
 *   <li>other: the binding's bounded retries ({@code latih.messaging.max-attempts} and its back-off), then the
 *       dead-letter topic.</li>
 * </ul>
 * A dead letter is sent and acknowledged before the consumer moves on; if it cannot be sent, the record is retried.
 */
public class ConsumptionErrorHandling implements ListenerContainerWithDlqAndRetryCustomizer, DisposableBean {

    private final DeadLetters deadLetters;
    private final OutageRetryProperties outage;
    private final DefaultKafkaProducerFactory<byte[], byte[]> producers;

    public ConsumptionErrorHandling(String brokers, DeadLetters deadLetters, OutageRetryProperties outage) {
        this.deadLetters = deadLetters;
        this.outage = outage;
        this.producers = new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    @Override
    public boolean retryAndDlqInBinding(String destinationName, String group) {
        return false;
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
                          BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> bindingDlqResolver,
                          BackOff bindingBackOff) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(new KafkaTemplate<>(producers),
                // No partition: the producer's partitioner places the letter by its key.
                (record, failure) -> new TopicPartition(deadLetters.apply(record, failure), -1));
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer,
                bindingBackOff == null ? new FixedBackOff(0, 0) : bindingBackOff);
        FailureKinds.PERMANENT.forEach(handler::addNotRetryableExceptions);
        BackOff outageBackOff = outageBackOff();
        handler.setBackOffFunction((record, failure) ->
                FailureKinds.of(failure) == Kind.TRANSIENT ? outageBackOff : null);
        handler.setRetryListeners(new FailureLog());
        container.setCommonErrorHandler(handler);
    }

    private BackOff outageBackOff() {
        ExponentialBackOff backOff = new ExponentialBackOff(outage.backOffInitial().toMillis(), 2.0);
        backOff.setMaxInterval(outage.backOffMax().toMillis());
        backOff.setMaxElapsedTime(outage.retryFor().toMillis());
        return backOff;
    }

    @Override
    public void destroy() {
        producers.destroy();
    }
}
