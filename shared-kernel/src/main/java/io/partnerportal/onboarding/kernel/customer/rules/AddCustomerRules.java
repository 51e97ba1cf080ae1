package io.partnerportal.onboarding.kernel.customer.rules;

import io.partnerportal.onboarding.kernel.customer.Address;
import io.partnerportal.onboarding.kernel.customer.Contact;
import io.partnerportal.onboarding.kernel.customer.command.AddCustomer;
import io.partnerportal.onboarding.kernel.rules.Violation;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules a new customer record must meet, as a pure function from the command to every violation.
 * For now: the required fields are present. The per-field rules of the domain page slot in here.
 */
public final class AddCustomerRules {

    private AddCustomerRules() {
    }

    public static List<Violation> violations(AddCustomer command) {
        var found = new ArrayList<Violation>();
        requireText(found, "companyName", command.companyName());
        requireText(found, "domainPrefix", command.domainPrefix());
        requireText(found, "language", command.language());
        contactViolations(found, "primaryContact", command.primaryContact());
        addressViolations(found, "address", command.address());
        return List.copyOf(found);
    }

    private static void contactViolations(List<Violation> found, String path, Contact contact) {
        if (contact == null) {
            found.add(Violation.required(path));
            return;
        }
        requireText(found, path + ".firstName", contact.firstName());
        requireText(found, path + ".lastName", contact.lastName());
        requireText(found, path + ".email", contact.email());
    }

    private static void addressViolations(List<Violation> found, String path, Address address) {
        if (address == null) {
            found.add(Violation.required(path));
            return;
        }
        requireText(found, path + ".addressLine1", address.addressLine1());
        requireText(found, path + ".city", address.city());
        requireText(found, path + ".country", address.country());
    }

    private static void requireText(List<Violation> found, String field, String value) {
        if (value == null || value.isBlank()) {
            found.add(Violation.required(field));
        }
    }
}
