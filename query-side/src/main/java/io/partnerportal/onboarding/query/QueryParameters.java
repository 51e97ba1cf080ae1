package io.partnerportal.onboarding.query;

import io.partnerportal.onboarding.kernel.rejection.Violation;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Query parameters of the read API that are more than a string, parsed with a refusal that names them. */
public final class QueryParameters {

    private QueryParameters() {
    }

    /**
     * The earliest and latest instants a query may name. Java parses instants a billion years either way, but
     * the read models store times as milliseconds (a MongoDB date): beyond about 292 million years an instant
     * cannot be compared with them at all. Four-digit years are what ISO-8601 gives without agreement, and
     * span every time the portal has or will have.
     */
    static final Instant EARLIEST = Instant.parse("0000-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    /** An ISO-8601 instant with a four-digit year, or null when the parameter is absent. */
    public static Instant instant(String field, String value) {
        if (value == null) {
            return null;
        }
        Instant instant;
        try {
            instant = Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException(List.of(new Violation(field, "INSTANT_FORMAT",
                    field + " must be an ISO-8601 UTC instant, e.g. 2026-11-20T09:30:00Z")));
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw new InvalidQueryException(List.of(new Violation(field, "INSTANT_RANGE",
                    field + " must be an instant from the year 0000 to the year 9999, e.g. 2026-11-20T09:30:00Z")));
        }
        return instant;
    }
}
