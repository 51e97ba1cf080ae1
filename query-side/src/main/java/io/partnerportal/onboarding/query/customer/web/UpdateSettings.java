package io.partnerportal.onboarding.query.customer.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How reads wait for the read side, and how update streams run ({@code onboarding.customer-reads.*}).
 *
 * @param waitTimeout         how long a read with {@code minVersion} waits before answering 503
 * @param poll                how often a waiting read or a stream looks for changes another instance projected
 * @param heartbeat           a comment line on every update stream at least this often
 * @param maxDuration         an update stream ends after this long; the client reconnects
 * @param maxWaitsPerCaller   reads with {@code minVersion} one caller may have waiting at once
 * @param maxStreamsPerCaller update streams one caller may have open at once
 */
@ConfigurationProperties("onboarding.customer-reads")
record UpdateSettings(Duration waitTimeout, Duration poll, Duration heartbeat, Duration maxDuration,
                      int maxWaitsPerCaller, int maxStreamsPerCaller) {
}
