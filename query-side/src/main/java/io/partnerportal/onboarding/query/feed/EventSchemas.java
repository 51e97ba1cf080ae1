package io.partnerportal.onboarding.query.feed;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import io.partnerportal.onboarding.kernel.customer.event.EventTypes;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON Schema (2020-12) of each event type's {@code data}, generated from the event records themselves,
 * so a schema can never say something else than what the feed serves. Every member is always present
 * (null where it has no value); no other member is allowed.
 */
@Component
public class EventSchemas {

    private final Map<String, ObjectNode> schemas = new LinkedHashMap<>();

    EventSchemas() {
        var config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.NULLABLE_FIELDS_BY_DEFAULT,
                        Option.EXTRA_OPEN_API_FORMAT_VALUES);
        config.forFields().withRequiredCheck(field -> true);
        var generator = new SchemaGenerator(config.build());
        for (String type : EventTypes.all()) {
            ObjectNode schema = generator.generateSchema(EventTypes.classOf(type));
            schema.put("$id", "urn:partner-portal:event-schema:" + type);
            schema.put("title", type);
            schemas.put(type, schema);
        }
    }

    /** Every published event type, in the order of the event family. */
    public Iterable<String> types() {
        return schemas.keySet();
    }

    public Optional<ObjectNode> of(String type) {
        return Optional.ofNullable(schemas.get(type));
    }
}
