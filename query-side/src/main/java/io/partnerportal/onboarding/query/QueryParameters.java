package io.partnerportal.onboarding.query;

import io.partnerportal.onboarding.kernel.rejection.Violation;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Query parameters of the read API that are more than a string, parsed with a refusal that names them. */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** An ISO-8601 instant, or null when the parameter is absent. */
    public static Instant instant(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException(List.of(new Violation(field, "INSTANT_FORMAT",
                    field + " must be an ISO-8601 UTC instant, e.g. 2026-11-20T09:30:00Z")));
        }
    }
}
