package io.partnerportal.onboarding.query.readmodel;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * Where read models, tracking tokens and dead letters live: {@code mongodbUri} names a real MongoDB;
 * left empty, an embedded one serves {@code embeddedPort} with its data under {@code dataDir}, committing
 * every write to its file when {@code embeddedCommitEveryWrite} (ADR 1 weighs the cost).
 */
@ConfigurationProperties("onboarding.read-models")
public record ReadModelProperties(String mongodbUri, String database, int embeddedPort, Path dataDir,
                                  boolean embeddedCommitEveryWrite) {
}
