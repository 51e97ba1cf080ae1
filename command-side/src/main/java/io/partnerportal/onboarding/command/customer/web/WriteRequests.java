package io.partnerportal.onboarding.command.customer.web;

import io.partnerportal.onboarding.kernel.customer.gdap.DirectoryRole;
import io.partnerportal.onboarding.kernel.customer.gdap.GdapRelationship;
import io.partnerportal.onboarding.kernel.customer.gdap.GdapRules;
import io.partnerportal.onboarding.kernel.rejection.RulesBrokenException;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The bodies of the write endpoints that are not a kernel value already (HTTP contract, "Writes"). */
final class WriteRequests {

    private WriteRequests() {
    }

    @Schema(name = "VerificationRejection")
    record Rejection(String reason) {
    }

    @Schema(name = "CostManagementSetting")
    record CostManagement(Boolean enabled) {
    }

    @Schema(name = "SubscriptionPurchase")
    record Purchase(String offerId, Integer quantity) {
    }

    @Schema(name = "SubscriptionQuantity")
    record Quantity(Integer quantity) {
    }

    /**
     * Duration defaults to two years; a missing role list is an empty one, which the rules refuse. The lists
     * are read as lists, not sets, so that a null or repeated item is refused by name instead of collapsing.
     */
    record GdapGrant(String displayName, Integer durationDays, List<DirectoryRole> roles, Boolean autoExtend,
                     List<GdapRules.SecurityGroup> securityGroups) {

        /** The relationship asked for; refuses lists with too many, null or repeated items. */
        GdapRelationship toRelationship(String relationshipId) {
            var violations = GdapRules.listViolations(roles, securityGroups);
            if (!violations.isEmpty()) {
                throw new RulesBrokenException(violations);
            }
            return new GdapRelationship(relationshipId, displayName,
                    durationDays == null ? GdapRelationship.MAX_DURATION_DAYS : durationDays,
                    roles == null ? Set.of() : new LinkedHashSet<>(roles), autoExtend != null && autoExtend,
                    securityGroups == null ? null
                            : securityGroups.stream().map(GdapRules.SecurityGroup::toAccess).toList());
        }
    }
}
