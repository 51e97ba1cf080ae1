package io.partnerportal.onboarding.query.feed.kafka;

import io.swagger.v3.oas.annotations.media.Schema;
import com.mongodb.client.MongoDatabase;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.message.Encoding;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import io.cloudevents.kafka.CloudEventSerializer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.partnerportal.onboarding.query.feed.FeedEntries;
import io.partnerportal.onboarding.query.feed.FeedHead;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Publishes the feed to Kafka for subscribers at scale: in position order, each entry as a record in the
 * CloudEvents Kafka binding's binary mode (the value is {@code data}, the attributes are {@code ce_} headers,
 * {@code content-type} is {@code datacontenttype}), keyed by customer id so that one customer's events stay
 * in order on one partition. An idempotent producer with {@code acks=all}; progress is stored after the broker
 * acknowledged a batch, so after a crash a record may be sent again, never lost (consumers deduplicate by
 * {@code ce_id}). It runs on a thread of its own: a broker that is down delays publishing, never a command or
 * a read.
 */
public class KafkaFeedPublisher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(KafkaFeedPublisher.class);
    private static final EventFormat STRUCTURED_JSON = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);

    private final FeedEntries feed;
    private final FeedHead head;
    private final KafkaPublishing settings;
    private final PublicationProgress progress;
    private final AtomicLong published = new AtomicLong();
    private final AtomicReference<String> lastFailure = new AtomicReference<>();
    private final Counter records;
    private final Counter failures;
    private volatile boolean running;
    private Thread worker;

    public KafkaFeedPublisher(FeedEntries feed, FeedHead head, KafkaPublishing settings, MongoDatabase database,
                              MeterRegistry metrics) {
        this.feed = feed;
        this.head = head;
        this.settings = settings;
        this.progress = new PublicationProgress(database, settings.topic(), UUID.randomUUID().toString(), Clock.systemUTC());
        this.records = Counter.builder("onboarding.kafka.published").baseUnit("records")
                .description("Feed entries the broker acknowledged").tag("topic", settings.topic()).register(metrics);
        this.failures = Counter.builder("onboarding.kafka.failures").baseUnit("attempts")
                .description("Publishing attempts that failed and will be retried").tag("topic", settings.topic()).register(metrics);
        Gauge.builder("onboarding.kafka.lag", () -> Math.max(0, head.current() - published.get())).baseUnit("entries")
                .description("Feed entries not yet published").tag("topic", settings.topic()).register(metrics);
    }

    /** For operators: how far publishing is, and what last went wrong. */
    @Schema(name = "KafkaPublication", description = "How far the feed is published to Kafka, and what last went wrong.")
    public record Status(String topic, long position, long headPosition, long lag, long failures, String lastFailure) {
    }

    public Status status() {
        long at = progress.position();
        long headPosition = head.current();
        return new Status(settings.topic(), at, headPosition, Math.max(0, headPosition - at), (long) failures.count(),
                lastFailure.get());
    }

    @Override
    public void start() {
        running = true;
        worker = Thread.ofPlatform().name("kafka-feed-publisher").daemon().start(this::run);
    }

    /** Lets the current batch finish and the lease go, so that another instance can take over at once. */
    @Override
    public void stop() {
        running = false;
        if (worker != null) {
            try {
                worker.join(TimeUnit.SECONDS.toMillis(15));
                if (worker.isAlive()) {
                    worker.interrupt();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        try (Producer<String, CloudEvent> producer = new KafkaProducer<>(producerConfig())) {
            createTopicIfMissing();
            while (running) {
                try {
                    if (!progress.lease(settings.lease()) || !publishNextBatch(producer)) {
                        idle();
                    }
                    lastFailure.set(null);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (Exception e) {
                    failures.increment();
                    if (lastFailure.getAndSet(Instant.now() + " " + e) == null) {
                        log.warn("Publishing the feed to Kafka topic {} failed; retrying every {} until it works: {}",
                                settings.topic(), settings.retryBackoff(), e.toString());
                    }
                    sleep(settings.retryBackoff().toMillis());
                }
            }
        } finally {
            progress.release();
        }
    }

    /** Sends the next entries after the stored progress; false when there were none. */
    private boolean publishNextBatch(Producer<String, CloudEvent> producer) throws InterruptedException, ExecutionException {
        long from = progress.position();
        List<FeedEntries.Stored> batch = feed.page(new FeedEntries.Criteria(from, settings.batch(), null, null, null));
        if (batch.isEmpty()) {
            published.set(from);
            return false;
        }
        var sent = new ArrayList<Future<RecordMetadata>>();
        for (var entry : batch) {
            CloudEvent event = STRUCTURED_JSON.deserialize(entry.json().getBytes(StandardCharsets.UTF_8));
            sent.add(producer.send(new ProducerRecord<>(settings.topic(), event.getSubject(), event)));
        }
        for (var acknowledged : sent) {
            acknowledged.get();
        }
        long through = batch.getLast().position();
        progress.publishedThrough(through);
        published.set(through);
        records.increment(batch.size());
        return true;
    }

    private void idle() throws InterruptedException {
        head.changes(java.time.Duration.ofSeconds(1)).next().block(java.time.Duration.ofSeconds(2));
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
    }

    private void createTopicIfMissing() {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", settings.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(settings.topic(), settings.partitions(), settings.replicationFactor())))
                    .all().get(30, TimeUnit.SECONDS);
            log.info("Created Kafka topic {} with {} partitions", settings.topic(), settings.partitions());
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                log.warn("Could not create Kafka topic {} (publishing will retry): {}", settings.topic(), e.getCause().toString());
            }
        } catch (Exception e) {
            log.warn("Could not create Kafka topic {} (publishing will retry): {}", settings.topic(), e.toString());
        }
    }

    private Map<String, Object> producerConfig() {
        return Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class,
                CloudEventSerializer.ENCODING_CONFIG, Encoding.BINARY.name());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
