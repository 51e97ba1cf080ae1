package io.partnerportal.onboarding.platform.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.partnerportal.onboarding.kernel.identity.Caller;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;

/**
 * An OAuth2 issuer of the test's own: an RSA key pair made when the tests start, the settings that make a
 * backend trust it (JWT mode with its public key, its issuer and this backend's audience), and tokens it
 * signs. Put it beside {@link IsolatedStores} in a test's context initializers.
 */
public class TestIssuer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String ISSUER = "https://issuer.partner-portal.test/";
    public static final String AUDIENCE = "partner-portal-api";

    private static final KeyPair KEYS = rsaKeyPair();
    private static final Path PUBLIC_KEY = publicKeyFile(KEYS);

    /** The settings a deployment gives for JWT mode with a public key. */
    public static Map<String, Object> properties() {
        return Map.of(
                "spring.security.oauth2.resourceserver.jwt.public-key-location", "file:" + PUBLIC_KEY,
                "spring.security.oauth2.resourceserver.jwt.issuer-uri", ISSUER,
                "spring.security.oauth2.resourceserver.jwt.audiences", AUDIENCE);
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-issuer", properties()));
    }

    /** The claims of a good token: this issuer's, for this backend, valid for five minutes, naming nobody yet. */
    public static JWTClaimsSet.Builder claims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(ISSUER).audience(AUDIENCE)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofMinutes(5))));
    }

    /** The claims of a good token for {@code caller}. */
    public static JWTClaimsSet.Builder claimsOf(Caller caller) {
        var claims = claims().subject(caller.userId())
                .claim("roles", caller.roles().stream().map(Enum::name).sorted().toList());
        if (caller.partnerId() != null) {
            claims.claim("partner_id", caller.partnerId());
        }
        if (caller.partnerKind() != null) {
            claims.claim("partner_kind", caller.partnerKind().name());
        }
        return claims;
    }

    public static String tokenFor(Caller caller) {
        return sign(claimsOf(caller).build());
    }

    public static String sign(JWTClaimsSet claims) {
        return signWith(KEYS, claims);
    }

    /** Signed by someone else: a key pair of its own, made for this token. */
    public static String signByAnotherKey(JWTClaimsSet claims) {
        return signWith(rsaKeyPair(), claims);
    }

    /** Not signed at all: {@code alg: none}. */
    public static String unsigned(JWTClaimsSet claims) {
        return new PlainJWT(claims).serialize();
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

    private static Path publicKeyFile(KeyPair keys) {
        try {
            Path file = Files.createTempFile("test-issuer", ".pem");
            file.toFile().deleteOnExit();
            Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder().encodeToString(keys.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
