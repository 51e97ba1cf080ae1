package io.partnerportal.onboarding.standalone.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerportal.onboarding.kernel.identity.Caller;
import io.partnerportal.onboarding.kernel.identity.Role;
import io.partnerportal.onboarding.platform.testing.TestIssuer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Every projection rebuilt at once, as an operator asks for it ({@code POST /api/admin/projections/{name}/replay}),
 * timed from the first request until each reports itself caught up: not replaying, no lag, its segments
 * claimed ({@code GET /api/admin/projections}, polled every 100 ms).
 */
final class ProjectionReplay {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Caller OPERATOR = new Caller("bench-operator", null, null, Set.of(Role.OPERATOR));
    private static final Duration LONGEST = Duration.ofMinutes(30);

    /** How long each projection took, in seconds, and how many events the store held. */
    record Result(long events, Map<String, Double> seconds) {
        double slowest() {
            return seconds.values().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        }
    }

    private final String baseUrl;
    private final String token;

    ProjectionReplay(String baseUrl) {
        this.baseUrl = baseUrl;
        this.token = TestIssuer.sign(TestIssuer.claimsOf(OPERATOR)
                .expirationTime(Date.from(Instant.now().plus(Duration.ofHours(2)))).build());
    }

    /** Waits until every projection has caught up with the store (after a start on events it has not seen). */
    void awaitCaughtUp() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(LONGEST);
        while (!statuses().values().stream().allMatch(ProjectionReplay::caughtUp)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The projections did not catch up within " + LONGEST);
            }
            Thread.sleep(100);
        }
    }

    /** Replays every projection at once and times each. */
    Result replayAll() throws IOException, InterruptedException {
        Map<String, JsonNode> before = statuses();
        long started = System.nanoTime();
        for (String name : before.keySet()) {
            var replay = HTTP.send(request("/api/admin/projections/" + name + "/replay")
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            if (replay.statusCode() != 202) {
                throw new IllegalStateException("Replaying " + name + " answered " + replay.statusCode() + ": "
                        + replay.body());
            }
        }
        var seconds = new LinkedHashMap<String, Double>();
        Instant deadline = Instant.now().plus(LONGEST);
        long head = 0;
        while (seconds.size() < before.size()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The replay did not end within " + LONGEST + ": " + statuses());
            }
            Thread.sleep(100);
            for (Map.Entry<String, JsonNode> status : statuses().entrySet()) {
                head = Math.max(head, status.getValue().path("headPosition").asLong());
                if (!seconds.containsKey(status.getKey()) && caughtUp(status.getValue())) {
                    seconds.put(status.getKey(), (System.nanoTime() - started) / 1e9);
                }
            }
        }
        return new Result(head, seconds);
    }

    private static boolean caughtUp(JsonNode status) {
        return !status.path("replaying").asBoolean() && status.path("lag").asLong() == 0
                && status.path("claimedSegments").asInt() > 0;
    }

    private Map<String, JsonNode> statuses() throws IOException, InterruptedException {
        var answer = HTTP.send(request("/api/admin/projections").GET().build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("The projections' status answered " + answer.statusCode() + ": " + answer.body());
        }
        var statuses = new LinkedHashMap<String, JsonNode>();
        JsonNode body = JSON.readTree(answer.body());
        for (JsonNode status : body.isArray() ? body : body.path("items")) {
            statuses.put(status.path("name").asText(), status);
        }
        return statuses;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", "Bearer " + token);
    }
}
