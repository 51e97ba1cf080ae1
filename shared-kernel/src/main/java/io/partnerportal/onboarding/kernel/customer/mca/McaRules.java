package io.partnerportal.onboarding.kernel.customer.mca;

import io.partnerportal.onboarding.kernel.customer.record.EmailAddress;
import io.partnerportal.onboarding.kernel.customer.record.PersonName;
import io.partnerportal.onboarding.kernel.customer.record.Phone;
import io.partnerportal.onboarding.kernel.customer.mca.McaAcceptance;
import io.partnerportal.onboarding.kernel.rejection.Violation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The rules of an MCA acceptance: who accepted (a real person at the customer) and a date not in the future. */
public final class McaRules {

    /** The earliest time zone: a date that is today anywhere on Earth is not "in the future". */
    private static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);

    private McaRules() {
    }

    public static List<Violation> violations(McaAcceptance acceptance, Clock clock) {
        var found = new ArrayList<Violation>();
        if (acceptance == null) {
            return List.of(Violation.required("acceptedBy"), Violation.required("dateAccepted"));
        }
        if (acceptance.acceptedBy() == null) {
            found.add(Violation.required("acceptedBy"));
        } else {
            found.addAll(PersonName.violations("acceptedBy.firstName", acceptance.acceptedBy().firstName()));
            found.addAll(PersonName.violations("acceptedBy.lastName", acceptance.acceptedBy().lastName()));
            found.addAll(EmailAddress.violations("acceptedBy.email", acceptance.acceptedBy().email(), Set.of()));
            found.addAll(Phone.violations("acceptedBy.phone", acceptance.acceptedBy().phone()));
        }
        if (acceptance.dateAccepted() == null) {
            found.add(Violation.required("dateAccepted"));
        } else if (acceptance.dateAccepted().isAfter(LocalDate.now(clock.withZone(EARLIEST_ZONE)))) {
            found.add(new Violation("dateAccepted", "DATE_IN_FUTURE", "dateAccepted cannot be in the future"));
        }
        return List.copyOf(found);
    }
}
