package io.partnerportal.onboarding.standalone;

import io.partnerportal.onboarding.platform.testing.ApiClient;
import io.partnerportal.onboarding.platform.testing.IsolatedStores;
import io.partnerportal.onboarding.platform.testing.SampleCustomers;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Starting backends by hand, for tests of restarts and deployment shapes. */
final class Backends {

    private Backends() {
    }

    static ConfigurableApplicationContext start(Class<?> application, IsolatedStores stores, String... arguments) {
        return start(application, stores, context -> { }, arguments);
    }

    /** As above, with something of the test's put into the context before it starts (a bean, a filter). */
    static ConfigurableApplicationContext start(Class<?> application, IsolatedStores stores,
                                                ApplicationContextInitializer<ConfigurableApplicationContext> extra,
                                                String... arguments) {
        var all = new java.util.ArrayList<>(java.util.List.of(arguments));
        all.add("--server.port=0");
        return new SpringApplicationBuilder(application)
                .initializers(stores, extra)
                .run(all.toArray(String[]::new));
    }

    static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    /** Adds the contract's sample customer as gina and answers the created customer's id. */
    static String addCustomer(int port) {
        return addCustomer(port, SampleCustomers.contosoBrazil());
    }

    /** Adds {@code customer} as gina of P-1000; answers its id. */
    static String addCustomer(int port, Map<String, Object> customer) {
        Map<?, ?> body = ApiClient.as("gina", port).post().uri("/api/customers")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(customer).exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        return (String) body.get("customerId");
    }

    /**
     * Reads gina's customer back at {@code minVersion} or later, asking again while the backend answers 503
     * NOT_YET_PROJECTED: a backend just started on PostgreSQL projects the whole suite's events before ours.
     */
    static void awaitCustomer(int port, String customerId, long minVersion) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        int status;
        do {
            status = ApiClient.as("gina", port).get().uri("/api/customers/{id}?minVersion={v}", customerId, minVersion)
                    .exchange().returnResult(String.class).getStatus().value();
        } while (status == 503 && Instant.now().isBefore(deadline));
        assertThat(status).as("customer %s read back at version %d or later", customerId, minVersion).isEqualTo(200);
    }
}
