package io.partnerportal.onboarding.query.customer.web;

import io.partnerportal.onboarding.kernel.customer.verification.VerificationStatus;
import io.partnerportal.onboarding.kernel.customer.view.CustomerView;

/** One customer in a page of the list: enough to find it and see where it stands. */
record CustomerListItem(String customerId, String companyName, String domainPrefix, String country,
                        VerificationStatus verificationStatus, boolean mcaConfirmed, String partnerId,
                        String associatedResellerId, long version) {

    static CustomerListItem of(CustomerView view) {
        return new CustomerListItem(view.customerId(), view.billing().companyName(), view.origin().domainPrefix(),
                view.billing().address() == null ? null : view.billing().address().country(), view.verification().status(),
                view.mca().confirmed(), view.partnerId(), view.associatedResellerId(), view.version());
    }
}
