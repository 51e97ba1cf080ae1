package io.partnerportal.onboarding.platform.messaging;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class MessagingConfiguration {

    @Bean
    CorrelationDataProvider attributionCorrelationProvider() {
        return new AttributionCorrelationProvider();
    }
}
