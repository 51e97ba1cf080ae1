package io.partnerportal.onboarding.standalone;

import com.mongodb.client.MongoClient;
import io.partnerportal.onboarding.command.CommandSideApplication;
import io.partnerportal.onboarding.platform.testing.ApiClient;
import io.partnerportal.onboarding.platform.testing.IsolatedStores;
import io.partnerportal.onboarding.query.QuerySideApplication;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import io.partnerportal.onboarding.query.readmodel.EmbeddedMongo;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The split shape: command side and query side as two separate application contexts that share nothing
 * but the stores. The query side learns of the command side's events only by tailing the event store
 * (PostgreSQL when EVENTSTORE_JDBC_URL is set, else the shared H2 file).
 */
@DisplayName("Command side and query side deployed apart")
class SplitDeploymentTest {

    private final IsolatedStores stores = new IsolatedStores();

    @Test
    @DisplayName("a customer written on the command side is read from the query side")
    void writeOnOneReadOnTheOther() {
        try (ConfigurableApplicationContext commandSide = Backends.start(CommandSideApplication.class, stores);
             ConfigurableApplicationContext querySide = Backends.start(QuerySideApplication.class, stores)) {
            assertThat(commandSide.getBeanNamesForType(MongoClient.class)).as("command side uses no MongoDB").isEmpty();

            String customerId = Backends.addCustomer(Backends.port(commandSide));

            ApiClient.as("gina", Backends.port(querySide)).get()
                    .uri("/api/customers/{id}?minVersion=1", customerId).exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.customerId").isEqualTo(customerId);
        }
    }

    @Test
    @DisplayName("two query-side instances share one MongoDB, and live updates reach a client of either")
    void twoQueryInstances() {
        try (var mongo = EmbeddedMongo.start(IsolatedStores.newDataDir(), 0)) {
            String shared = "--onboarding.read-models.mongodb-uri=" + mongo.connectionString();
            try (ConfigurableApplicationContext commandSide = Backends.start(CommandSideApplication.class, stores);
                 ConfigurableApplicationContext first = Backends.start(QuerySideApplication.class, stores, shared);
                 ConfigurableApplicationContext second = Backends.start(QuerySideApplication.class, stores, shared)) {
                String customerId = Backends.addCustomer(Backends.port(commandSide));
                ApiClient.as("gina", Backends.port(first)).get().uri("/api/customers/{id}?minVersion=2", customerId)
                        .exchange().expectStatus().isOk();

                var updates = ApiClient.as("gina", Backends.port(second)).get().uri("/api/customers/{id}/updates", customerId)
                        .accept(MediaType.TEXT_EVENT_STREAM).exchange().expectStatus().isOk()
                        .returnResult(new ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>>() { })
                        .getResponseBody()
                        // Approve once the stream has shown the customer as it was; off the stream's thread.
                        .doOnNext(shown -> {
                            if ("2".equals(shown.id())) {
                                CompletableFuture.runAsync(() -> ApiClient.as("vera", Backends.port(commandSide)).post()
                                        .uri("/api/customers/{id}/verification/approval", customerId).exchange()
                                        .expectStatus().isOk());
                            }
                        })
                        .take(2).collectList().block(Duration.ofSeconds(20));

                assertThat(updates).extracting(ServerSentEvent::id).containsExactly("2", "3");
                assertThat(updates.get(1).data()).containsEntry("verificationStatus", "APPROVED");
            }
        }
    }

    @Test
    @DisplayName("each side serves only its own half of the API")
    void eachSideServesItsHalf() {
        try (ConfigurableApplicationContext querySide = Backends.start(QuerySideApplication.class, stores)) {
            ApiClient.as("gina", Backends.port(querySide)).post().uri("/api/customers")
                    .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                    .expectStatus().value(status -> assertThat(status).isIn(404, 405));
        }
    }

    @Test
    @DisplayName("the query side needs only read rights on the event store")
    void querySideReadsWithReadOnlyRights() {
        try (ConfigurableApplicationContext commandSide = Backends.start(CommandSideApplication.class, stores)) {
            var reader = ReadOnlyUser.grantedOn(commandSide.getBean(JdbcTemplate.class));
            try (ConfigurableApplicationContext querySide = Backends.start(QuerySideApplication.class, stores,
                    reader.arguments())) {
                String customerId = Backends.addCustomer(Backends.port(commandSide));

                ApiClient.as("gina", Backends.port(querySide)).get()
                        .uri("/api/customers/{id}?minVersion=2", customerId).exchange()
                        .expectStatus().isOk()
                        .expectBody().jsonPath("$.customerId").isEqualTo(customerId);
                assertThatThrownBy(() -> querySide.getBean(JdbcTemplate.class)
                        .update("DELETE FROM domain_event_entry WHERE global_index < 0"))
                        .as("the query side's connection may not change events").isInstanceOf(DataAccessException.class);
            }
        }
    }
}
