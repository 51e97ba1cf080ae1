package io.partnerportal.onboarding.command.customer.web;

import io.partnerportal.onboarding.platform.testing.ApiClient;
import io.partnerportal.onboarding.platform.testing.SampleCustomers;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.Map;

/** The write API as its tests call it: as a demo user, with a body and headers; and what it stored. */
record Writes(int port, EventStore eventStore) {

    /** {@code headers}: names and values, in turn. */
    WebTestClient.ResponseSpec call(String user, HttpMethod method, String path, Object body, String... headers) {
        var request = ApiClient.as(user, port).method(method).uri(path);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return body == null ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    /** Adds the sample customer as gina of P-1000 and answers its id. */
    String addCustomer() {
        return (String) call("gina", HttpMethod.POST, "/api/customers", SampleCustomers.contosoBrazil())
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("customerId");
    }

    long eventCount(String customerId) {
        return eventStore.readEvents(customerId, 0).asStream().count();
    }
}
