package io.partnerportal.onboarding.query.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The audit log's settings ({@code onboarding.audit.*}): the log's origin (also its key's name), the signing
 * key's PKCS#8 file ({@code AUDIT_SIGNING_KEY_FILE}; the embedded default makes one under the data
 * directory), and how often checkpoints are taken: at least every {@code checkpoint-interval} and every
 * {@code checkpoint-every} entries.
 */
@ConfigurationProperties("onboarding.audit")
public record AuditProperties(String origin, Path signingKeyFile, Duration checkpointInterval, long checkpointEvery) {

    public AuditProperties {
        origin = origin == null || origin.isBlank() ? "partner-portal.example/onboarding" : origin;
        checkpointInterval = checkpointInterval == null ? Duration.ofMinutes(1) : checkpointInterval;
        checkpointEvery = checkpointEvery <= 0 ? 1000 : checkpointEvery;
    }
}
