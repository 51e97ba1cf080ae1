package io.partnerportal.onboarding.platform.identity;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("A demo user's sign-in")
class PublicPasswordTest {

    private final MapReactiveUserDetailsService users = new MapReactiveUserDetailsService(
            User.withUsername("gina").password(DemoUsers.PASSWORD).roles("GLOBAL_ADMIN").build());

    @Test
    @DisplayName("accepts the public password and refuses any other")
    void checksThePassword() {
        var signIn = PublicPassword.signIn(users);

        assertThat(signIn.authenticate(new UsernamePasswordAuthenticationToken("gina", DemoUsers.PASSWORD)).block())
                .satisfies(authentication -> assertThat(authentication.isAuthenticated()).isTrue());
        assertThatThrownBy(() -> signIn.authenticate(new UsernamePasswordAuthenticationToken("gina", "not-demo")).block())
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    @DisplayName("never hashes the password again: with Spring's default encoder, each sign-in paid a bcrypt hash")
    void neverRehashes() {
        var signIn = PublicPassword.signIn(users);
        List<String> rehashed = new ArrayList<>();
        signIn.setUserDetailsPasswordService((user, newPassword) -> {
            rehashed.add(newPassword);
            return Mono.just(user);
        });

        for (int request = 0; request < 3; request++) {
            signIn.authenticate(new UsernamePasswordAuthenticationToken("gina", DemoUsers.PASSWORD)).block();
        }

        assertThat(rehashed).isEmpty();
    }
}
