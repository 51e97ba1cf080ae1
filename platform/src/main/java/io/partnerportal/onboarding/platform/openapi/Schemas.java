package io.partnerportal.onboarding.platform.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

import java.util.Set;

/**
 * Schemas written by hand, as OpenAPI 3.1 (JSON Schema 2020-12) wants them: a type is a set of types, and a
 * schema with only the 3.0 {@code type} set loses it when the document is written. Also the one way the
 * documentation's customizers change a generated schema: by name, failing loudly when the name is gone, so
 * that a renamed record or member cannot leave its rules documented on nothing.
 */
public final class Schemas {

    public static final String REF = "#/components/schemas/";

    private Schemas() {
    }

    public static Schema<Object> string() {
        return typed("string");
    }

    public static Schema<Object> integer(String format) {
        return typed("integer").format(format);
    }

    public static Schema<Object> bool() {
        return typed("boolean");
    }

    public static Schema<Object> object() {
        return typed("object");
    }

    public static Schema<Object> array(Schema<?> items) {
        return typed("array").items(items);
    }

    public static Schema<Object> ref(String component) {
        return new Schema<>().$ref(REF + component);
    }

    /** The component schema {@code name}; it must exist. */
    @SuppressWarnings("unchecked")
    public static Schema<Object> component(OpenAPI api, String name) {
        Schema<Object> schema = api.getComponents() == null || api.getComponents().getSchemas() == null ? null
                : (Schema<Object>) api.getComponents().getSchemas().get(name);
        if (schema == null) {
            throw new IllegalStateException("The API documentation describes schema " + name + ", which the API no longer has");
        }
        return schema;
    }

    /** The member {@code property} of the component schema {@code name}; both must exist. */
    @SuppressWarnings("unchecked")
    public static Schema<Object> property(OpenAPI api, String name, String property) {
        Schema<Object> member = component(api, name).getProperties() == null ? null
                : (Schema<Object>) component(api, name).getProperties().get(property);
        if (member == null) {
            throw new IllegalStateException("The API documentation describes " + name + "." + property
                    + ", which the API no longer has");
        }
        return member;
    }

    private static Schema<Object> typed(String type) {
        return new Schema<>().types(Set.of(type));
    }
}
