package io.partnerportal.onboarding.query;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import java.util.Map;

/** The read side on its own (port 8081): tails the shared event store into MongoDB read models. */
@SpringBootApplication(scanBasePackages = {"io.partnerportal.onboarding.query", "io.partnerportal.onboarding.platform"})
public class QuerySideApplication {

    public static void main(String[] args) {
        System.setProperty("disable-axoniq-console-message", "true");
        var application = new SpringApplication(QuerySideApplication.class);
        application.setDefaultProperties(Map.of(
                "spring.application.name", "onboarding-query-side",
                // As the command side: JSON log lines (ECS) in the split deployment.
                "logging.structured.format.console", "ecs",
                // The event store's schema is the command side's to create and migrate: the query side only
                // reads it, and in the split deployment connects with read-only rights (README).
                "spring.flyway.enabled", "false",
                "onboarding.default-port", "8081"));
        application.run(args);
    }
}
