package io.partnerportal.onboarding.kernel.customer.registrationid;

import io.partnerportal.onboarding.kernel.rejection.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("An Indian registration id (GSTIN, company PAN or CIN)")
class IndianTaxIdTest {

    private static List<String> codes(String registrationId) {
        return RegistrationIds.violations("registrationId", "IN", registrationId).stream()
                .map(Violation::code).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"27AAPFU0939F1ZV", "27aapfu0939f1zv", "27 AAPFU 0939 F1ZV", "29AAACI1681G1ZL"})
    @DisplayName("a GSTIN with a matching mod-36 check character is accepted")
    void acceptsAValidGstin(String gstin) {
        assertThat(codes(gstin)).isEmpty();
    }

    @Test
    @DisplayName("a sole proprietor's GSTIN is a business registration, so it is accepted")
    void acceptsAProprietorsGstin() {
        assertThat(codes("27ABCPM1234A1ZD")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"27AAPFU0939F1ZW", "29AAACI1681G1ZK", "27AAPFU0939F1Z0"})
    @DisplayName("a GSTIN with a wrong check character is refused")
    void refusesAWrongCheckCharacter(String gstin) {
        assertThat(codes(gstin)).containsExactly("REGISTRATION_ID_CHECK_DIGIT");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"AAPFU0939F", "AAACI1681G", "aaaci1681g", "AAAGB1234C", "AAATR1234X"})
    @DisplayName("the PAN of a company, firm, government body, trust, ... is accepted")
    void acceptsAnOrganisationsPan(String pan) {
        assertThat(codes(pan)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ABCPM1234A", "AAPPV8261K"})
    @DisplayName("the PAN of an individual (holder type P) is refused as personal")
    void refusesAnIndividualsPan(String pan) {
        assertThat(codes(pan)).containsExactly("PERSONAL_ID_NOT_ALLOWED");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"U72900KA2005PTC035000", "L17110MH1973PLC019786"})
    @DisplayName("a CIN is accepted by its shape")
    void acceptsACin(String cin) {
        assertThat(codes(cin)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "ABCXM1234A",             // PAN holder type X does not exist
            "ABCCM12345",             // PAN ends with a digit
            "27AAPXU0939F1ZV",        // GSTIN embedding a PAN of unknown holder type X
            "27AAPFU0939F1YV",        // GSTIN without the Z
            "27AAPFU0939F0ZV",        // GSTIN entity number 0
            "123456789012345",
            "X72900KA2005PTC035000",  // CIN neither listed nor unlisted
            "U72900KA2005PTC03500"})
    @DisplayName("anything else is refused as malformed")
    void refusesOtherShapes(String value) {
        assertThat(codes(value)).containsExactly("REGISTRATION_ID_FORMAT");
    }

    @Test
    @DisplayName("the format message names all three accepted ids")
    void messageNamesAllThree() {
        assertThat(RegistrationIds.violations("registrationId", "IN", "12345").getFirst().message())
                .contains("GSTIN", "PAN", "CIN");
    }
}
