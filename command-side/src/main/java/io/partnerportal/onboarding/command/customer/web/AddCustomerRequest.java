package io.partnerportal.onboarding.command.customer.web;

import io.partnerportal.onboarding.kernel.customer.record.Address;
import io.partnerportal.onboarding.kernel.customer.record.Contact;
import io.partnerportal.onboarding.kernel.customer.command.AddCustomer;

/** The body of {@code POST /api/customers}, as the HTTP contract spells it. */
public record AddCustomerRequest(
        String companyName,
        String domainPrefix,
        String registrationId,
        String language,
        Contact primaryContact,
        Address address,
        Boolean defaultGdapConsent,
        String associatedResellerId) {

    /** Default GDAP consent is checked unless the partner unchecks it. */
    AddCustomer toCommand(String customerId, String partnerId, String defaultGdapRelationshipId) {
        return new AddCustomer(customerId, partnerId, companyName, domainPrefix, registrationId, language,
                primaryContact, address, defaultGdapConsent == null || defaultGdapConsent, associatedResellerId,
                defaultGdapRelationshipId);
    }
}
