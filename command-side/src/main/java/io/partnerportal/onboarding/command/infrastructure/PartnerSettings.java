package io.partnerportal.onboarding.command.infrastructure;

import io.partnerportal.onboarding.command.relationship.RelationshipInvitations;
import io.partnerportal.onboarding.kernel.customer.access.PartnerDirectory;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The partner facts the rules need, from configuration (onboarding.partners.*): which resellers belong
 * to which indirect provider, each partner's own email domains, and where relationship invitations are
 * accepted. The embedded default describes the demo partners.
 */
@ConfigurationProperties("onboarding.partners")
record PartnerSettings(Map<String, List<String>> resellers, Map<String, List<String>> emailDomains,
                       String invitationBaseUrl)
        implements PartnerDirectory, RelationshipInvitations {

    PartnerSettings {
        resellers = resellers == null ? Map.of() : Map.copyOf(resellers);
        emailDomains = emailDomains == null ? Map.of() : Map.copyOf(emailDomains);
    }

    @Override
    public boolean isResellerOf(String resellerPartnerId, String providerPartnerId) {
        return resellers.getOrDefault(providerPartnerId, List.of()).contains(resellerPartnerId);
    }

    @Override
    public Set<String> emailDomainsOf(String partnerId) {
        return partnerId == null ? Set.of() : Set.copyOf(emailDomains.getOrDefault(partnerId, List.of()));
    }

    @Override
    public String urlFor(String invitationId, String requestingPartnerId) {
        return invitationBaseUrl + "?partnerId=" + requestingPartnerId + "&invitationId=" + invitationId;
    }
}
