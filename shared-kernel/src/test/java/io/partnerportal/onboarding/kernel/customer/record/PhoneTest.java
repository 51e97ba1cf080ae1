package io.partnerportal.onboarding.kernel.customer.record;

import io.partnerportal.onboarding.kernel.rejection.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A contact's phone number")
class PhoneTest {

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    @DisplayName("is optional here: a missing number breaks no rule")
    void optional(String phone) {
        assertThat(Phone.violations("primaryContact.phone", phone)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"+55 11 4004 0001", "+49 (30) 1234567", "+1-425-555-0100", "+44 20 7946 0958",
            "0800.123.4567", "1234567", "+861012345678901", "(425) 555-0100", " +39 06 6988 4857 "})
    @DisplayName("an international number of 7 to 15 digits, grouped by spaces, hyphens, dots or parentheses, is "
            + "accepted")
    void wellFormedPasses(String phone) {
        assertThat(Phone.violations("primaryContact.phone", phone)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"123456", "+1 234 56", "1234567890123456", "+49 30 1234 5678 9012",
            "+49 30 CALL-NOW", "0049/30/1234567", "++49 30 1234567", "49+30 1234567", "+49 30 1234567 ext. 12",
            "+49 ((30)) 1234567", "+49 30) 1234567(", "+49 (30 1234567", "phone", "١٢٣٤٥٦٧٨"})
    @DisplayName("anything else is refused")
    void malformed(String phone) {
        assertThat(Phone.violations("primaryContact.phone", phone)).extracting(Violation::code)
                .containsExactly("PHONE_FORMAT");
    }

    @Test
    @DisplayName("the message states the expected form, on the given field")
    void message() {
        assertThat(Phone.violations("contacts[1].phone", "12")).singleElement()
                .satisfies(v -> assertThat(v.field()).isEqualTo("contacts[1].phone"))
                .extracting(Violation::message).asString().contains("7 to 15 digits");
    }
}
