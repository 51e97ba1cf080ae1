package io.partnerportal.onboarding.kernel.customer;

import java.time.LocalDate;

/** Who at the customer accepted the Microsoft Customer Agreement, and on which day. */
public record McaAcceptance(Contact acceptedBy, LocalDate dateAccepted) {
}
