package id.latih.gateway.stream;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the live event stream ({@code latih.gateway.stream}); the defaults are in the gateway's
 * application.yml, where each is explained.
 *
 * @param brokers                  the Kafka bootstrap servers the stream reads from
 * @param groupIdPrefix            each gateway instance reads every event with its own group: this prefix and a random id
 * @param retention                how far back the buffer reaches when the gateway starts, and how old a position may be
 * @param bufferMaxEvents          the resume buffer's bound in events
 * @param bufferMaxBytes           the resume buffer's bound in bytes of CloudEvents JSON
 * @param subscriberBuffer         events waiting for one subscriber before it is dropped as too slow
 * @param heartbeat                how often an idle stream gets a comment, so proxies keep it open
 * @param maxSubscribers           open streams per gateway instance
 * @param maxSubscribersPerAgency  open streams per agency per gateway instance
 * @param resumeMargin             how far before a position's time a resume on another instance starts
 * @param dropGrace                how long a dropped subscriber has to take its notice before its connection is closed
 * @param maxPollRecords           records the consumer takes per poll: the largest burst one subscriber must absorb
 * @param personalFields           fields of an event's data that name a person, left out for oversight
 */
@ConfigurationProperties("latih.gateway.stream")
public record StreamProperties(String brokers, String groupIdPrefix, Duration retention, Integer bufferMaxEvents,
                               DataSize bufferMaxBytes, Integer subscriberBuffer, Duration heartbeat,
                               Integer maxSubscribers, Integer maxSubscribersPerAgency, Duration resumeMargin,
                               Duration dropGrace, Integer maxPollRecords, List<String> personalFields) {

    public StreamProperties {
        brokers = brokers == null ? "localhost:9092" : brokers;
        groupIdPrefix = groupIdPrefix == null ? "gateway-stream" : groupIdPrefix;
        retention = retention == null ? Duration.ofHours(1) : retention;
        bufferMaxEvents = bufferMaxEvents == null ? 200_000 : bufferMaxEvents;
        bufferMaxBytes = bufferMaxBytes == null ? DataSize.ofMegabytes(256) : bufferMaxBytes;
        subscriberBuffer = subscriberBuffer == null ? 1024 : subscriberBuffer;
        heartbeat = heartbeat == null ? Duration.ofSeconds(15) : heartbeat;
        maxSubscribers = maxSubscribers == null ? 2000 : maxSubscribers;
        maxSubscribersPerAgency = maxSubscribersPerAgency == null ? 50 : maxSubscribersPerAgency;
        resumeMargin = resumeMargin == null ? Duration.ofSeconds(5) : resumeMargin;
        dropGrace = dropGrace == null ? Duration.ofSeconds(10) : dropGrace;
        maxPollRecords = maxPollRecords == null ? 500 : maxPollRecords;
        personalFields = personalFields == null ? List.of("nip", "name", "supervisorNip") : List.copyOf(personalFields);
        if (subscriberBuffer <= maxPollRecords) {
            throw new IllegalArgumentException("latih.gateway.stream.subscriber-buffer (" + subscriberBuffer
                    + ") must exceed max-poll-records (" + maxPollRecords + "): one poll's burst must fit");
        }
    }
}
