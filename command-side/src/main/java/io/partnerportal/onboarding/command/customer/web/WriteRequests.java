package io.partnerportal.onboarding.command.customer.web;

import io.partnerportal.onboarding.kernel.customer.gdap.DirectoryRole;
import io.partnerportal.onboarding.kernel.customer.gdap.GdapRelationship;
import io.partnerportal.onboarding.kernel.customer.gdap.SecurityGroupAccess;

import java.util.List;
import java.util.Set;

/** The bodies of the write endpoints that are not a kernel value already (HTTP contract, "Writes"). */
final class WriteRequests {

    private WriteRequests() {
    }

    record Rejection(String reason) {
    }

    record CostManagement(Boolean enabled) {
    }

    record Purchase(String offerId, Integer quantity) {
    }

    record Quantity(Integer quantity) {
    }

    /** Duration defaults to two years; a missing role list is an empty one, which the rules refuse. */
    record GdapGrant(String displayName, Integer durationDays, Set<DirectoryRole> roles, Boolean autoExtend,
                     List<SecurityGroupAccess> securityGroups) {

        GdapRelationship toRelationship(String relationshipId) {
            return new GdapRelationship(relationshipId, displayName,
                    durationDays == null ? GdapRelationship.MAX_DURATION_DAYS : durationDays,
                    roles == null ? Set.of() : roles, autoExtend != null && autoExtend, securityGroups);
        }
    }
}
