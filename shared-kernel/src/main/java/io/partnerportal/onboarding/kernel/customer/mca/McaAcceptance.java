package io.partnerportal.onboarding.kernel.customer.mca;

import io.partnerportal.onboarding.kernel.customer.record.Contact;
import java.time.LocalDate;

/** Who at the customer accepted the Microsoft Customer Agreement, and on which day. */
public record McaAcceptance(Contact acceptedBy, LocalDate dateAccepted) {
}
