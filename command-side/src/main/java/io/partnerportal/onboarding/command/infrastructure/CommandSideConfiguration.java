package io.partnerportal.onboarding.command.infrastructure;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * The partner settings the aggregate's handlers take as parameters, with their defaults in
 * {@code command-side.properties}: only the command side decides with them. (The verification policy and
 * the clock come from the platform; interceptor beans such as IdempotencyInterceptor are put on the command
 * bus by Axon's auto-configuration. The claims and idempotency tables are this side's migration,
 * {@code db/eventstore/V2}.)
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PartnerSettings.class)
@PropertySource("classpath:command-side.properties")
class CommandSideConfiguration {
}
