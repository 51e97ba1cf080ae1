package io.partnerportal.onboarding.kernel.customer.verification;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A verification is due three business days after submission")
class VerificationDeadlineTest {

    @ParameterizedTest(name = "submitted {0} ({2}) -> due {1}")
    @CsvSource({
            "2026-11-23T10:00:00Z, 2026-11-26T10:00:00Z, Monday: due Thursday",
            "2026-11-25T16:30:00Z, 2026-11-30T16:30:00Z, Wednesday: the weekend does not count",
            "2026-11-27T09:00:00Z, 2026-12-02T09:00:00Z, Friday: due Wednesday",
            "2026-11-28T12:00:00Z, 2026-12-02T12:00:00Z, Saturday: counting starts Monday",
            "2026-11-29T23:59:00Z, 2026-12-02T23:59:00Z, Sunday late: due Wednesday, like Saturday",
            "2026-12-31T08:00:00Z, 2027-01-05T08:00:00Z, across the new year"})
    void dueBy(Instant submittedAt, Instant expected, String reading) {
        assertThat(VerificationDeadline.dueBy(submittedAt)).isEqualTo(expected);
    }

    @Test
    @DisplayName("is overdue only once the due moment has passed")
    void overdue() {
        Instant friday = Instant.parse("2026-11-27T09:00:00Z");

        assertThat(VerificationDeadline.isOverdue(friday, Instant.parse("2026-12-02T09:00:00Z"))).isFalse();
        assertThat(VerificationDeadline.isOverdue(friday, Instant.parse("2026-12-02T09:00:01Z"))).isTrue();
        assertThat(VerificationDeadline.isOverdue(friday, Instant.parse("2026-11-30T09:00:00Z"))).isFalse();
    }
}
