package io.partnerportal.onboarding.query.customer.web;

import io.partnerportal.onboarding.kernel.customer.event.CustomerEvent;
import io.partnerportal.onboarding.platform.openapi.Schemas;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A history entry as one schema per event, told apart by the entry's {@code type}: the payload of one event can
 * have exactly the members of another's (approving and renewing both carry only ids), so a payload alone cannot
 * say which event it is, and a client reading the history needs {@code type} to choose. The generator offers
 * nothing of the kind: it gives the payload every event's schema at once, each wrapped in the sealed
 * {@code CustomerEvent}, which has no members. The events' own schemas are kept, unwrapped, as the payloads.
 */
@Component
class HistorySchema implements OpenApiCustomizer {

    private static final String ENTRY = "CustomerHistoryEntry";

    @Override
    public void customise(OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        Schema<?> generated = Schemas.component(api, ENTRY);
        Schemas.property(api, ENTRY, "type");
        Schemas.property(api, ENTRY, "payload");
        schemas.remove("CustomerEvent");
        var mapping = new LinkedHashMap<String, String>();
        var entries = new ArrayList<Schema>();
        for (Class<?> event : CustomerEvent.class.getPermittedSubclasses()) {
            String name = event.getSimpleName();
            Schema<?> payload = Schemas.component(api, name);
            if (payload.getAllOf() != null && payload.getAllOf().size() == 2) {
                schemas.put(name, payload.getAllOf().get(1));
            }
            var properties = new LinkedHashMap<String, Schema>(generated.getProperties());
            properties.put("type", Schemas.string()._enum(List.of(name)).description("The event's name."));
            properties.put("payload", Schemas.ref(name));
            schemas.put(name + "Entry", Schemas.object().properties(properties)
                    .required(List.of("sequence", "type", "occurredAt", "roles", "payload")));
            mapping.put(name, Schemas.REF + name + "Entry");
            entries.add(Schemas.ref(name + "Entry"));
        }
        schemas.put(ENTRY, new Schema<>().oneOf(entries)
                .discriminator(new Discriminator().propertyName("type").mapping(mapping))
                .description("One event of the customer's history, with who caused it (`actor`, its first role `role` "
                        + "and all of them `roles`), for which partner, in which request (`correlationId`); `type` "
                        + "names the event and the schema of its `payload`."));
    }
}
