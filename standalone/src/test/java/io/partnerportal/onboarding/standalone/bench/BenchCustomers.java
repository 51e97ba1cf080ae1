package io.partnerportal.onboarding.standalone.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerportal.onboarding.platform.testing.SampleCustomers;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Customers for the reads to read: added over HTTP before the load starts, and waited for until projected. */
final class BenchCustomers {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private BenchCustomers() {
    }

    /**
     * A billing profile for {@code customer} (an AddCustomer body) with the company renamed, so that the change
     * records an event (a change of nothing records none); its registration id stays, as a real change's does.
     */
    static Map<String, Object> billingRenamed(Map<String, Object> customer, String companyName) {
        var billing = new LinkedHashMap<String, Object>();
        billing.put("companyName", companyName);
        billing.put("registrationId", customer.get("registrationId"));
        billing.put("primaryContact", customer.get("primaryContact"));
        billing.put("address", customer.get("address"));
        return billing;
    }

    static List<String> add(String baseUrl, String token, int count) throws IOException, InterruptedException {
        var ids = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            var added = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/customers"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(SampleCustomers.contosoBrazil())))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (added.statusCode() != 201) {
                throw new IllegalStateException("AddCustomer answered " + added.statusCode() + ": " + added.body());
            }
            ids.add(JSON.readTree(added.body()).path("customerId").asText());
        }
        for (String id : ids) {
            awaitProjected(baseUrl, token, id);
        }
        return ids;
    }

    private static void awaitProjected(String baseUrl, String token, String id) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            var read = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/customers/" + id + "?minVersion=2"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding());
            if (read.statusCode() == 200) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Customer " + id + " was not projected within 30 s: " + read.statusCode());
            }
            Thread.sleep(100);
        }
    }
}
