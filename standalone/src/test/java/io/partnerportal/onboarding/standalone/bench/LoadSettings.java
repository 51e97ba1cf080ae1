package io.partnerportal.onboarding.standalone.bench;

import java.util.Arrays;
import java.util.List;

/**
 * What a simulation is told by whoever runs it (LoadBenchmark, the smoke test, or someone by hand with
 * {@code -Dbench.…}): the backend's address, a partner's token, the arrival rates to step through and how
 * long each step lasts. System properties, because Gatling makes the simulation itself.
 */
record LoadSettings(String baseUrl, String token, List<Integer> rates, int stepSeconds, List<String> customerIds) {

    static final String BASE_URL = "bench.baseUrl";
    static final String TOKEN = "bench.token";
    static final String RATES = "bench.rates";
    static final String STEP_SECONDS = "bench.stepSeconds";
    static final String CUSTOMER_IDS = "bench.customerIds";

    /** Seconds between two steps, so that the stragglers of one step do not land in the next. */
    static final int PAUSE_BETWEEN_STEPS = 2;

    static LoadSettings fromSystemProperties() {
        return new LoadSettings(
                System.getProperty(BASE_URL, "http://localhost:8080"),
                System.getProperty(TOKEN, ""),
                Arrays.stream(System.getProperty(RATES, "5").split(",")).map(String::strip).map(Integer::valueOf).toList(),
                Integer.parseInt(System.getProperty(STEP_SECONDS, "10")),
                Arrays.stream(System.getProperty(CUSTOMER_IDS, "").split(",")).filter(id -> !id.isBlank()).toList());
    }

    void applyAsSystemProperties() {
        System.setProperty(BASE_URL, baseUrl);
        System.setProperty(TOKEN, token);
        System.setProperty(RATES, String.join(",", rates.stream().map(String::valueOf).toList()));
        System.setProperty(STEP_SECONDS, String.valueOf(stepSeconds));
        System.setProperty(CUSTOMER_IDS, String.join(",", customerIds));
    }

    LoadSettings withCustomerIds(List<String> ids) {
        return new LoadSettings(baseUrl, token, rates, stepSeconds, ids);
    }

    /** When the step at {@code index} starts, counted from the start of the run. */
    int offsetOfStep(int index) {
        return index * (stepSeconds + PAUSE_BETWEEN_STEPS);
    }

    /** The name of a request in a step: figures are read per step, so the rate is part of the name. */
    static String requestName(String operation, int rate) {
        return operation + " @ " + rate + "/s";
    }

    /** The name of a request made by a fixed number of clients (a closed model): the number is its rate. */
    static String requestNameByClients(String operation, int clients) {
        return operation + " @ " + clients + " clients";
    }
}
