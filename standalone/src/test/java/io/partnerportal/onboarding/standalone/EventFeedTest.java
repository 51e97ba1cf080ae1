package io.partnerportal.onboarding.standalone;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import io.partnerportal.onboarding.kernel.customer.event.EventTypes;
import io.partnerportal.onboarding.kernel.customer.event.RelationshipRequested;
import io.partnerportal.onboarding.platform.testing.ApiClient;
import io.partnerportal.onboarding.platform.testing.IsolatedStores;
import io.partnerportal.onboarding.platform.testing.SampleCustomers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.context.ContextConfiguration;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event feed as a downstream service reads it, over HTTP on the real stores: dense positions in one
 * order, CloudEvents entries (checked by the official SDK), pages, tenant scoping, a replay that keeps every
 * position, and the live stream with its resumption, heartbeats and the end of a stream that falls behind.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"onboarding.feed.heartbeat=300ms", "onboarding.feed.max-lag=1000000"})
@ContextConfiguration(initializers = IsolatedStores.class)
@DisplayName("The event feed")
class EventFeedTest {

    private static final EventFormat CLOUD_EVENTS_JSON = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);

    @LocalServerPort
    int port;

    @Test
    @DisplayName("numbers every event 1, 2, 3, … without a gap, each a valid CloudEvent with its extensions")
    void densePositionsOfValidCloudEvents() throws Exception {
        String customerId = addCustomer("gina", SampleCustomers.contosoBrazil());
        approve(customerId);
        List<Map<String, Object>> all = awaitFeedWith("otto", customerId, 3);

        assertThat(all).extracting(entry -> ((Number) entry.get("position")).longValue())
                .containsExactlyElementsOf(LongStream.rangeClosed(1, all.size()).boxed().toList());
        for (byte[] raw : rawEntries("otto")) {
            CloudEvent event = CLOUD_EVENTS_JSON.deserialize(raw);
            assertThat(event.getSpecVersion().toString()).isEqualTo("1.0");
            assertThat(event.getType()).matches("partner\\.customer\\.[a-z.]+\\.v[0-9]+");
            assertThat(event.getDataContentType()).isEqualTo("application/json");
            assertThat(event.getData()).isNotNull();
            assertThat(event.getExtensionNames()).contains("position", "sequence");
            if (customerId.equals(event.getSubject())) {
                // Written through the API, so attributed (other tests' hand-made events may lack a correlation).
                assertThat(event.getExtensionNames()).contains("partnerid", "actor", "correlationid");
            }
        }
        var mine = all.stream().filter(entry -> customerId.equals(entry.get("subject"))).toList();
        assertThat(mine).extracting(entry -> entry.get("type"))
                .containsExactly("partner.customer.added.v2", "partner.customer.default.gdap.created.v1",
                        "partner.customer.verification.approved.v1");
        assertThat(mine).extracting(entry -> entry.get("actor")).containsExactly("gina", "gina", "vera");
        assertThat(mine).extracting(entry -> entry.get("partnerid")).containsOnly("P-1000");
        assertThat(mine).extracting(entry -> ((Number) entry.get("sequence")).intValue()).containsExactly(0, 1, 2);
    }

    @Test
    @DisplayName("shows a partner its own customers' events, a reseller its associated ones, auditors and operators all")
    void scopedToTheCallersCustomers() {
        String ginas = addCustomer("gina", SampleCustomers.contosoBrazil());
        var forReseller = SampleCustomers.contosoBrazil();
        forReseller.put("associatedResellerId", "P-2100");
        String ivans = addCustomer("ivan", forReseller);
        awaitFeedWith("otto", ivans, 2);

        assertThat(subjects("gina")).contains(ginas).doesNotContain(ivans);
        assertThat(subjects("ivan")).contains(ivans).doesNotContain(ginas);
        assertThat(subjects("rita")).contains(ivans).doesNotContain(ginas);
        assertThat(subjects("opal")).contains(ginas, ivans);
        ApiClient.as("vera", port).get().uri("/api/events").exchange().expectStatus().isForbidden();
        ApiClient.anonymous(port).get().uri("/api/events").exchange().expectStatus().isUnauthorized();
    }

    @Test
    @DisplayName("pages after a position, by type and by subject, and names the position to read on from")
    void pages() {
        String customerId = addCustomer("gina", SampleCustomers.contosoBrazil());
        List<Map<String, Object>> all = awaitFeedWith("otto", customerId, 2);
        long second = ((Number) all.get(1).get("position")).longValue();

        Map<?, ?> page = page("otto", "/api/events?after=1&limit=1");
        assertThat(items(page)).extracting(entry -> ((Number) entry.get("position")).longValue()).containsExactly(second);
        assertThat(((Number) page.get("next")).longValue()).isEqualTo(second);
        assertThat(items(page("otto", "/api/events?subject=" + customerId + "&type=partner.customer.added.v2")))
                .extracting(entry -> entry.get("subject")).containsExactly(customerId);
        ApiClient.as("otto", port).get().uri("/api/events?after=-1&limit=5000&type=partner.customer.eaten.v1").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[*].field").isEqualTo(List.of("after", "limit", "type"));
    }

    @Test
    @DisplayName("keeps every entry and its position through a replay of the feed projection")
    void replayKeepsPositions() throws Exception {
        String customerId = addCustomer("gina", SampleCustomers.contosoBrazil());
        awaitFeedWith("otto", customerId, 2);
        List<String> before = rawEntries("otto").stream().map(raw -> new String(raw, StandardCharsets.UTF_8)).toList();

        ApiClient.as("opal", port).post().uri("/api/admin/projections/customer-feed/replay").exchange()
                .expectStatus().isAccepted();
        awaitCaughtUp();
        String after = addCustomer("gina", SampleCustomers.contosoBrazil());
        List<Map<String, Object>> all = awaitFeedWith("otto", after, 2);

        List<String> again = rawEntries("otto").stream().map(raw -> new String(raw, StandardCharsets.UTF_8)).toList();
        assertThat(again.subList(0, before.size())).as("every entry as it was, at its position").isEqualTo(before);
        assertThat(all).extracting(entry -> ((Number) entry.get("position")).longValue())
                .containsExactlyElementsOf(LongStream.rangeClosed(1, all.size()).boxed().toList());
    }

    @Test
    @DisplayName("streams live from after Last-Event-ID, with id = position and heartbeats in between")
    void streamResumesAfterLastEventId() {
        String first = addCustomer("gina", SampleCustomers.contosoBrazil());
        List<Map<String, Object>> all = awaitFeedWith("otto", first, 2);
        var mine = all.stream().filter(entry -> first.equals(entry.get("subject"))).toList();
        long resumeAfter = ((Number) mine.getFirst().get("position")).longValue();
        var caughtUp = new java.util.concurrent.atomic.AtomicBoolean();
        var heartbeats = new java.util.concurrent.atomic.AtomicInteger();

        var received = ApiClient.as("otto", port).get().uri("/api/events/stream")
                .header("Last-Event-ID", Long.toString(resumeAfter))
                .accept(MediaType.TEXT_EVENT_STREAM).exchange().expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() { })
                .getResponseBody()
                .doOnNext(message -> {
                    if ("heartbeat".equals(message.comment())) {
                        heartbeats.incrementAndGet();
                    }
                    // Once the stream has caught up with what was there and sent a heartbeat, write something new.
                    if (Long.toString(((Number) all.getLast().get("position")).longValue()).equals(message.id())) {
                        caughtUp.set(true);
                    } else if ("heartbeat".equals(message.comment()) && caughtUp.compareAndSet(true, false)) {
                        CompletableFuture.runAsync(() -> approve(first));
                    }
                })
                .takeUntil(message -> message.data() != null && message.data().contains("verification.approved")
                        && message.data().contains(first))
                .collectList().block(Duration.ofSeconds(30));

        var entries = Objects.requireNonNull(received).stream().filter(message -> message.id() != null).toList();
        assertThat(entries.getFirst().id()).isEqualTo(Long.toString(resumeAfter + 1));
        assertThat(entries).extracting(message -> Long.parseLong(message.id()))
                .containsExactlyElementsOf(LongStream.rangeClosed(resumeAfter + 1, resumeAfter + entries.size()).boxed().toList());
        assertThat(heartbeats).as("heartbeat comments between entries").hasPositiveValue();
    }

    @Test
    @DisplayName("lets one caller hold only a few streams at once: one more is 429, another caller still streams")
    void streamsPerCallerAreCapped() {
        var type = new org.springframework.core.ParameterizedTypeReference<
                org.springframework.http.codec.ServerSentEvent<String>>() { };
        Backends.addCustomer(port);
        var held = new ArrayList<reactor.core.Disposable>();
        for (int stream = 0; stream < 4; stream++) {
            held.add(ApiClient.as("otto", port).get().uri("/api/events/stream").accept(MediaType.TEXT_EVENT_STREAM).exchange()
                    .expectStatus().isOk().returnResult(type).getResponseBody().subscribe());
        }

        ApiClient.as("otto", port).get().uri("/api/events/stream").accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isEqualTo(429).expectBody().jsonPath("$.code").isEqualTo("TOO_MANY_OPEN");
        var other = ApiClient.as("opal", port).get().uri("/api/events/stream").accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isOk().returnResult(type).getResponseBody();
        assertThat(other.filter(message -> message.id() != null).next().block(Duration.ofSeconds(10))).isNotNull();
        held.forEach(reactor.core.Disposable::dispose);
    }

    @Test
    @DisplayName("serves a JSON Schema for every event type, and every entry's data, of every type, fits its schema")
    void everyEntryFitsItsSchema() throws Exception {
        var lives = new CustomerLives(port);
        String whole = lives.wholeLife();
        String rejected = lives.rejectedCustomerOfAReseller(SampleCustomers.contosoBrazil(), null);
        awaitFeedWith("otto", rejected, 2);
        List<Map<String, Object>> all = awaitFeedWith("otto", whole, 13);

        Map<?, ?> listed = ApiClient.as("gina", port).get().uri("/api/events/schemas").exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        List<String> types = ((List<?>) listed.get("items")).stream().map(item -> (String) ((Map<?, ?>) item).get("type")).toList();
        assertThat(types).hasSize(io.partnerportal.onboarding.kernel.customer.event.CustomerEvent.class.getPermittedSubclasses().length);
        // Relationship requests have records of their own now: the type stays served for the entries written before.
        assertThat(all.stream().map(entry -> entry.get("type")).distinct()).as("the feed holds every type still written")
                .containsExactlyInAnyOrderElementsOf(types.stream()
                        .filter(type -> !type.equals(EventTypes.of(RelationshipRequested.class))).toList());

        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        var registry = com.networknt.schema.SchemaRegistry.withDefaultDialect(com.networknt.schema.SpecificationVersion.DRAFT_2020_12);
        var validators = new java.util.HashMap<String, com.networknt.schema.Schema>();
        for (String type : types) {
            byte[] schema = ApiClient.as("gina", port).get().uri("/api/events/schemas/{type}", type).exchange()
                    .expectStatus().isOk().expectBody().returnResult().getResponseBody();
            validators.put(type, registry.getSchema(json.readTree(schema)));
        }
        for (var entry : all) {
            var errors = validators.get((String) entry.get("type")).validate(json.valueToTree(entry.get("data")));
            assertThat(errors).as("data of " + entry.get("type") + " at " + entry.get("position")).isEmpty();
        }
        ApiClient.as("gina", port).get().uri("/api/events/schemas/partner.customer.eaten.v1").exchange()
                .expectStatus().isNotFound();
    }

    @Test
    @DisplayName("refuses a Last-Event-ID that is no position, naming the header")
    void malformedLastEventId() {
        ApiClient.as("otto", port).get().uri("/api/events/stream").header("Last-Event-ID", "yesterday").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("Last-Event-ID");
    }

    private String addCustomer(String user, Map<String, Object> body) {
        Map<?, ?> added = ApiClient.as(user, port).post().uri("/api/customers").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return (String) added.get("customerId");
    }

    private void approve(String customerId) {
        ApiClient.as("vera", port).post().uri("/api/customers/{id}/verification/approval", customerId).exchange()
                .expectStatus().isOk();
    }

    /** The whole feed as {@code user} sees it, once it holds {@code count} entries of {@code subject}. */
    private List<Map<String, Object>> awaitFeedWith(String user, String subject, int count) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            List<Map<String, Object>> all = everything(user);
            if (all.stream().filter(entry -> subject.equals(entry.get("subject"))).count() >= count) {
                return all;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the feed did not show " + count + " entries of " + subject);
            }
            sleep(50);
        }
    }

    private List<Map<String, Object>> everything(String user) {
        var all = new ArrayList<Map<String, Object>>();
        long after = 0;
        while (true) {
            Map<?, ?> page = page(user, "/api/events?limit=1000&after=" + after);
            List<Map<String, Object>> items = items(page);
            all.addAll(items);
            if (items.isEmpty()) {
                return all;
            }
            after = ((Number) page.get("next")).longValue();
        }
    }

    private List<byte[]> rawEntries(String user) throws Exception {
        var raw = new ArrayList<byte[]>();
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (var entry : everything(user)) {
            raw.add(json.writeValueAsBytes(entry));
        }
        return raw;
    }

    private List<String> subjects(String user) {
        return everything(user).stream().map(entry -> (String) entry.get("subject")).distinct().toList();
    }

    private Map<?, ?> page(String user, String uri) {
        return ApiClient.as(user, port).get().uri(uri).exchange().expectStatus().isOk().expectBody(Map.class)
                .returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<?, ?> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    private void awaitCaughtUp() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            Map<?, ?> body = ApiClient.as("opal", port).get().uri("/api/admin/projections").exchange()
                    .expectBody(Map.class).returnResult().getResponseBody();
            if (((List<?>) body.get("items")).stream().map(item -> (Map<?, ?>) item)
                    .allMatch(item -> ((Number) item.get("lag")).longValue() == 0)) {
                return;
            }
            sleep(100);
        }
        throw new AssertionError("the projections did not catch up");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
