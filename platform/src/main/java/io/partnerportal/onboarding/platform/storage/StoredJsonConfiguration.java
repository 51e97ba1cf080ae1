package io.partnerportal.onboarding.platform.storage;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.paramnames.ParameterNamesModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The JSON of everything this backend stores: events and their metadata (through Axon's Jackson
 * serializer, which takes this mapper as the only Jackson 2 {@code ObjectMapper} bean), tracking tokens and
 * dead letters, idempotency records and their request fingerprints, and the read models.
 *
 * <p>Stored events are forever, so this is Jackson 2 configured exactly as Spring Boot 3 configured the
 * mapper that wrote the first events: ISO-8601 text for dates and instants, unknown properties ignored, nulls
 * written. The HTTP layer speaks Jackson 3, Boot 4's default; the two never share a mapper, so a change of
 * the web layer's defaults cannot change a stored byte (docs/adr/0005; {@code StoredDataCompatibilityTest}).
 *
 * <p>A set is read back in the order it was stored in. Jackson's default, a {@code HashSet}, iterates enums in
 * an order that changes from one JVM to the next, and the audit log's integrity check writes every event
 * again from its stored JSON: the bytes must come out the same in any process (docs/adr/0016).
 */
@Configuration(proxyBeanMethods = false)
public class StoredJsonConfiguration {

    @Bean
    ObjectMapper storedJson() {
        return newMapper();
    }

    /** A mapper for stored JSON, for code outside a Spring context (tests, tools). */
    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .addModules(new Jdk8Module(), new JavaTimeModule(), new ParameterNamesModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(MapperFeature.DEFAULT_VIEW_INCLUSION)
                .serializationInclusion(JsonInclude.Include.ALWAYS)
                .addModule(new SimpleModule("sets-in-stored-order").addAbstractTypeMapping(Set.class, LinkedHashSet.class))
                .build();
    }
}
