package io.partnerportal.onboarding.platform.testing;

import reactor.blockhound.BlockHound;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * What BlockHound counts as blocking on an event-loop thread, beyond its own list, and what it lets through,
 * each for a stated reason. The HTTP tests of every module that depends on blockhound-junit-platform run
 * with BlockHound installed, so a blocking call on a Netty event loop fails them.
 */
public final class EventLoopAllowances implements BlockHoundIntegration {

    @Override
    public void applyTo(BlockHound.Builder builder) {
        // Taking a JDBC connection may wait for the pool, and the event store in an H2 file does its I/O
        // through FileChannel, which BlockHound does not watch: without this, a command run on the event loop
        // against the embedded default would pass unseen.
        builder.markAsBlocking("com.zaxxer.hikari.HikariDataSource", "getConnection", "()Ljava/sql/Connection;");
        // A random UUID reads /dev/urandom, which never waits for entropy once the system is up.
        builder.allowBlockingCallsInside("java.util.UUID", "randomUUID");
    }
}
