package io.partnerportal.onboarding.query.customer.web;

import io.partnerportal.onboarding.kernel.customer.record.Address;
import io.partnerportal.onboarding.kernel.customer.record.Contact;
import io.partnerportal.onboarding.kernel.customer.verification.VerificationStatus;
import io.partnerportal.onboarding.kernel.customer.event.CustomerAdded;
import io.partnerportal.onboarding.kernel.customer.record.BillingProfile;
import io.partnerportal.onboarding.kernel.customer.event.VerificationApproved;
import io.partnerportal.onboarding.platform.testing.ApiClient;
import io.partnerportal.onboarding.platform.testing.IsolatedStores;
import io.partnerportal.onboarding.query.QuerySideApplication;
import io.partnerportal.onboarding.query.processing.Projections;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read side on its own: events are appended to the event store as the command side would, and read
 * back over HTTP once the projection has them.
 */
@SpringBootTest(classes = QuerySideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"onboarding.customer-reads.wait-timeout=2s", "onboarding.customer-reads.heartbeat=200ms",
                "onboarding.customer-reads.max-waits-per-caller=2", "onboarding.customer-reads.max-streams-per-caller=2"})
@ContextConfiguration(initializers = IsolatedStores.class)
@DisplayName("GET /api/customers/{id}")
class CustomerReadHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry metrics;

    @Autowired
    com.mongodb.client.MongoDatabase readModels;

    /** A customer of indirect provider P-2000, added on behalf of its reseller P-2100. */
    private String appendCustomerOfP2000() {
        return appendCustomerOfP2000(Instant.now());
    }

    private String appendCustomerOfP2000(Instant addedAt) {
        String customerId = UUID.randomUUID().toString();
        var added = new CustomerAdded(customerId, "P-2000", "fabrikam" + customerId.substring(0, 6), "it-IT",
                new BillingProfile("Fabrikam S.p.A.", null, new Contact("Giulia", "Bianchi", "giulia@fabrikam.it", null),
                        new Address("Via Roma 1", null, "Milano", "MI", "20121", "IT")), true, "P-2100", VerificationStatus.PENDING, List.of());
        eventStore.publish(new GenericDomainEventMessage<>("CustomerAggregate", customerId, 0, added,
                MetaData.with("actor", "ivan"), UUID.randomUUID().toString(), addedAt));
        return customerId;
    }

    @Test
    @DisplayName("updates streams the view now and again after each change, each with its version as the event id")
    void liveUpdates() {
        String customerId = appendCustomerOfP2000();
        ApiClient.as("ivan", port).get().uri("/api/customers/{id}?minVersion=1", customerId).exchange().expectStatus().isOk();
        var events = ApiClient.as("ivan", port).get().uri("/api/customers/{id}/updates", customerId)
                .accept(org.springframework.http.MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isOk()
                .returnResult(new org.springframework.core.ParameterizedTypeReference<
                        org.springframework.http.codec.ServerSentEvent<Map<String, Object>>>() { })
                .getResponseBody()
                // The change happens only once the stream has shown the view as it was; it is appended off the
                // client's event loop, which BlockHound watches too.
                .delayUntil(first -> !"1".equals(first.id()) ? reactor.core.publisher.Mono.empty()
                        : reactor.core.publisher.Mono.fromRunnable(() -> eventStore.publish(new GenericDomainEventMessage<>(
                                "CustomerAggregate", customerId, 1, new VerificationApproved(customerId),
                                MetaData.with("actor", "vera"))))
                        .subscribeOn(reactor.core.scheduler.Schedulers.boundedElastic()))
                .filter(event -> event.id() != null)
                .take(2).collectList().block(java.time.Duration.ofSeconds(15));

        assertThat(events).extracting(org.springframework.http.codec.ServerSentEvent::id).containsExactly("1", "2");
        assertThat(events.get(1).data()).containsEntry("verificationStatus", "APPROVED");
    }

    @Test
    @DisplayName("updates sends heartbeats, and a caller may hold only a few streams at once")
    void updateStreamsBeatAndAreCapped() {
        String customerId = appendCustomerOfP2000();
        ApiClient.as("ivan", port).get().uri("/api/customers/{id}?minVersion=1", customerId).exchange().expectStatus().isOk();
        var type = new org.springframework.core.ParameterizedTypeReference<
                org.springframework.http.codec.ServerSentEvent<Map<String, Object>>>() { };
        var first = ApiClient.as("ivan", port).get().uri("/api/customers/{id}/updates", customerId)
                .accept(org.springframework.http.MediaType.TEXT_EVENT_STREAM).exchange().returnResult(type).getResponseBody();
        var heartbeat = first.filter(event -> "heartbeat".equals(event.comment())).next();
        var second = ApiClient.as("ivan", port).get().uri("/api/customers/{id}/updates", customerId)
                .accept(org.springframework.http.MediaType.TEXT_EVENT_STREAM).exchange().returnResult(type).getResponseBody();
        var secondHeld = second.subscribe();

        ApiClient.as("ivan", port).get().uri("/api/customers/{id}/updates", customerId)
                .accept(org.springframework.http.MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isEqualTo(429).expectBody().jsonPath("$.code").isEqualTo("TOO_MANY_OPEN");
        assertThat(heartbeat.block(java.time.Duration.ofSeconds(5))).as("a heartbeat comment").isNotNull();
        secondHeld.dispose();
    }

    @Autowired
    CustomerQueryController reads;

    @Test
    @DisplayName("updates closes a stream whose client stopped reading, and keeps one whose client reads")
    void updateStreamsOfStalledClientsAreClosed() {
        String customerId = appendCustomerOfP2000();
        ApiClient.as("ivan", port).get().uri("/api/customers/{id}?minVersion=1", customerId).exchange().expectStatus().isOk();
        var ivan = io.partnerportal.onboarding.platform.identity.DemoUsers.named("ivan").orElseThrow();

        // The client takes the first view and asks for nothing more, as a connection that stopped reading does.
        reactor.test.StepVerifier.create(reads.updates(customerId, ivan), 1)
                .expectNextCount(1)
                .expectComplete()
                .verify(java.time.Duration.ofSeconds(3));
        // A client that keeps reading gets its heartbeat every 200 ms for as long as it likes.
        var read = reads.updates(customerId, ivan).take(java.time.Duration.ofMillis(1500)).collectList()
                .block(java.time.Duration.ofSeconds(5));
        assertThat(read).as("the view and the heartbeats of 1.5 s").hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    @DisplayName("updates of a customer the caller may not see is 404")
    void updatesOfAnInvisibleCustomer() {
        String customerId = appendCustomerOfP2000();
        ApiClient.as("ivan", port).get().uri("/api/customers/{id}?minVersion=1", customerId).exchange().expectStatus().isOk();
        ApiClient.as("gina", port).get().uri("/api/customers/{id}/updates", customerId).exchange()
                .expectStatus().isNotFound();
    }

    @Nested
    @DisplayName("operations")
    class Operations {

        @Test
        @DisplayName("a poison event parks its customer's sequence while other customers keep flowing; operators see and retry it")
        void poisonEventIsParked() throws InterruptedException {
            String ghost = "ghost-" + UUID.randomUUID();
            // An approval for a customer whose first event is missing: the fold cannot apply it.
            eventStore.publish(new GenericDomainEventMessage<>("CustomerAggregate", ghost, 0, new VerificationApproved(ghost),
                    MetaData.with("actor", "vera")));
            String healthy = appendCustomerOfP2000();

            ApiClient.as("ivan", port).get().uri("/api/customers/{id}?minVersion=1", healthy).exchange().expectStatus().isOk();
            assertThat(parkedPayloadTypes()).contains("VerificationApproved");
            ApiClient.as("opal", port).post().uri("/api/admin/projections/customer-view/dead-letters/retry").exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.stillParked").value(parked -> assertThat(((Number) parked).intValue()).isPositive());
            ApiClient.as("opal", port).get().uri("/api/admin/projections").exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.items[?(@.name == 'customer-view')].deadLetters").value(counts ->
                            assertThat(((Number) ((List<?>) counts).getFirst()).intValue()).isPositive());
        }

        @Test
        @DisplayName("the integrity check names a view changed behind the projection's back, e.g. moved to another partner")
        void tamperedViewIsNamed() {
            String customerId = appendCustomerOfP2000();
            ApiClient.as("ivan", port).get().uri("/api/customers/{id}?minVersion=1", customerId).exchange().expectStatus().isOk();
            ApiClient.as("opal", port).get().uri("/api/admin/projections/customer-view/integrity").exchange()
                    .expectStatus().isOk().expectBody()
                    .jsonPath("$.differences[?(@.customerId == '" + customerId + "')]").isEmpty();

            readModels.getCollection("customer_views").updateOne(com.mongodb.client.model.Filters.eq("_id", customerId),
                    com.mongodb.client.model.Updates.set("partnerId", "P-1000"));

            ApiClient.as("opal", port).get().uri("/api/admin/projections/customer-view/integrity").exchange()
                    .expectStatus().isOk().expectBody()
                    .jsonPath("$.ok").isEqualTo(false)
                    .jsonPath("$.differences[?(@.customerId == '" + customerId + "')].kind").isEqualTo(List.of("DIFFERS"));
            ApiClient.as("ivan", port).get().uri("/api/admin/projections/customer-view/integrity").exchange()
                    .expectStatus().isForbidden();
        }

        @Test
        @DisplayName("a replay rebuilds the projection from the start while reads keep answering")
        void replayKeepsReadsAnswering() throws InterruptedException {
            String customerId = appendCustomerOfP2000();
            ApiClient.as("ivan", port).get().uri("/api/customers/{id}?minVersion=1", customerId).exchange().expectStatus().isOk();

            double appliedBefore = applied();
            ApiClient.as("opal", port).post().uri("/api/admin/projections/customer-view/replay").exchange()
                    .expectStatus().isAccepted()
                    .expectBody().jsonPath("$.name").isEqualTo("customer-view");
            ApiClient.as("ivan", port).get().uri("/api/customers/{id}", customerId).exchange().expectStatus().isOk();

            for (int attempt = 0; attempt < 100 && lagging(); attempt++) {
                Thread.sleep(100);
            }
            ApiClient.as("opal", port).get().uri("/api/admin/projections").exchange().expectBody()
                    .jsonPath("$.items[?(@.name == 'customer-view')].lag").value(lags ->
                            assertThat(((Number) ((List<?>) lags).getFirst()).longValue()).isZero());
            ApiClient.as("ivan", port).get().uri("/api/customers/{id}?minVersion=1", customerId).exchange()
                    .expectStatus().isOk().expectBody().jsonPath("$.version").isEqualTo(1);
            assertThat(applied()).as("events applied again by the rebuild").isGreaterThan(appliedBefore);
        }

        private double applied() {
            return metrics.counter("onboarding.projection.events", "projection", "customer-view", "outcome", "applied")
                    .count();
        }

        @Test
        @DisplayName("are for operators only")
        void operatorsOnly() {
            ApiClient.as("gina", port).get().uri("/api/admin/projections").exchange().expectStatus().isForbidden();
            ApiClient.as("opal", port).post().uri("/api/admin/projections/no-such/replay").exchange().expectStatus().isNotFound();
        }

        /** The payload types parked for customer-view, once the poison event has been attempted (bounded wait). */
        private List<Object> parkedPayloadTypes() throws InterruptedException {
            List<Object> types = List.of();
            for (int attempt = 0; attempt < 100 && types.isEmpty(); attempt++) {
                Map<?, ?> body = ApiClient.as("opal", port).get().uri("/api/admin/projections/customer-view/dead-letters")
                        .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
                types = ((List<?>) body.get("items")).stream().flatMap(sequence -> ((List<?>) sequence).stream())
                        .map(letter -> ((Map<?, ?>) letter).get("payloadType")).map(Object.class::cast).toList();
                if (types.isEmpty()) {
                    Thread.sleep(100);
                }
            }
            return types;
        }

        /** Behind the event store's head. (Axon reports "replaying" until the next new event, so lag is the signal.) */
        private boolean lagging() {
            Map<?, ?> body = ApiClient.as("opal", port).get().uri("/api/admin/projections").exchange()
                    .expectBody(Map.class).returnResult().getResponseBody();
            return ((List<?>) body.get("items")).stream().map(item -> (Map<?, ?>) item)
                    .anyMatch(item -> ((Number) item.get("lag")).longValue() > 0);
        }
    }

    @Nested
    @DisplayName("the verification queue")
    class VerificationQueue {

        @Test
        @DisplayName("lists customers awaiting verification oldest first, due three business days later, overdue judged now")
        void queue() {
            Instant longAgo = Instant.parse("2026-01-05T09:00:00Z");
            String old = appendCustomerOfP2000(longAgo);
            String recent = appendCustomerOfP2000();
            ApiClient.as("vera", port).get().uri("/api/customers/{id}?minVersion=1", recent).exchange().expectStatus().isOk();
            ApiClient.as("vera", port).get().uri("/api/customers/{id}?minVersion=1", old).exchange().expectStatus().isOk();

            List<Map<String, Object>> items = queue("");
            List<Object> ids = items.stream().map(item -> item.get("customerId")).toList();
            assertThat(ids).containsSubsequence(old, recent);
            Map<String, Object> oldEntry = items.get(ids.indexOf(old));
            assertThat(oldEntry).containsEntry("reason", "NEW_CUSTOMER").containsEntry("overdue", true)
                    .containsEntry("submittedAt", "2026-01-05T09:00:00Z").containsEntry("dueBy", "2026-01-08T09:00:00Z");
            assertThat(items.get(ids.indexOf(recent))).containsEntry("overdue", false);
            assertThat(queue("?overdue=true").stream().map(item -> item.get("customerId"))).contains(old).doesNotContain(recent);
        }

        @Test
        @DisplayName("pages like every list: {items, page, size, total}, pages numbered from 0")
        void pages() {
            String first = appendCustomerOfP2000(Instant.parse("2026-01-05T09:00:00Z"));
            String second = appendCustomerOfP2000(Instant.parse("2026-01-05T09:00:01Z"));
            ApiClient.as("vera", port).get().uri("/api/customers/{id}?minVersion=1", first).exchange().expectStatus().isOk();
            ApiClient.as("vera", port).get().uri("/api/customers/{id}?minVersion=1", second).exchange().expectStatus().isOk();
            List<Object> all = queue("").stream().map(item -> item.get("customerId")).toList();
            int at = all.indexOf(first);

            ApiClient.as("vera", port).get().uri("/api/verification-queue?page={page}&size=1", at + 1).exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.items.length()").isEqualTo(1)
                    .jsonPath("$.items[0].customerId").isEqualTo(all.get(at + 1))
                    .jsonPath("$.page").isEqualTo(at + 1)
                    .jsonPath("$.size").isEqualTo(1)
                    .jsonPath("$.total").isEqualTo(all.size());
            ApiClient.as("vera", port).get().uri("/api/verification-queue?page=-1").exchange()
                    .expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("page");
        }

        @Test
        @DisplayName("is for verification officers and auditors only")
        void forOfficers() {
            ApiClient.as("ivan", port).get().uri("/api/verification-queue").exchange().expectStatus().isForbidden();
            ApiClient.as("otto", port).get().uri("/api/verification-queue").exchange().expectStatus().isOk();
        }

        /** The whole queue, page after page: other tests' customers wait in it too. */
        @SuppressWarnings("unchecked")
        private List<Map<String, Object>> queue(String query) {
            var all = new java.util.ArrayList<Map<String, Object>>();
            String separator = query.isEmpty() ? "?" : "&";
            for (int page = 0; ; page++) {
                Map<String, Object> body = ApiClient.as("vera", port).get()
                        .uri("/api/verification-queue" + query + separator + "size=100&page=" + page).exchange()
                        .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
                all.addAll((List<Map<String, Object>>) body.get("items"));
                if (all.size() >= ((Number) body.get("total")).intValue() || ((List<?>) body.get("items")).isEmpty()) {
                    return all;
                }
            }
        }
    }

    @Nested
    @DisplayName("with minVersion")
    class ReadYourWrites {

        @Test
        @DisplayName("waits for the projection and answers the view with its version as ETag")
        void waitsForTheProjection() {
            String customerId = appendCustomerOfP2000();

            ApiClient.as("ivan", port).get().uri("/api/customers/{id}?minVersion=1", customerId).exchange()
                    .expectStatus().isOk()
                    .expectHeader().valueEquals("ETag", "\"1\"")
                    .expectBody()
                    .jsonPath("$.customerId").isEqualTo(customerId)
                    .jsonPath("$.companyName").isEqualTo("Fabrikam S.p.A.")
                    .jsonPath("$.verificationStatus").isEqualTo("PENDING")
                    .jsonPath("$.mcaConfirmed").isEqualTo(false)
                    .jsonPath("$.address.city").isEqualTo("Milano")
                    .jsonPath("$.version").isEqualTo(1);
        }

        @Test
        @DisplayName("answers 404 at once, never a wait, for an unknown customer and for one the caller may not see")
        void noExistenceOracle() {
            String notYetProjected = appendCustomerOfP2000();

            ApiClient.as("gina", port).get().uri("/api/customers/{id}?minVersion=5", notYetProjected).exchange()
                    .expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("CUSTOMER_NOT_FOUND");
            ApiClient.as("gina", port).get().uri("/api/customers/{id}?minVersion=5", UUID.randomUUID()).exchange()
                    .expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("CUSTOMER_NOT_FOUND");
            ApiClient.as("gina", port).get().uri("/api/customers/{id}/purchase-eligibility?minVersion=5", UUID.randomUUID())
                    .exchange().expectStatus().isNotFound();
        }

        @Test
        @DisplayName("lets one caller wait for only a few versions at once: one more is 429 with Retry-After, others are not held up")
        void waitsPerCallerAreCapped() throws Exception {
            String customerId = appendCustomerOfP2000();
            ApiClient.as("ivan", port).get().uri("/api/customers/{id}?minVersion=1", customerId).exchange().expectStatus().isOk();
            var threads = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor();
            var waiting = java.util.stream.IntStream.range(0, 2).mapToObj(i -> java.util.concurrent.CompletableFuture.supplyAsync(() ->
                    ApiClient.as("ivan", port).get().uri("/api/customers/{id}?minVersion=9", customerId).exchange()
                            .returnResult(String.class).getStatus().value(), threads)).toList();
            Thread.sleep(600);

            ApiClient.as("ivan", port).get().uri("/api/customers/{id}?minVersion=9", customerId).exchange()
                    .expectStatus().isEqualTo(429)
                    .expectHeader().valueEquals("Retry-After", "1")
                    .expectBody().jsonPath("$.code").isEqualTo("TOO_MANY_OPEN");
            ApiClient.as("rita", port).get().uri("/api/customers/{id}?minVersion=1", customerId).exchange().expectStatus().isOk();
            assertThat(waiting.stream().map(java.util.concurrent.CompletableFuture::join).toList()).containsOnly(503);
            ApiClient.as("ivan", port).get().uri("/api/customers/{id}?minVersion=1", customerId).exchange().expectStatus().isOk();
        }

        @Test
        @DisplayName("refuses a minVersion that is not a number, naming it")
        void minVersionMustBeANumber() {
            ApiClient.as("ivan", port).get().uri("/api/customers/{id}?minVersion=soon", "any").exchange()
                    .expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("minVersion")
                    .jsonPath("$.errors[0].code").isEqualTo("WRONG_TYPE");
        }

        @Test
        @DisplayName("answers 503 with Retry-After when the projection has not reached that version in time")
        void answers503WhenNotYetThere() {
            String customerId = appendCustomerOfP2000();

            ApiClient.as("ivan", port).get().uri("/api/customers/{id}?minVersion=5", customerId).exchange()
                    .expectStatus().isEqualTo(503)
                    .expectHeader().valueEquals("Retry-After", "1")
                    .expectHeader().contentType("application/problem+json")
                    .expectBody().jsonPath("$.code").isEqualTo("NOT_YET_PROJECTED");
        }
    }

    @Test
    @DisplayName("the list's filters name codes in any case: country=it is IT, status=pending is PENDING")
    void filtersIgnoreCase() {
        String customerId = appendCustomerOfP2000();
        ApiClient.as("ivan", port).get().uri("/api/customers/{id}?minVersion=1", customerId).exchange().expectStatus().isOk();

        for (String query : List.of("country=it&status=pending", "country=IT&status=PENDING", "country=It&status=Pending")) {
            Map<?, ?> page = ApiClient.as("ivan", port).get().uri("/api/customers?size=100&" + query).exchange()
                    .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
            List<Object> ids = ((List<?>) page.get("items")).stream().map(item -> ((Map<?, ?>) item).get("customerId"))
                    .map(Object.class::cast).toList();
            assertThat(ids).as(query).contains(customerId);
        }
        ApiClient.as("ivan", port).get().uri("/api/customers?status=unheard-of").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].message").isEqualTo("status must be one of PENDING, APPROVED or REJECTED.");
    }

    @Nested
    @DisplayName("the list's paging")
    class Paging {

        @Test
        @DisplayName("a page so deep that page × size would wrap around is 400 PAGE_RANGE naming page, not page 0")
        void pageBeyondTheLastIsRefused() {
            ApiClient.as("ivan", port).get().uri("/api/customers?page=21474837&size=100").exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentType("application/problem+json")
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("page")
                    .jsonPath("$.errors[0].code").isEqualTo("PAGE_RANGE")
                    .jsonPath("$.errors[0].message").isEqualTo("page must be from 0 (the first page) to 21474836.");
        }

        @Test
        @DisplayName("the deepest page allowed is an empty page, answered as such")
        void deepestPageIsEmpty() {
            ApiClient.as("ivan", port).get().uri("/api/customers?page=21474836&size=100").exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.page").isEqualTo(21474836).jsonPath("$.items.length()").isEqualTo(0);
        }

        @Test
        @DisplayName("a page beyond any whole number is 400 WRONG_TYPE, saying a whole number is expected")
        void pageThatIsNoNumber() {
            ApiClient.as("ivan", port).get().uri("/api/customers?page=99999999999").exchange()
                    .expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("page")
                    .jsonPath("$.errors[0].code").isEqualTo("WRONG_TYPE")
                    .jsonPath("$.errors[0].message").isEqualTo("page must be a whole number.");
        }
    }

    @Nested
    @DisplayName("tenant isolation")
    class TenantIsolation {

        @Test
        @DisplayName("the associated reseller and the verification officer see the customer")
        void resellerAndOfficerSee() {
            String customerId = appendCustomerOfP2000();

            for (String user : List.of("rita", "vera", "otto")) {
                ApiClient.as(user, port).get().uri("/api/customers/{id}?minVersion=1", customerId).exchange()
                        .expectStatus().isOk();
            }
        }

        @Test
        @DisplayName("another partner's staff and the operator get 404, as for a customer that does not exist")
        void othersGetNotFound() {
            String customerId = appendCustomerOfP2000();
            ApiClient.as("ivan", port).get().uri("/api/customers/{id}?minVersion=1", customerId).exchange()
                    .expectStatus().isOk();

            for (String user : List.of("gina", "opal")) {
                ApiClient.as(user, port).get().uri("/api/customers/{id}", customerId).exchange()
                        .expectStatus().isNotFound()
                        .expectBody().jsonPath("$.code").isEqualTo("CUSTOMER_NOT_FOUND");
            }
            ApiClient.as("gina", port).get().uri("/api/customers/{id}", "no-such-customer").exchange()
                    .expectStatus().isNotFound()
                    .expectBody().jsonPath("$.code").isEqualTo("CUSTOMER_NOT_FOUND");
        }

        @Test
        @DisplayName("without credentials the answer is 401")
        void unauthenticated() {
            ApiClient.anonymous(port).get().uri("/api/customers/{id}", "any").exchange()
                    .expectStatus().isUnauthorized();
        }
    }

    @Test
    @DisplayName("the projection parks poison events in its own dead-letter queue in MongoDB")
    void projectionHasDeadLetterQueue() {
        assertThat(processing.deadLetterQueue(Projections.CUSTOMER_VIEW)).get().satisfies(queue ->
                assertThat(queue.getClass().getSimpleName()).isEqualTo("MongoSequencedDeadLetterQueue"));
    }
}
