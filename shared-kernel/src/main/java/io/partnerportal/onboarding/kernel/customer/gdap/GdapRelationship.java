package io.partnerportal.onboarding.kernel.customer.gdap;

import java.util.List;
import java.util.Set;

/** A granular delegated admin relationship between the partner and the customer. */
public record GdapRelationship(String relationshipId, String displayName, int durationDays, Set<DirectoryRole> roles,
                               boolean autoExtend, List<SecurityGroupAccess> securityGroups) {

    public static final int MAX_DURATION_DAYS = 730;
    public static final int AUTO_EXTEND_DAYS = 180;
    public static final int MAX_DISPLAY_NAME_LENGTH = 50;

    public GdapRelationship {
        roles = Set.copyOf(roles);
        securityGroups = securityGroups == null ? List.of() : List.copyOf(securityGroups);
    }
}
