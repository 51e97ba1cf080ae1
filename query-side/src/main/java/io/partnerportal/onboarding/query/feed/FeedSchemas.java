package io.partnerportal.onboarding.query.feed;

import io.partnerportal.onboarding.kernel.customer.event.EventTypes;
import io.partnerportal.onboarding.platform.openapi.Schemas;
import io.swagger.v3.oas.models.OpenAPI;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

import java.util.List;

/** The event types a feed's {@code type} parameter takes, listed from the event family itself. */
@Component
class FeedSchemas implements OpenApiCustomizer {

    /** The operations whose {@code type} names an event type as the feed publishes it. */
    private static final List<String> FEED_PATHS = List.of("/api/events", "/api/events/stream", "/api/events/schemas/{type}",
            "/api/audit/events");

    @Override
    public void customise(OpenAPI api) {
        List<Object> types = List.copyOf(EventTypes.all());
        for (String path : FEED_PATHS) {
            if (api.getPaths().get(path) == null) {
                throw new IllegalStateException("The API documentation describes " + path + ", which the API no longer has");
            }
            // A schema of its own: the generator shares one string schema among a method's string parameters.
            api.getPaths().get(path).readOperations().forEach(operation -> operation.getParameters().stream()
                    .filter(parameter -> "type".equals(parameter.getName()))
                    .forEach(parameter -> parameter.setSchema(Schemas.string()._enum(types))));
        }
    }
}
