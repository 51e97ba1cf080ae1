package io.partnerportal.onboarding.kernel.customer.gdap;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Set;

/**
 * One of the partner's security groups, and which of the relationship's roles its members get.
 *
 * <p>The roles are kept in the order they were given, and read back in the order they were stored: the
 * feed entry of an event is written again from its stored JSON when the audit log is checked, and must come
 * out byte for byte the same in any process. {@code unifiedRoles} names the same roles by their Entra
 * definitions; events recorded before it existed have none (see {@link GdapRelationship}).
 */
public record SecurityGroupAccess(String groupId, Set<DirectoryRole> roles,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) List<UnifiedRole> unifiedRoles) {

    @JsonCreator
    public SecurityGroupAccess {
        roles = GdapRelationship.inRecordedOrder(roles);
        unifiedRoles = unifiedRoles == null ? null : List.copyOf(unifiedRoles);
    }

    /** Access granted now: its roles carry their Entra definitions. */
    public SecurityGroupAccess(String groupId, Set<DirectoryRole> roles) {
        this(groupId, roles, roles == null ? null : UnifiedRole.allOf(roles));
    }

    /** This access, with its roles' Entra definitions if it was recorded without them. */
    SecurityGroupAccess withUnifiedRoles() {
        return unifiedRoles != null || roles == null ? this : new SecurityGroupAccess(groupId, roles);
    }
}
