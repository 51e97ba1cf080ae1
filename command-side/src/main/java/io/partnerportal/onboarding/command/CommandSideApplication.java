package io.partnerportal.onboarding.command;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import java.util.Map;

/** The write side on its own (port 8080), against a shared event store. */
@SpringBootApplication(scanBasePackages = {"io.partnerportal.onboarding.command", "io.partnerportal.onboarding.platform"})
public class CommandSideApplication {

    public static void main(String[] args) {
        System.setProperty("disable-axoniq-console-message", "true");
        var application = new SpringApplication(CommandSideApplication.class);
        // One JSON object per log line (Elastic Common Schema), for the log collectors of a real deployment;
        // LOGGING_STRUCTURED_FORMAT_CONSOLE=logstash picks the other format. bin/run keeps readable text.
        application.setDefaultProperties(Map.of(
                "spring.application.name", "onboarding-command-side",
                "logging.structured.format.console", "ecs"));
        application.run(args);
    }
}
