package io.partnerportal.onboarding.command.customer.web;

import io.partnerportal.onboarding.command.CommandSideApplication;
import io.partnerportal.onboarding.platform.testing.ApiClient;
import io.partnerportal.onboarding.platform.testing.IsolatedStores;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo users of the embedded default sign in with HTTP Basic; signing in must not cost a password hash. */
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = IsolatedStores.class)
@DisplayName("The demo users")
class DemoUsersTest {

    @LocalServerPort
    int port;

    @Autowired
    MapReactiveUserDetailsService users;

    @Test
    @DisplayName("keep their public password as it is after signing in, so no request pays a bcrypt check")
    void passwordIsNeverRehashed() {
        for (int request = 0; request < 2; request++) {
            ApiClient.as("gina", port).get().uri("/api/customers/unknown-customer/history").exchange()
                    .expectStatus().value(status -> assertThat(status).isNotEqualTo(401));
        }

        assertThat(users.findByUsername("gina").block().getPassword()).isEqualTo("demo");
    }

    @Test
    @DisplayName("refuse a wrong password with 401")
    void wrongPasswordIsRefused() {
        ApiClient.anonymous(port).get().uri("/api/customers/unknown-customer/history")
                .headers(headers -> headers.setBasicAuth("gina", "not-demo")).exchange()
                .expectStatus().isUnauthorized();
    }
}
