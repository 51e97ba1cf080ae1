package io.partnerportal.onboarding.query.feed.kafka;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.partnerportal.onboarding.query.feed.FeedEntries;
import io.partnerportal.onboarding.query.feed.FeedHead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Kafka publisher, when {@code KAFKA_BOOTSTRAP_SERVERS} names a broker. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KafkaPublishing.class)
class KafkaConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KafkaConfiguration.class);

    @Bean
    @ConditionalOnExpression("!'${onboarding.kafka.bootstrap-servers:}'.isBlank()")
    KafkaFeedPublisher kafkaFeedPublisher(FeedEntries feed, FeedHead head, KafkaPublishing settings,
                                          MongoDatabase readModelDatabase, MeterRegistry metrics) {
        log.info("Publishing the event feed to Kafka at {}, topic {}", settings.bootstrapServers(), settings.topic());
        return new KafkaFeedPublisher(feed, head, settings, readModelDatabase, metrics);
    }
}
