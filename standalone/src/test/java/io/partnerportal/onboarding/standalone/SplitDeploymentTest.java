package io.partnerportal.onboarding.standalone;

import com.mongodb.client.MongoClient;
import io.partnerportal.onboarding.command.CommandSideApplication;
import io.partnerportal.onboarding.platform.testing.ApiClient;
import io.partnerportal.onboarding.platform.testing.IsolatedStores;
import io.partnerportal.onboarding.query.QuerySideApplication;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

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
    @DisplayName("each side serves only its own half of the API")
    void eachSideServesItsHalf() {
        try (ConfigurableApplicationContext querySide = Backends.start(QuerySideApplication.class, stores)) {
            ApiClient.as("gina", Backends.port(querySide)).post().uri("/api/customers")
                    .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                    .expectStatus().value(status -> assertThat(status).isIn(404, 405));
        }
    }
}
