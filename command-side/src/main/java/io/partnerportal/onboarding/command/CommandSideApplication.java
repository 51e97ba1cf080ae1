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
        application.setDefaultProperties(Map.of("spring.application.name", "onboarding-command-side"));
        application.run(args);
    }
}
