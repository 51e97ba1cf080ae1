package io.partnerportal.onboarding.standalone;

import io.partnerportal.onboarding.platform.testing.ApiClient;
import io.partnerportal.onboarding.platform.testing.IsolatedStores;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed published to a real Kafka broker (one KRaft node started by the test), as a downstream service
 * consumes it with a stock client: every entry arrives, once its duplicates (by {@code ce_id}) are dropped,
 * in position order per customer, as a CloudEvents binary-mode record — even when the backend is stopped in
 * the middle of publishing and started again.
 */
@DisplayName("The feed on Kafka")
class KafkaPublishingTest {

    private static KafkaClusterTestKit broker;
    private final IsolatedStores stores = new IsolatedStores();
    private final String topic = "partner.customer.events." + UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void startBroker() throws Exception {
        broker = TestBroker.start();
    }

    @AfterAll
    static void stopBroker() throws Exception {
        broker.close();
    }

    @Test
    @DisplayName("receives every entry, in order per customer, with complete headers, across a restart of the backend")
    void everyEntryArrivesInOrderAcrossARestart() {
        List<String> customers = new ArrayList<>();
        try (ConfigurableApplicationContext first = start()) {
            for (int i = 0; i < 3; i++) {
                customers.add(Backends.addCustomer(Backends.port(first)));
            }
            // Stopped at once: whatever was not yet published is published after the next start.
        }
        Map<String, Map<String, Object>> feed;
        try (ConfigurableApplicationContext second = start()) {
            int port = Backends.port(second);
            customers.add(Backends.addCustomer(port));
            ApiClient.as("vera", port).post().uri("/api/customers/{id}/verification/approval", customers.getFirst())
                    .exchange().expectStatus().isOk();
            feed = awaitFeedOf(port, customers, 2 * customers.size() + 1);

            Map<String, ConsumerRecord<String, byte[]>> received = consumeUntil(feed.keySet());

            for (var entry : feed.entrySet()) {
                ConsumerRecord<String, byte[]> record = received.get(entry.getKey());
                Map<String, Object> cloudEvent = entry.getValue();
                assertThat(record.key()).isEqualTo(cloudEvent.get("subject"));
                assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
                assertThat(header(record, "ce_type")).isEqualTo(cloudEvent.get("type"));
                assertThat(header(record, "ce_source")).isEqualTo(cloudEvent.get("source"));
                assertThat(header(record, "ce_subject")).isEqualTo(cloudEvent.get("subject"));
                assertThat(header(record, "ce_time")).isNotBlank();
                assertThat(header(record, "ce_position")).isEqualTo(cloudEvent.get("position").toString());
                assertThat(header(record, "ce_correlationid")).isEqualTo(cloudEvent.get("correlationid"));
                assertThat(header(record, "content-type")).isEqualTo("application/json");
                assertThat(new String(record.value(), StandardCharsets.UTF_8)).contains((String) cloudEvent.get("subject"));
            }
            ApiClient.as("opal", port).get().uri("/api/admin/projections").exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.publications[0].topic").isEqualTo(topic);
        }
    }

    private ConfigurableApplicationContext start() {
        return Backends.start(StandaloneApplication.class, stores,
                "--onboarding.kafka.bootstrap-servers=" + broker.bootstrapServers(), "--onboarding.kafka.topic=" + topic,
                "--onboarding.kafka.partitions=2");
    }

    /** The feed's entries of {@code customers}, by CloudEvents id, once there are {@code count} of them. */
    private Map<String, Map<String, Object>> awaitFeedOf(int port, List<String> customers, int count) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            var entries = new LinkedHashMap<String, Map<String, Object>>();
            for (String customer : customers) {
                Map<?, ?> page = ApiClient.as("otto", port).get().uri("/api/events?limit=1000&subject=" + customer)
                        .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
                for (Object item : (List<?>) page.get("items")) {
                    @SuppressWarnings("unchecked")
                    var entry = (Map<String, Object>) item;
                    entries.put((String) entry.get("id"), entry);
                }
            }
            if (entries.size() >= count) {
                return entries;
            }
            pause();
        }
        throw new AssertionError("the feed did not reach " + count + " entries of the test's customers");
    }

    /**
     * Reads the topic from the start until every id has arrived; keeps the first record of each id and checks,
     * on the way, that a customer's records (duplicates dropped) come in position order.
     */
    private Map<String, ConsumerRecord<String, byte[]>> consumeUntil(Set<String> ids) {
        Map<String, ConsumerRecord<String, byte[]>> first = new HashMap<>();
        Map<String, Long> lastPositionOfKey = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : TestBroker.readUntil(broker, topic, ids)) {
            if (first.putIfAbsent(header(record, "ce_id"), record) == null) {
                long position = Long.parseLong(header(record, "ce_position"));
                Long before = lastPositionOfKey.put(record.key(), position);
                assertThat(before == null || before < position)
                        .as("records of customer " + record.key() + " in position order").isTrue();
            }
        }
        assertThat(first.keySet()).as("every entry of the feed arrived").containsAll(ids);
        return first;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return TestBroker.header(record, name);
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
