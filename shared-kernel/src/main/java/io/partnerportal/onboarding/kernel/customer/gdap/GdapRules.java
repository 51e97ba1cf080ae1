package io.partnerportal.onboarding.kernel.customer.gdap;

import io.partnerportal.onboarding.kernel.customer.gdap.DirectoryRole;
import io.partnerportal.onboarding.kernel.customer.gdap.GdapRelationship;
import io.partnerportal.onboarding.kernel.customer.gdap.SecurityGroupAccess;
import io.partnerportal.onboarding.kernel.rejection.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The rules of an explicit GDAP grant (domain page, "GDAP"). */
public final class GdapRules {

    private GdapRules() {
    }

    /** Every violation of the grant, given the display names the customer's relationships already use. */
    public static List<Violation> violations(GdapRelationship grant, Set<String> displayNamesInUse) {
        var found = new ArrayList<Violation>();
        String name = grant.displayName();
        if (name == null || name.isBlank()) {
            found.add(Violation.required("displayName"));
        } else if (name.strip().length() > GdapRelationship.MAX_DISPLAY_NAME_LENGTH) {
            found.add(new Violation("displayName", "DISPLAY_NAME_LENGTH",
                    "displayName must be at most " + GdapRelationship.MAX_DISPLAY_NAME_LENGTH + " characters"));
        } else if (displayNamesInUse.stream().anyMatch(used -> used.equalsIgnoreCase(name.strip()))) {
            found.add(new Violation("displayName", "DISPLAY_NAME_TAKEN",
                    "displayName '" + name.strip() + "' is already used by a relationship with this customer"));
        }
        if (grant.durationDays() < 1 || grant.durationDays() > GdapRelationship.MAX_DURATION_DAYS) {
            found.add(new Violation("durationDays", "DURATION_RANGE",
                    "durationDays must be from 1 to " + GdapRelationship.MAX_DURATION_DAYS + " (two years)"));
        }
        if (grant.roles().isEmpty()) {
            found.add(new Violation("roles", "ROLES_EMPTY", "roles must name at least one directory role"));
        }
        if (grant.autoExtend() && grant.roles().contains(DirectoryRole.GLOBAL_ADMINISTRATOR)) {
            found.add(new Violation("autoExtend", "AUTO_EXTEND_WITH_GLOBAL_ADMIN",
                    "autoExtend is not allowed when the roles include GLOBAL_ADMINISTRATOR"));
        }
        for (int i = 0; i < grant.securityGroups().size(); i++) {
            securityGroupViolations(found, "securityGroups[" + i + "]", grant.securityGroups().get(i), grant.roles());
        }
        return List.copyOf(found);
    }

    private static void securityGroupViolations(List<Violation> found, String path, SecurityGroupAccess access,
                                                 Set<DirectoryRole> relationshipRoles) {
        if (access == null) {
            found.add(Violation.required(path));
            return;
        }
        if (access.groupId() == null || access.groupId().isBlank()) {
            found.add(Violation.required(path + ".groupId"));
        }
        if (access.roles() == null || access.roles().isEmpty()) {
            found.add(new Violation(path + ".roles", "ROLES_EMPTY", path + ".roles must name at least one role"));
        } else if (!relationshipRoles.containsAll(access.roles())) {
            found.add(new Violation(path + ".roles", "ROLES_NOT_IN_RELATIONSHIP",
                    path + ".roles must be a subset of the relationship's roles"));
        }
    }
}
