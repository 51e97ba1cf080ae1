package io.partnerportal.onboarding.standalone.bench;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Reads of customers that exist and are projected (their ids given in {@code bench.customerIds}): each
 * arriving user reads one customer's view, a page of the partner's list and one customer's purchase
 * eligibility, the three reads a portal's customer page makes. Open model, one step per rate.
 */
public class ReadSimulation extends Simulation {

    static final String GET_CUSTOMER = "GetCustomer";
    static final String LIST_CUSTOMERS = "ListCustomers";
    static final String PURCHASE_ELIGIBILITY = "PurchaseEligibility";

    public ReadSimulation() {
        var settings = LoadSettings.fromSystemProperties();
        List<String> ids = settings.customerIds();
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("No customers to read: set " + LoadSettings.CUSTOMER_IDS);
        }
        var steps = new ArrayList<PopulationBuilder>();
        for (int i = 0; i < settings.rates().size(); i++) {
            int rate = settings.rates().get(i);
            var reads = scenario("reads @ " + rate + "/s")
                    .exec(session -> session.set("customerId", ids.get(ThreadLocalRandom.current().nextInt(ids.size()))))
                    .exec(http(LoadSettings.requestName(GET_CUSTOMER, rate)).get("/api/customers/#{customerId}")
                            .check(status().is(200)))
                    .exec(http(LoadSettings.requestName(LIST_CUSTOMERS, rate)).get("/api/customers?size=20")
                            .check(status().is(200)))
                    .exec(http(LoadSettings.requestName(PURCHASE_ELIGIBILITY, rate))
                            .get("/api/customers/#{customerId}/purchase-eligibility")
                            .check(status().is(200)));
            steps.add(reads.injectOpen(nothingFor(settings.offsetOfStep(i)),
                    constantUsersPerSec(rate).during(settings.stepSeconds())));
        }
        setUp(steps).protocols(BackendProtocol.of(settings));
    }
}
