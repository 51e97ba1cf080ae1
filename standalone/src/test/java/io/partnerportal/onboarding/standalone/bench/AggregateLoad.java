package io.partnerportal.onboarding.standalone.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerportal.onboarding.platform.testing.SampleCustomers;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A command's latency against the length of its customer's history. Customers are grown to each length by
 * billing changes over HTTP (several callers at once, which the command side serialises per customer), then
 * changed again one command at a time, round robin over the customers so that every length sees the same
 * moments of a noisy machine. The baseline is the shortest history, in the same run: snapshots (ADR 11) are
 * what should keep a long history's latency near it.
 */
final class AggregateLoad {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int GROWERS = 8;

    /** The latency of a billing change on a customer that had {@code events} events when the timing began. */
    record Latency(long events, int samples, double p50, double p99) {
    }

    private final String baseUrl;
    private final String token;
    private final AtomicLong changes = new AtomicLong();
    /** Each customer's AddCustomer body: its changes keep its registration id, as a real billing change does. */
    private final Map<String, Map<String, Object>> added = new ConcurrentHashMap<>();

    private AggregateLoad(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    static List<Latency> measure(String baseUrl, String token, List<Integer> lengths, int samples) throws Exception {
        var load = new AggregateLoad(baseUrl, token);
        var customers = new LinkedHashMap<String, Long>();
        for (int length : lengths) {
            customers.put(load.grownTo(length), (long) length);
        }
        var times = new LinkedHashMap<String, long[]>();
        customers.keySet().forEach(id -> times.put(id, new long[samples]));
        for (int i = 0; i < samples; i++) {
            for (String id : customers.keySet()) {
                long sent = System.nanoTime();
                load.changeBilling(id);
                times.get(id)[i] = System.nanoTime() - sent;
            }
        }
        var latencies = new ArrayList<Latency>();
        for (Map.Entry<String, Long> customer : customers.entrySet()) {
            long[] sorted = times.get(customer.getKey());
            Arrays.sort(sorted);
            latencies.add(new Latency(customer.getValue(), samples, Figures.millis(sorted, 0.50),
                    Figures.millis(sorted, 0.99)));
        }
        return latencies;
    }

    /** A new customer (two events: added, and its default GDAP relationship) grown by billing changes to {@code length}. */
    private String grownTo(int length) throws Exception {
        Map<String, Object> customer = SampleCustomers.contosoBrazil();
        var answer = HTTP.send(request("/api/customers")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(customer)))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("AddCustomer answered " + answer.statusCode() + ": " + answer.body());
        }
        String id = JSON.readTree(answer.body()).path("customerId").asText();
        long version = JSON.readTree(answer.body()).path("version").asLong();
        added.put(id, customer);
        ExecutorService growers = Executors.newFixedThreadPool(GROWERS);
        try {
            var sent = new ArrayList<Future<?>>();
            for (long event = version; event < length; event++) {
                sent.add(growers.submit(() -> {
                    changeBilling(id);
                    return null;
                }));
            }
            for (Future<?> change : sent) {
                change.get();
            }
        } finally {
            growers.shutdown();
        }
        return id;
    }

    /** Renames the company to a name it never had, so that every change records an event. */
    private void changeBilling(String id) throws IOException, InterruptedException {
        var billing = BenchCustomers.billingRenamed(added.get(id), "Contoso Software do Brasil " + changes.incrementAndGet());
        var changed = HTTP.send(request("/api/customers/" + id + "/billing-profile")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(billing))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (changed.statusCode() != 200) {
            throw new IllegalStateException("ChangeBillingInfo answered " + changed.statusCode() + ": " + changed.body());
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
    }
}
