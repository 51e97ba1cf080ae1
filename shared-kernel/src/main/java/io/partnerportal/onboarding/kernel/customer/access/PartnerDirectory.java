package io.partnerportal.onboarding.kernel.customer.access;

import java.util.Set;

/** What the rules need to know about partners: which resellers an indirect provider has, and each partner's own email domains. */
public interface PartnerDirectory {

    boolean isResellerOf(String resellerPartnerId, String providerPartnerId);

    Set<String> emailDomainsOf(String partnerId);
}
