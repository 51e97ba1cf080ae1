package io.partnerportal.onboarding.kernel.customer.verification;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Verification usually takes three business days or less: a customer submitted at some moment is due
 * three working days (Monday to Friday, UTC) later, at the same time of day. A submission on a weekend
 * starts counting on Monday.
 */
public final class VerificationDeadline {

    public static final int BUSINESS_DAYS = 3;

    private VerificationDeadline() {
    }

    public static Instant dueBy(Instant submittedAt) {
        ZonedDateTime due = submittedAt.atZone(ZoneOffset.UTC);
        int counted = 0;
        while (counted < BUSINESS_DAYS) {
            due = due.plusDays(1);
            if (isBusinessDay(due.getDayOfWeek())) {
                counted++;
            }
        }
        return due.toInstant();
    }

    public static boolean isOverdue(Instant submittedAt, Instant now) {
        return now.isAfter(dueBy(submittedAt));
    }

    private static boolean isBusinessDay(DayOfWeek day) {
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }
}
