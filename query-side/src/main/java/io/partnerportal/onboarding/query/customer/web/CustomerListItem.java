package io.partnerportal.onboarding.query.customer.web;

import io.partnerportal.onboarding.kernel.customer.verification.VerificationStatus;
import io.partnerportal.onboarding.kernel.customer.view.CustomerView;

/** One customer in a page of the list: enough to find it and see where it stands. */
record CustomerListItem(String customerId, String companyName, String domainPrefix, String country,
                        VerificationStatus verificationStatus, boolean mcaConfirmed, String partnerId,
                        String associatedResellerId, long version) {

    static CustomerListItem of(CustomerView view) {
        return new CustomerListItem(view.customerId(), view.companyName(), view.domainPrefix(),
                view.address() == null ? null : view.address().country(), view.verificationStatus(),
                view.mcaConfirmed(), view.partnerId(), view.associatedResellerId(), view.version());
    }
}
