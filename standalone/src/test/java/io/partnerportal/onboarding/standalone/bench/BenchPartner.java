package io.partnerportal.onboarding.standalone.bench;

import io.partnerportal.onboarding.kernel.identity.Caller;
import io.partnerportal.onboarding.kernel.identity.PartnerKind;
import io.partnerportal.onboarding.kernel.identity.Role;
import io.partnerportal.onboarding.platform.testing.TestIssuer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The caller of the load: a direct-bill partner's global admin, signed in with a JWT from the test issuer
 * (a key pair made for this run; the backend is given its public key, as a deployment would be).
 */
final class BenchPartner {

    static final Caller ADMIN = new Caller("bench-admin", "P-1000", PartnerKind.DIRECT_BILL, Set.of(Role.GLOBAL_ADMIN));

    private BenchPartner() {
    }

    /** A token that outlives the run (the test issuer's own last five minutes). */
    static String token(Duration validity) {
        return TestIssuer.sign(TestIssuer.claimsOf(ADMIN).expirationTime(Date.from(Instant.now().plus(validity))).build());
    }

    /** The backend's settings for trusting the test issuer, as Spring Boot command-line arguments. */
    static String[] jwtModeArguments() {
        List<String> arguments = new ArrayList<>();
        for (Map.Entry<String, Object> setting : TestIssuer.properties().entrySet()) {
            arguments.add("--" + setting.getKey() + "=" + setting.getValue());
        }
        return arguments.toArray(String[]::new);
    }
}
