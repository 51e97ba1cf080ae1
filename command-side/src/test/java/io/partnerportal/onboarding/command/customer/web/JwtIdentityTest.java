package io.partnerportal.onboarding.command.customer.web;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.partnerportal.onboarding.command.CommandSideApplication;
import io.partnerportal.onboarding.platform.testing.ApiClient;
import io.partnerportal.onboarding.platform.testing.IsolatedStores;
import io.partnerportal.onboarding.platform.testing.SampleCustomers;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production identity: OAuth2 bearer JWTs, here signed by a key pair the test makes and verified
 * with its public key. Configuring them turns the demo users off.
 */
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = IsolatedStores.class)
@DisplayName("With a JWT issuer configured")
class JwtIdentityTest {

    private static final KeyPair ISSUER = rsaKeyPair();

    @DynamicPropertySource
    static void trustTheTestIssuer(DynamicPropertyRegistry registry) throws IOException {
        Path publicKey = Files.createTempFile("issuer", ".pem");
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(ISSUER.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + publicKey);
    }

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    private WebTestClient.ResponseSpec addCustomerWith(String bearer) {
        return ApiClient.anonymous(port).post().uri("/api/customers").headers(h -> h.setBearerAuth(bearer))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(SampleCustomers.contosoBrazil()).exchange();
    }

    @Test
    @DisplayName("a partner's agent adds a customer of their partner, attributed to the token's subject")
    void bearerTokenActs() {
        String token = sign(claims("u-417", Instant.now().plusSeconds(300))
                .claim("partner_id", "P-3000").claim("partner_kind", "DIRECT_BILL")
                .claim("roles", List.of("ADMIN_AGENT")).build());

        String customerId = (String) addCustomerWith(token).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("customerId");

        var event = eventStore.readEvents(customerId).next();
        assertThat(event.getMetaData()).containsEntry("actor", "u-417").containsEntry("partnerId", "P-3000")
                .containsEntry("partnerKind", "DIRECT_BILL");
    }

    @Test
    @DisplayName("a token whose roles may not add customers gets 403")
    void rolesAreTakenFromTheToken() {
        String token = sign(claims("u-9", Instant.now().plusSeconds(300)).claim("roles", List.of("AUDITOR")).build());

        addCustomerWith(token).expectStatus().isForbidden();
    }

    @Test
    @DisplayName("an expired token, or one signed by someone else, gets 401")
    void untrustedTokensAreRefused() {
        addCustomerWith(sign(claims("u-1", Instant.now().minusSeconds(600)).claim("roles", List.of("ADMIN_AGENT"))
                .claim("partner_id", "P-3000").build())).expectStatus().isUnauthorized();
        addCustomerWith(signWith(rsaKeyPair(), claims("u-1", Instant.now().plusSeconds(300))
                .claim("roles", List.of("ADMIN_AGENT")).claim("partner_id", "P-3000").build()))
                .expectStatus().isUnauthorized();
    }

    @Test
    @DisplayName("the demo users are off")
    void demoUsersAreOff() {
        ApiClient.as("gina", port).post().uri("/api/customers").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(SampleCustomers.contosoBrazil()).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer");
    }

    private static JWTClaimsSet.Builder claims(String subject, Instant expiry) {
        return new JWTClaimsSet.Builder().subject(subject).issueTime(Date.from(expiry.minusSeconds(900)))
                .expirationTime(Date.from(expiry));
    }

    private static String sign(JWTClaimsSet claims) {
        return signWith(ISSUER, claims);
    }

    private static String signWith(KeyPair keys, JWTClaimsSet claims) {
        try {
            var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
            jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair rsaKeyPair() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
