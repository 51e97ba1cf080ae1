package io.partnerportal.onboarding.kernel.customer.gdap;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A granular delegated admin relationship between the partner and the customer.
 *
 * <p>Its roles are a set kept in order: the order they were given in, and when read from a stored event the
 * order they were stored in. The audit log hashes each event's feed entry and its integrity check writes the
 * entry again from the stored event, in whatever process runs it; a hash set would iterate in another order
 * in another JVM, and the entry would no longer match its leaf (docs/adr/0016).
 *
 * <p>{@code unifiedRoles} names the same roles, in the same order, as Microsoft Graph does: by their Entra
 * role-definition ids, with their display names. A relationship granted now carries them; one recorded
 * before they existed was stored without them and is rendered without them, so that its feed entry stays
 * the bytes the audit log recorded. The customer's view fills them in ({@link #withUnifiedRoles}).
 */
public record GdapRelationship(String relationshipId, String displayName, int durationDays,
                               Set<DirectoryRole> roles,
                               boolean autoExtend, List<SecurityGroupAccess> securityGroups,
                               @JsonInclude(JsonInclude.Include.NON_NULL) List<UnifiedRole> unifiedRoles) {

    public static final int MAX_DURATION_DAYS = 730;
    public static final int AUTO_EXTEND_DAYS = 180;
    public static final int MAX_DISPLAY_NAME_LENGTH = 50;

    @JsonCreator
    public GdapRelationship {
        roles = inRecordedOrder(roles);
        securityGroups = securityGroups == null ? List.of() : List.copyOf(securityGroups);
        unifiedRoles = unifiedRoles == null ? null : List.copyOf(unifiedRoles);
    }

    /** A relationship granted now: its roles, and its groups' roles, carry their Entra definitions. */
    public GdapRelationship(String relationshipId, String displayName, int durationDays, Set<DirectoryRole> roles,
                            boolean autoExtend, List<SecurityGroupAccess> securityGroups) {
        this(relationshipId, displayName, durationDays, roles, autoExtend, securityGroups,
                roles == null ? null : UnifiedRole.allOf(roles));
    }

    /** This relationship with every role's Entra definition, for one recorded before they were carried. */
    public GdapRelationship withUnifiedRoles() {
        return unifiedRoles != null || roles == null ? this : new GdapRelationship(relationshipId, displayName, durationDays, roles,
                autoExtend, securityGroups.stream().map(SecurityGroupAccess::withUnifiedRoles).toList(),
                UnifiedRole.allOf(roles));
    }

    /** An unmodifiable set that iterates in the order given; null stays null for the rules to name. */
    static Set<DirectoryRole> inRecordedOrder(Set<DirectoryRole> roles) {
        return roles == null ? null : Collections.unmodifiableSequencedSet(new LinkedHashSet<>(roles));
    }
}
