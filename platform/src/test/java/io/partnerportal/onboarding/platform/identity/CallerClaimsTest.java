package io.partnerportal.onboarding.platform.identity;

import io.partnerportal.onboarding.kernel.identity.Caller;
import io.partnerportal.onboarding.kernel.identity.PartnerKind;
import io.partnerportal.onboarding.kernel.identity.Role;
import io.partnerportal.onboarding.kernel.rejection.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

@DisplayName("A bearer token's caller claims")
class CallerClaimsTest {

    /** A partner's admin agent: everything a partner's staff member's token says. */
    private static Jwt.Builder partnerStaff() {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("u-17")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60))
                .claim("partner_id", "P-2000").claim("partner_kind", "INDIRECT_PROVIDER")
                .claim("roles", List.of("ADMIN_AGENT"));
    }

    private static CallerClaims.Reading read(Jwt.Builder token) {
        return CallerClaims.read(token.build());
    }

    @Nested
    @DisplayName("name a caller")
    class Accepted {

        @Test
        @DisplayName("a partner's staff member from sub, partner_id, partner_kind and roles")
        void partnerStaffMember() {
            assertThat(read(partnerStaff())).isEqualTo(new CallerClaims.Identified(
                    new Caller("u-17", "P-2000", PartnerKind.INDIRECT_PROVIDER, Set.of(Role.ADMIN_AGENT))));
        }

        @Test
        @DisplayName("platform staff from sub and roles, without a partner")
        void platformStaff() {
            var token = partnerStaff().claims(claims -> {
                claims.remove("partner_id");
                claims.remove("partner_kind");
            }).claim("roles", List.of("AUDITOR"));

            assertThat(read(token)).isEqualTo(new CallerClaims.Identified(
                    new Caller("u-17", null, null, Set.of(Role.AUDITOR))));
        }

        @Test
        @DisplayName("roles as a list, or as one string separated by spaces or commas; roles of other services are left out")
        void rolesInEitherShape() {
            assertThat(CallerClaims.knownRoles(List.of("SALES_AGENT", "billing.reader"))).containsExactly(Role.SALES_AGENT);
            assertThat(CallerClaims.knownRoles("SALES_AGENT ADMIN_AGENT")).containsExactlyInAnyOrder(Role.SALES_AGENT, Role.ADMIN_AGENT);
            assertThat(CallerClaims.knownRoles("SALES_AGENT,ADMIN_AGENT")).containsExactlyInAnyOrder(Role.SALES_AGENT, Role.ADMIN_AGENT);
            assertThat(CallerClaims.knownRoles(42)).isEmpty();
        }
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                refusal("without sub", token -> token.claims(claims -> claims.remove("sub")), "sub", "REQUIRED"),
                refusal("with a blank sub", token -> token.subject(" "), "sub", "REQUIRED"),
                refusal("without roles", token -> token.claims(claims -> claims.remove("roles")), "roles", "NO_KNOWN_ROLE"),
                refusal("with no role this backend knows", token -> token.claim("roles", List.of("SUPERUSER", "admin_agent")),
                        "roles", "NO_KNOWN_ROLE"),
                refusal("with an empty partner_id", token -> token.claim("partner_id", ""), "partner_id", "PARTNER_ID_FORMAT"),
                refusal("with a malformed partner_id", token -> token.claim("partner_id", "P-2000 OR 1=1"),
                        "partner_id", "PARTNER_ID_FORMAT"),
                refusal("with a partner_id that is not text", token -> token.claim("partner_id", 2000),
                        "partner_id", "PARTNER_ID_FORMAT"),
                refusal("with an unknown partner_kind", token -> token.claim("partner_kind", "DISTRIBUTOR"),
                        "partner_kind", "UNKNOWN_VALUE"),
                refusal("with partner_id but no partner_kind", token -> token.claims(claims -> claims.remove("partner_kind")),
                        "partner_kind", "REQUIRED"),
                refusal("with partner_kind but no partner_id", token -> token.claims(claims -> claims.remove("partner_id")),
                        "partner_id", "REQUIRED"));
    }

    private static Arguments refusal(String name, UnaryOperator<Jwt.Builder> change, String claim, String code) {
        return arguments(name, change, claim, code);
    }

    @ParameterizedTest(name = "{0}: {2} {3}", quoteTextArguments = false)
    @MethodSource("refusals")
    @DisplayName("refuse a token")
    void refused(String name, UnaryOperator<Jwt.Builder> change, String claim, String code) {
        assertThat(read(change.apply(partnerStaff()))).isInstanceOfSatisfying(CallerClaims.Refused.class, refused -> {
            Violation rule = refused.violation();
            assertThat(rule.field()).isEqualTo(claim);
            assertThat(rule.code()).isEqualTo(code);
            // A sentence for a person that names the claim and the rule.
            assertThat(rule.message()).startsWith("The token").contains(claim).endsWith(".");
        });
    }

    @Test
    @DisplayName("say what a well-formed partner_id and partner_kind are")
    void messagesStateTheRule() {
        assertThat(((CallerClaims.Refused) read(partnerStaff().claim("partner_id", ""))).violation().message())
                .isEqualTo("The token's partner is malformed: partner_id must be P- followed by 1 to 10 digits, "
                        + "such as P-1000, or be absent for platform staff.");
        assertThat(((CallerClaims.Refused) read(partnerStaff().claim("partner_kind", "X"))).violation().message())
                .contains("DIRECT_BILL, INDIRECT_PROVIDER, INDIRECT_RESELLER");
    }
}
