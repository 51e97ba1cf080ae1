package io.partnerportal.onboarding.kernel.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What makes an event attributable: who did it, with which roles, for which partner, and which request
 * it belongs to. Commands carry these as metadata and every event they cause inherits them. Never a
 * credential: only names.
 */
public final class Attribution {

    public static final String ACTOR = "actor";
    public static final String ROLES = "roles";
    public static final String PARTNER_ID = "partnerId";
    public static final String PARTNER_KIND = "partnerKind";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";
    /** A fingerprint of the HTTP request, on commands only (not copied onto events): tells a retry from a reused key. */
    public static final String REQUEST_HASH = "requestHash";

    /** The keys copied from a command onto the events it causes. */
    public static final List<String> INHERITED = List.of(ACTOR, ROLES, PARTNER_ID, PARTNER_KIND, CORRELATION_ID,
            IDEMPOTENCY_KEY);

    private Attribution() {
    }

    public static Map<String, Object> of(Caller caller, String correlationId) {
        var metadata = new HashMap<String, Object>();
        metadata.put(ACTOR, caller.userId());
        metadata.put(ROLES, caller.roles().stream().map(Enum::name).sorted().toList());
        if (caller.partnerId() != null) {
            metadata.put(PARTNER_ID, caller.partnerId());
        }
        if (caller.partnerKind() != null) {
            metadata.put(PARTNER_KIND, caller.partnerKind().name());
        }
        metadata.put(CORRELATION_ID, correlationId);
        return metadata;
    }

    /** The caller a command was sent by, read back from its metadata. */
    public static Caller callerOf(Map<String, ?> metadata) {
        Object kind = metadata.get(PARTNER_KIND);
        Object roles = metadata.get(ROLES);
        var granted = EnumSet.noneOf(Role.class);
        if (roles instanceof Collection<?> names) {
            names.forEach(name -> granted.add(Role.valueOf(String.valueOf(name))));
        }
        return new Caller(String.valueOf(metadata.get(ACTOR)), (String) metadata.get(PARTNER_ID),
                kind == null ? null : PartnerKind.valueOf(String.valueOf(kind)), granted);
    }
}
