package io.partnerportal.onboarding.platform.identity;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

import java.util.stream.Stream;

/** True when none of Spring Boot's JWT resource-server settings is given: the embedded default. */
class NoJwtConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return Stream.of("issuer-uri", "jwk-set-uri", "public-key-location")
                .map(key -> context.getEnvironment().getProperty("spring.security.oauth2.resourceserver.jwt." + key))
                .allMatch(value -> value == null || value.isBlank());
    }
}
