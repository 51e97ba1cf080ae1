package io.partnerportal.onboarding.standalone;

import io.partnerportal.onboarding.platform.testing.ApiClient;
import io.partnerportal.onboarding.platform.testing.IsolatedStores;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stream that falls too far behind the feed's head (here: more than 2 positions) does not hold the
 * server's memory or slow other clients: it is ended with a {@code resume} event naming the position to
 * read on from with pages.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "onboarding.feed.max-lag=2")
@ContextConfiguration(initializers = IsolatedStores.class)
@DisplayName("A feed stream far behind the head")
class EventFeedSlowStreamTest {

    @LocalServerPort
    int port;

    @Test
    @DisplayName("is closed with a resume event that names where to read on")
    void closedWithWhereToResume() throws InterruptedException {
        for (int i = 0; i < 2; i++) {
            Backends.addCustomer(port);
        }
        awaitHead(4);

        var messages = ApiClient.as("otto", port).get().uri("/api/events/stream?after=0")
                .accept(MediaType.TEXT_EVENT_STREAM).exchange().expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>>() { })
                .getResponseBody().collectList().block(Duration.ofSeconds(20));

        assertThat(messages).as("the stream ends by itself, after one resume event").hasSize(1);
        assertThat(messages.getFirst().event()).isEqualTo("resume");
        assertThat(messages.getFirst().data()).containsEntry("after", 0);
    }

    private void awaitHead(int entries) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            Map<?, ?> page = ApiClient.as("otto", port).get().uri("/api/events?limit=1000").exchange()
                    .expectBody(Map.class).returnResult().getResponseBody();
            if (((java.util.List<?>) page.get("items")).size() >= entries) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the feed did not reach " + entries + " entries");
    }
}
