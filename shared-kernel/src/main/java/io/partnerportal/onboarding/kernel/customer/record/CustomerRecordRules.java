package io.partnerportal.onboarding.kernel.customer.record;

import io.partnerportal.onboarding.kernel.customer.registrationid.RegistrationIds;
import io.partnerportal.onboarding.kernel.customer.record.BillingProfile;
import io.partnerportal.onboarding.kernel.customer.record.Contact;
import io.partnerportal.onboarding.kernel.rejection.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rules a customer record must meet (domain page, "Adding a customer"), as pure functions from the
 * record to every violation at once. The billing part is checked again on every billing change.
 */
public final class CustomerRecordRules {

    private CustomerRecordRules() {
    }

    /** A new customer's record: its domain prefix and language, and its billing profile. */
    public static List<Violation> violations(String domainPrefix, String language, BillingProfile profile,
                                             Set<String> partnerEmailDomains) {
        var found = new ArrayList<Violation>();
        found.addAll(DomainPrefix.violations("domainPrefix", domainPrefix));
        found.addAll(Language.violations("language", language));
        found.addAll(violations(profile, partnerEmailDomains));
        return List.copyOf(found);
    }

    public static List<Violation> violations(BillingProfile profile, Set<String> partnerEmailDomains) {
        var found = new ArrayList<Violation>();
        found.addAll(CompanyName.violations("companyName", profile.companyName()));
        found.addAll(PostalAddress.violations("address", profile.address()));
        String country = profile.address() == null ? null : profile.address().country();
        boolean registrationRequired = country != null && RegistrationIds.requiresRegistrationIdAndPhone(country);
        if (country != null && Countries.isKnown(country)) {
            found.addAll(RegistrationIds.violations("registrationId", country, profile.registrationId()));
        }
        contactViolations(found, "primaryContact", profile.primaryContact(), partnerEmailDomains, registrationRequired);
        return List.copyOf(found);
    }

    /** Accepted, but reported back and recorded in the event (e.g. a domain ending in the company name). */
    public static List<Violation> warnings(String companyName) {
        return CompanyName.warnings("companyName", companyName);
    }

    private static void contactViolations(List<Violation> found, String path, Contact contact,
                                          Set<String> partnerEmailDomains, boolean phoneRequired) {
        if (contact == null) {
            found.add(Violation.required(path));
            return;
        }
        found.addAll(PersonName.violations(path + ".firstName", contact.firstName()));
        found.addAll(PersonName.violations(path + ".lastName", contact.lastName()));
        found.addAll(EmailAddress.violations(path + ".email", contact.email(), partnerEmailDomains));
        if (phoneRequired && (contact.phone() == null || contact.phone().isBlank())) {
            found.add(new Violation(path + ".phone", "REQUIRED",
                    path + ".phone is required for customers in this country"));
        } else {
            found.addAll(Phone.violations(path + ".phone", contact.phone()));
        }
    }
}
