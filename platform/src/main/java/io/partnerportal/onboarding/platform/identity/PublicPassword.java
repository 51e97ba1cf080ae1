package io.partnerportal.onboarding.platform.identity;

import org.springframework.security.authentication.UserDetailsRepositoryReactiveAuthenticationManager;
import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * How a demo user's password is checked. The password is public by contract, so a hash of it would protect
 * nothing: it is kept as it is and compared in constant time. It never asks for an "upgrade". Spring
 * Security's default encoder does ask for one for a plain password, and its sign-in then hashes the presented
 * password with bcrypt on every request (about 60 ms of CPU), whatever becomes of the hash.
 */
final class PublicPassword implements PasswordEncoder {

    /** A sign-in by HTTP Basic against {@code users}, checking their public password as it is. */
    static UserDetailsRepositoryReactiveAuthenticationManager signIn(ReactiveUserDetailsService users) {
        var manager = new UserDetailsRepositoryReactiveAuthenticationManager(users);
        manager.setPasswordEncoder(new PublicPassword());
        return manager;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return rawPassword.toString();
    }

    @Override
    public boolean matches(CharSequence rawPassword, String storedPassword) {
        return storedPassword != null && MessageDigest.isEqual(rawPassword.toString().getBytes(StandardCharsets.UTF_8),
                storedPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean upgradeEncoding(String storedPassword) {
        return false;
    }
}
