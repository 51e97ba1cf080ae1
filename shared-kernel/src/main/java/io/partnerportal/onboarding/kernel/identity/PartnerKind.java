package io.partnerportal.onboarding.kernel.identity;

/** The three kinds of partner of the domain page. */
public enum PartnerKind {
    DIRECT_BILL,
    INDIRECT_PROVIDER,
    INDIRECT_RESELLER
}
