package io.partnerportal.onboarding.command.infrastructure;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * The partner settings the aggregate's handlers take as parameters. (The verification policy and the
 * clock come from the platform; interceptor beans such as IdempotencyInterceptor are put on the command
 * bus by Axon's auto-configuration.)
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PartnerSettings.class)
class CommandSideConfiguration {
}
