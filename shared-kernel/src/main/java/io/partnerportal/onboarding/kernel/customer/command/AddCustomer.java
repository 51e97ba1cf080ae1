package io.partnerportal.onboarding.kernel.customer.command;

import io.partnerportal.onboarding.kernel.customer.record.Address;
import io.partnerportal.onboarding.kernel.customer.record.BillingProfile;
import io.partnerportal.onboarding.kernel.customer.record.Contact;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A partner adds a customer record. {@code partnerId} is the partner whose customer this becomes: taken
 * from the authenticated caller, never from the request body. Ids are chosen by the sender, so that the
 * outcome of a command never depends on chance.
 */
public record AddCustomer(
        @TargetAggregateIdentifier String customerId,
        String partnerId,
        String companyName,
        String domainPrefix,
        String registrationId,
        String language,
        Contact primaryContact,
        Address address,
        boolean defaultGdapConsent,
        String associatedResellerId,
        String defaultGdapRelationshipId) {

    /** The part of the record that a billing change may change later. */
    public BillingProfile billingProfile() {
        return new BillingProfile(companyName, registrationId, primaryContact, address);
    }
}
