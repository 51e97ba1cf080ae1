package io.partnerportal.onboarding.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerportal.onboarding.platform.identity.DemoUsers;
import io.partnerportal.onboarding.platform.testing.ApiClient;
import io.partnerportal.onboarding.platform.testing.BackendProcess;
import io.partnerportal.onboarding.platform.testing.IsolatedStores;
import io.partnerportal.onboarding.platform.testing.SampleCustomers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing acknowledged is lost, and nothing is stored twice, however often the process dies: four writers
 * add customers while the standalone backend is killed with SIGKILL, three times, at a moment of its
 * choosing. After the last restart every acknowledged customer is there, the feed holds each one's first
 * event exactly once at dense positions, every customer view agrees with the event store, and a real Kafka
 * broker has received every entry of the feed (at least once: consumers drop duplicates by {@code ce_id}).
 */
@DisplayName("Killing the standalone backend with SIGKILL under four writers")
class CrashUnderLoadTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WRITERS = 4;
    private static final int CRASHES = 3;

    private final IsolatedStores stores = new IsolatedStores();
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();

    private final String topic = "partner.customer.events.crash." + java.util.UUID.randomUUID().toString().substring(0, 8);

    @Test
    @DisplayName("loses no acknowledged write and stores none twice; feed, views and Kafka converge to the event store")
    void nothingAcknowledgedIsLost() throws Exception {
        try (var broker = TestBroker.start()) {
            String[] publishing = {"--onboarding.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                    "--onboarding.kafka.topic=" + topic};
            for (int crash = 1; crash <= CRASHES; crash++) {
                var backend = BackendProcess.start(StandaloneApplication.class, stores, "crash-under-load-" + crash, publishing);
                writeUntilKilled(backend, Duration.ofMillis(1_500 + 700L * crash));
            }
            checkAfterTheCrashes(broker, publishing);
        }
    }

    private void checkAfterTheCrashes(org.apache.kafka.common.test.KafkaClusterTestKit broker, String[] publishing) throws Exception {
        assertThat(acknowledged).as("writes acknowledged before the crashes").hasSizeGreaterThanOrEqualTo(CRASHES);

        try (var backend = BackendProcess.start(StandaloneApplication.class, stores, "crash-under-load-after", publishing)) {
            for (String customerId : acknowledged) {
                Backends.awaitCustomer(backend.port(), customerId, 1);
            }
            List<JsonNode> feed = feedOnceCaughtUp(backend);
            assertThat(feed).extracting(entry -> entry.get("position").asLong())
                    .as("dense positions from 1").containsExactlyElementsOf(
                            java.util.stream.LongStream.rangeClosed(1, feed.size()).boxed().toList());
            assertThat(feed.stream().map(entry -> entry.get("id").asText()).distinct().count())
                    .as("each event once").isEqualTo(feed.size());
            Map<String, Integer> added = new HashMap<>();
            feed.stream().filter(entry -> entry.get("type").asText().startsWith("partner.customer.added."))
                    .forEach(entry -> added.merge(entry.get("subject").asText(), 1, Integer::sum));
            for (String customerId : acknowledged) {
                assertThat(added.get(customerId)).as("entries adding %s", customerId).isEqualTo(1);
            }
            // The figures docs/reliability.md reports, in target/surefire-reports/*CrashUnderLoadTest-output.txt.
            System.out.printf("%d writes acknowledged by %d writers across %d crashes; %d feed entries checked%n",
                    acknowledged.size(), WRITERS, CRASHES, feed.size());
            ViewsAgreement.assertAgree(backend.port(), acknowledged);

            Set<String> feedIds = new HashSet<>(feed.stream().map(entry -> entry.get("id").asText()).toList());
            var delivered = TestBroker.readUntil(broker, topic, feedIds);
            Set<String> deliveredIds = new HashSet<>(delivered.stream().map(record -> TestBroker.header(record, "ce_id")).toList());
            assertThat(deliveredIds).as("every feed entry reached Kafka").containsAll(feedIds);
            assertThat(feedIds).as("Kafka got nothing the feed does not hold").containsAll(deliveredIds);
            System.out.printf("%d records on Kafka for %d feed entries (duplicates after a crash are allowed)%n",
                    delivered.size(), feedIds.size());
        }
    }

    /** Four writers add customers until the backend is killed, after {@code loadFor}; records what was acknowledged. */
    private void writeUntilKilled(BackendProcess backend, Duration loadFor) throws Exception {
        var stop = new AtomicBoolean();
        try (var writers = Executors.newVirtualThreadPerTaskExecutor(); var http = HttpClient.newHttpClient()) {
            for (int writer = 0; writer < WRITERS; writer++) {
                writers.submit(() -> {
                    while (!stop.get()) {
                        try {
                            var answer = http.send(add(backend), HttpResponse.BodyHandlers.ofString());
                            if (answer.statusCode() == 201) {
                                acknowledged.add(JSON.readTree(answer.body()).get("customerId").asText());
                            }
                        } catch (Exception killed) {
                            // The process is gone mid-request: this write was never acknowledged.
                        }
                    }
                    return null;
                });
            }
            Thread.sleep(loadFor.toMillis());
            backend.kill();
            stop.set(true);
        }
    }

    private static HttpRequest add(BackendProcess backend) throws Exception {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + backend.port() + "/api/customers"))
                .header("Authorization", basic("gina")).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(SampleCustomers.contosoBrazil()))).build();
    }

    /**
     * The whole feed, read again until it has an entry adding each acknowledged customer, or two minutes have
     * passed: the views catch up after the restart before the feed may (they are projections of their own),
     * and a lost entry is never found however long the test waits.
     */
    private List<JsonNode> feedOnceCaughtUp(BackendProcess backend) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (true) {
            List<JsonNode> feed = wholeFeed(backend);
            Set<String> added = new HashSet<>(feed.stream()
                    .filter(entry -> entry.get("type").asText().startsWith("partner.customer.added."))
                    .map(entry -> entry.get("subject").asText()).toList());
            if (added.containsAll(acknowledged) || Instant.now().isAfter(deadline)) {
                return feed;
            }
            Thread.sleep(250);
        }
    }

    private static List<JsonNode> wholeFeed(BackendProcess backend) throws Exception {
        var entries = new ArrayList<JsonNode>();
        Set<Long> seen = new HashSet<>();
        long after = 0;
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            JsonNode page = get(backend, "otto", "/api/events?limit=500&after=" + after);
            for (JsonNode entry : page.get("items")) {
                if (seen.add(entry.get("position").asLong())) {
                    entries.add(entry);
                }
                after = entry.get("position").asLong();
            }
            if (page.get("items").isEmpty()) {
                return entries;
            }
        }
        throw new AssertionError("the feed did not end");
    }

    private static JsonNode get(BackendProcess backend, String user, String path) throws Exception {
        try (var http = HttpClient.newHttpClient()) {
            var answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + backend.port() + path))
                    .header("Authorization", basic(user)).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as("GET %s: %s", path, answer.body()).isEqualTo(200);
            return JSON.readTree(answer.body());
        }
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + DemoUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
