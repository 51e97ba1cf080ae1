package io.partnerportal.onboarding.platform.policy;

import io.partnerportal.onboarding.kernel.customer.subscription.VerificationPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The verification policy in force, declared once for both sides: the command side enforces it, the
 * read side shows it (purchase eligibility), and a deployment cannot give them different ones by accident.
 */
@Configuration(proxyBeanMethods = false)
public class PolicyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PolicyConfiguration.class);

    @Bean
    VerificationPolicy verificationPolicy(@Value("${onboarding.partners.verification-policy:ARTICLE}") VerificationPolicy policy) {
        log.info("Verification policy: {} ({} stay allowed while a customer is pending)", policy,
                policy == VerificationPolicy.ARTICLE ? "only renewals" : "renewals, seat reductions and cancellations");
        return policy;
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
