package io.partnerportal.onboarding.standalone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

import java.util.Map;

/**
 * Both sides in one process with the embedded stores (H2 file event store, embedded MongoDB), data under
 * {@code ./data}: the default way to run the backend. The sides' own application classes are left out
 * of the scan so that each side's beans are declared exactly once.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = "io.partnerportal.onboarding",
        excludeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = SpringBootConfiguration.class))
public class StandaloneApplication {

    public static void main(String[] args) {
        System.setProperty("disable-axoniq-console-message", "true");
        var application = new SpringApplication(StandaloneApplication.class);
        application.setDefaultProperties(Map.of("spring.application.name", "onboarding-standalone"));
        application.run(args);
    }
}
