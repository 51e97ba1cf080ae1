package io.partnerportal.onboarding.query.processing;

import io.partnerportal.onboarding.platform.eventstore.AppendNotifications;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * On PostgreSQL, listens for the event store's writers saying that they appended events (wherever they run)
 * and wakes the projections ({@link EventArrivals}). One connection is held for it. When the connection
 * fails, it connects again a second later; meanwhile the projections poll, so nothing is missed, only later.
 */
@Component
class PostgresEventNotifications implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PostgresEventNotifications.class);
    private static final int WAIT_MILLIS = 1_000;

    private final DataSource dataSource;
    private final EventArrivals arrivals;
    private final boolean postgres;
    private volatile Thread listener;

    PostgresEventNotifications(DataSource dataSource, DataSourceProperties properties, EventArrivals arrivals) {
        this.dataSource = dataSource;
        this.arrivals = arrivals;
        this.postgres = properties.getUrl() != null && properties.getUrl().startsWith("jdbc:postgresql:");
    }

    @Override
    public void start() {
        if (postgres) {
            listener = Thread.ofPlatform().name("event-notifications").daemon().start(this::listen);
        }
    }

    @Override
    public void stop() {
        Thread running = listener;
        listener = null;
        if (running != null) {
            running.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return listener != null;
    }

    private void listen() {
        while (listener == Thread.currentThread()) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + AppendNotifications.CHANNEL);
                }
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (listener == Thread.currentThread()) {
                    var received = notifications.getNotifications(WAIT_MILLIS);
                    if (received != null && received.length > 0) {
                        arrivals.arrived();
                    }
                }
            } catch (SQLException e) {
                if (listener == Thread.currentThread()) {
                    log.warn("Listening for appended events failed ({}); projections poll until it connects again",
                            e.getMessage());
                    pause();
                }
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
