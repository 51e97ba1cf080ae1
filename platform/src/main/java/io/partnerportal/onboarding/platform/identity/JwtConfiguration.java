package io.partnerportal.onboarding.platform.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierReactiveJwtDecoder;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.util.Base64;
import java.util.List;

/**
 * JWT mode: bearer tokens checked against Spring Boot's standard settings
 * ({@code spring.security.oauth2.resourceserver.jwt.*}). The decoder is ours rather than Boot's so that the
 * issuer and audience are required, every claim rule runs while the token is decoded, and a given key (a
 * public key or a JWK set) is used as given: Boot would fetch the issuer's metadata as soon as an issuer is
 * named beside a public key.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoJwtConfigured.JwtConfigured.class)
@EnableConfigurationProperties(OAuth2ResourceServerProperties.class)
class JwtConfiguration {

    private static final Logger log = LoggerFactory.getLogger(JwtConfiguration.class);

    @Bean
    TrustedIssuer trustedIssuer(OAuth2ResourceServerProperties properties) {
        var settings = properties.getJwt();
        return TrustedIssuer.of(settings.getIssuerUri(), settings.getAudiences());
    }

    @Bean
    ReactiveJwtDecoder jwtDecoder(OAuth2ResourceServerProperties properties, TrustedIssuer trusted, Clock clock)
            throws IOException, GeneralSecurityException {
        var settings = properties.getJwt();
        // Ours first, so that a refusal names the claim in our words; Spring's defaults stay as a backstop.
        OAuth2TokenValidator<Jwt> rules = new DelegatingOAuth2TokenValidator<>(
                new ClaimRulesValidator(trusted, clock), JwtValidators.createDefault());
        List<SignatureAlgorithm> algorithms = settings.getJwsAlgorithms().stream().map(SignatureAlgorithm::from).toList();
        if (settings.getJwkSetUri() != null && !settings.getJwkSetUri().isBlank()) {
            log.info("JWT mode: tokens of {} for {}, keys from the JWK set {}", trusted.issuer(), trusted.audiences(),
                    settings.getJwkSetUri());
            return validating(NimbusReactiveJwtDecoder.withJwkSetUri(settings.getJwkSetUri())
                    .jwsAlgorithms(allowed -> allowed.addAll(algorithms)).build(), rules);
        }
        if (settings.getPublicKeyLocation() != null) {
            log.info("JWT mode: tokens of {} for {}, signed by the key in {}", trusted.issuer(), trusted.audiences(),
                    settings.getPublicKeyLocation());
            if (algorithms.size() != 1) {
                throw new IllegalStateException("A public key verifies one algorithm: give exactly one in "
                        + NoJwtConfigured.PREFIX + "jws-algorithms (it has " + algorithms + ").");
            }
            return validating(NimbusReactiveJwtDecoder.withPublicKey(rsaPublicKey(settings.readPublicKey()))
                    .signatureAlgorithm(algorithms.getFirst()).build(), rules);
        }
        log.info("JWT mode: tokens of {} for {}, keys from the issuer's metadata", trusted.issuer(), trusted.audiences());
        // Fetched at the first token, not at start-up: the backend starts while the issuer is unreachable.
        return new SupplierReactiveJwtDecoder(() -> validating(
                NimbusReactiveJwtDecoder.withIssuerLocation(trusted.issuer()).build(), rules));
    }

    private static NimbusReactiveJwtDecoder validating(NimbusReactiveJwtDecoder decoder, OAuth2TokenValidator<Jwt> rules) {
        decoder.setJwtValidator(rules);
        return decoder;
    }

    /** An RSA public key in PEM (X.509 SubjectPublicKeyInfo), as Boot reads public-key-location. */
    static RSAPublicKey rsaPublicKey(String pem) throws GeneralSecurityException {
        String base64 = pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "");
        byte[] der = Base64.getMimeDecoder().decode(base64);
        return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
    }
}
