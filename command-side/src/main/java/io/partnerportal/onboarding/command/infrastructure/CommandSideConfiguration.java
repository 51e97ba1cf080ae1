package io.partnerportal.onboarding.command.infrastructure;

import io.partnerportal.onboarding.kernel.customer.subscription.VerificationPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The resources the aggregate's handlers take as parameters. (Interceptor beans such as
 * IdempotencyInterceptor are put on the command bus by Axon's auto-configuration.)
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PartnerSettings.class)
class CommandSideConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CommandSideConfiguration.class);

    @Bean
    VerificationPolicy verificationPolicy(PartnerSettings settings) {
        log.info("Verification policy: {} ({} operations stay allowed while a customer is pending)",
                settings.verificationPolicy(), settings.verificationPolicy() == VerificationPolicy.ARTICLE
                        ? "only renewals" : "renewals, seat reductions and cancellations");
        return settings.verificationPolicy();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
