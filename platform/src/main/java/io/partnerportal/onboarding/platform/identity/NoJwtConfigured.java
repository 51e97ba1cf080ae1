package io.partnerportal.onboarding.platform.identity;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

import java.util.List;
import java.util.stream.Stream;

/**
 * True when none of Spring Boot's JWT resource-server settings is given: the embedded default. Any one of
 * them, the audiences included, asks for JWT mode, which then refuses to start unless it is complete
 * ({@link TrustedIssuer}) rather than quietly falling back to the demo users.
 */
class NoJwtConfigured implements Condition {

    static final String PREFIX = "spring.security.oauth2.resourceserver.jwt.";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return !jwtConfigured(context.getEnvironment());
    }

    static boolean jwtConfigured(Environment environment) {
        boolean keysOrIssuer = Stream.of("issuer-uri", "jwk-set-uri", "public-key-location")
                .map(key -> environment.getProperty(PREFIX + key))
                .anyMatch(value -> value != null && !value.isBlank());
        // A list: given as audiences=a,b or as audiences[0]=a, which only the binder reads alike.
        boolean audiences = Binder.get(environment).bind(PREFIX + "audiences", Bindable.listOf(String.class))
                .map(List::isEmpty).map(empty -> !empty).orElse(false);
        return keysOrIssuer || audiences;
    }

    /** The opposite: a deployment that configures JWTs. */
    static class JwtConfigured implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return jwtConfigured(context.getEnvironment());
        }
    }
}
