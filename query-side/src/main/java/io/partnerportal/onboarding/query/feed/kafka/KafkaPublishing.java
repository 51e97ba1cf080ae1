package io.partnerportal.onboarding.query.feed.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Where and how the feed is published to Kafka ({@code onboarding.kafka.*}; {@code KAFKA_BOOTSTRAP_SERVERS}
 * turns it on). The topic is created when missing, with {@code partitions} partitions.
 */
@ConfigurationProperties("onboarding.kafka")
public record KafkaPublishing(String bootstrapServers, String topic, int partitions, short replicationFactor,
                              int batch, Duration retryBackoff, Duration lease) {

    public KafkaPublishing {
        topic = topic == null || topic.isBlank() ? "partner.customer.events" : topic;
        partitions = partitions <= 0 ? 3 : partitions;
        replicationFactor = replicationFactor <= 0 ? 1 : replicationFactor;
        batch = batch <= 0 ? 500 : batch;
        retryBackoff = retryBackoff == null ? Duration.ofSeconds(2) : retryBackoff;
        lease = lease == null ? Duration.ofSeconds(30) : lease;
    }

    public boolean enabled() {
        return bootstrapServers != null && !bootstrapServers.isBlank();
    }
}
