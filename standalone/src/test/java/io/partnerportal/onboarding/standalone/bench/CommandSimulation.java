package io.partnerportal.onboarding.standalone.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.partnerportal.onboarding.platform.testing.SampleCustomers;

import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Commands over HTTP with a partner's JWT: each arriving user adds a customer of its own (a unique domain
 * prefix and CNPJ) and then changes its billing profile, with If-Match and an Idempotency-Key as a portal
 * sends them. Users arrive at a fixed rate whatever the answers' latency (an open model), one step per rate,
 * so a slow answer shows as latency instead of slowing the load down (no coordinated omission).
 */
public class CommandSimulation extends Simulation {

    static final String ADD_CUSTOMER = "AddCustomer";
    static final String CHANGE_BILLING_INFO = "ChangeBillingInfo";

    private static final ObjectMapper JSON = new ObjectMapper();

    public CommandSimulation() {
        var settings = LoadSettings.fromSystemProperties();
        var steps = new ArrayList<PopulationBuilder>();
        for (int i = 0; i < settings.rates().size(); i++) {
            int rate = settings.rates().get(i);
            var commands = scenario("commands @ " + rate + "/s")
                    .exec(CommandSimulation::newCustomer)
                    .exec(http(LoadSettings.requestName(ADD_CUSTOMER, rate)).post("/api/customers")
                            .header("Idempotency-Key", "#{addKey}")
                            .body(StringBody("#{addBody}"))
                            .check(status().is(201), jsonPath("$.customerId").saveAs("customerId"),
                                    header("ETag").saveAs("etag")))
                    .exitHereIfFailed()
                    .exec(http(LoadSettings.requestName(CHANGE_BILLING_INFO, rate))
                            .put("/api/customers/#{customerId}/billing-profile")
                            .header("If-Match", "#{etag}")
                            .header("Idempotency-Key", "#{billingKey}")
                            .body(StringBody("#{billingBody}"))
                            .check(status().is(200)));
            steps.add(commands.injectOpen(nothingFor(settings.offsetOfStep(i)),
                    constantUsersPerSec(rate).during(settings.stepSeconds())));
        }
        setUp(steps).protocols(BackendProtocol.of(settings));
    }

    static Session newCustomer(Session session) {
        Map<String, Object> customer = SampleCustomers.contosoBrazil();
        // The billing change renames the company, so that it records an event (a change of nothing records none).
        var billing = BenchCustomers.billingRenamed(customer, "Contoso Software do Brasil Ltda");
        return session.set("addBody", json(customer)).set("addKey", UUID.randomUUID().toString())
                .set("billingBody", json(billing)).set("billingKey", UUID.randomUUID().toString());
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
