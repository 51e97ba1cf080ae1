package io.partnerportal.onboarding.standalone.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerportal.onboarding.platform.testing.SampleCustomers;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

/**
 * How long after a write is acknowledged its reader sees it: a customer added, and from the moment the 201
 * arrives, its view read with {@code minVersion=2} (which waits on the server until the view has caught up)
 * until that answers 200. Its baseline is the same read of a view already projected, so that the ratio is
 * the lag beyond one read's own cost. One customer at a time, on an otherwise idle backend.
 */
final class ProjectionLag {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    record Lag(int samples, double p50, double p99, double readP50, double readP99) {
    }

    private ProjectionLag() {
    }

    static Lag measure(String baseUrl, String token, int samples) throws IOException, InterruptedException {
        return measure(baseUrl, baseUrl, token, samples);
    }

    /** As {@link #measure(String, String, int)}, writing to one process and reading from another (the split shape). */
    static Lag measure(String writeUrl, String readUrl, String token, int samples) throws IOException, InterruptedException {
        long[] lags = new long[samples];
        long[] reads = new long[samples];
        for (int i = 0; i < samples; i++) {
            var added = HTTP.send(HttpRequest.newBuilder(URI.create(writeUrl + "/api/customers"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(SampleCustomers.contosoBrazil())))
                    .build(), HttpResponse.BodyHandlers.ofString());
            long acknowledged = System.nanoTime();
            if (added.statusCode() != 201) {
                throw new IllegalStateException("AddCustomer answered " + added.statusCode() + ": " + added.body());
            }
            String id = JSON.readTree(added.body()).path("customerId").asText();
            read(readUrl, token, id);
            lags[i] = System.nanoTime() - acknowledged;
            long again = System.nanoTime();
            read(readUrl, token, id);
            reads[i] = System.nanoTime() - again;
        }
        Arrays.sort(lags);
        Arrays.sort(reads);
        return new Lag(samples, Figures.millis(lags, 0.50), Figures.millis(lags, 0.99), Figures.millis(reads, 0.50),
                Figures.millis(reads, 0.99));
    }

    /** Reads with minVersion until 200: a 503 means the server's own wait ran out, so ask again. */
    private static void read(String baseUrl, String token, String id) throws IOException, InterruptedException {
        while (true) {
            var read = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/customers/" + id + "?minVersion=2"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding());
            if (read.statusCode() == 200) {
                return;
            }
            if (read.statusCode() != 503) {
                throw new IllegalStateException("Reading customer " + id + " answered " + read.statusCode());
            }
        }
    }
}
