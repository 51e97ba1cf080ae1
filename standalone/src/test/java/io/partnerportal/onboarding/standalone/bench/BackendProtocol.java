package io.partnerportal.onboarding.standalone.bench;

import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.http.HttpDsl.http;

/** How the simulations talk to the backend. */
final class BackendProtocol {

    private BackendProtocol() {
    }

    static HttpProtocolBuilder of(LoadSettings settings) {
        return http.baseUrl(settings.baseUrl())
                .authorizationHeader("Bearer " + settings.token())
                .contentTypeHeader("application/json")
                .acceptHeader("application/json")
                // The callers are portals and services that keep connections open, not browsers that each
                // open their own: users share one pool, so the figures hold no TCP handshakes.
                .shareConnections();
    }
}
