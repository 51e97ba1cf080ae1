package io.partnerportal.onboarding.platform.testing;

import io.partnerportal.onboarding.platform.identity.DemoUsers;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;

/** An HTTP client for a running backend, signed in as one of the contract's demo users (or as nobody). */
public final class ApiClient {

    private ApiClient() {
    }

    public static WebTestClient as(String user, int port) {
        return anonymous(port).mutate()
                .defaultHeaders(headers -> headers.setBasicAuth(user, DemoUsers.PASSWORD))
                .build();
    }

    public static WebTestClient anonymous(int port) {
        return WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(20))
                .build();
    }
}
