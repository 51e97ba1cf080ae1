package io.partnerportal.onboarding.standalone.bench;

import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * AddCustomer by a fixed number of clients, each sending its next command when the last one is answered
 * (Gatling's closed model): the throughput the command path gives that many callers, where the open model's
 * steps say what latency a given rate gets. The settings' first rate is the number of clients.
 */
public class ConcurrentClientsSimulation extends Simulation {

    public ConcurrentClientsSimulation() {
        var settings = LoadSettings.fromSystemProperties();
        int clients = settings.rates().getFirst();
        var adds = scenario("AddCustomer by " + clients + " clients")
                .exec(CommandSimulation::newCustomer)
                .exec(http(LoadSettings.requestNameByClients(CommandSimulation.ADD_CUSTOMER, clients))
                        .post("/api/customers")
                        .header("Idempotency-Key", "#{addKey}")
                        .body(StringBody("#{addBody}"))
                        .check(status().is(201)));
        setUp(adds.injectClosed(constantConcurrentUsers(clients).during(settings.stepSeconds())))
                .protocols(BackendProtocol.of(settings));
    }
}
