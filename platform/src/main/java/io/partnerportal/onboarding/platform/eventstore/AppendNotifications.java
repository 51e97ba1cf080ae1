package io.partnerportal.onboarding.platform.eventstore;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * On PostgreSQL, says on {@value #CHANNEL} that events were appended, once per committed unit of work, so
 * that a query side in another process reads them at once (it {@code LISTEN}s) instead of at its next poll.
 * A notification lost (the listener reconnecting, the database busy) costs only that poll's delay.
 */
public final class AppendNotifications {

    /** The PostgreSQL channel the event store's writers notify and the query sides listen on. */
    public static final String CHANNEL = "onboarding_events";

    private static final Logger log = LoggerFactory.getLogger(AppendNotifications.class);
    private static final String REGISTERED = AppendNotifications.class.getName();

    private AppendNotifications() {
    }

    /** Notifies after each unit of work that appended events to {@code events} has committed. */
    static void register(EventStore events, DataSource dataSource) {
        events.registerDispatchInterceptor(messages -> {
            CurrentUnitOfWork.ifStarted(unitOfWork -> unitOfWork.root().getOrComputeResource(REGISTERED, key -> {
                unitOfWork.root().afterCommit(committed -> notify(dataSource));
                return Boolean.TRUE;
            }));
            return (index, event) -> event;
        });
    }

    private static void notify(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("NOTIFY " + CHANNEL);
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            log.debug("Could not notify {}; listeners find the events at their next poll", CHANNEL, e);
        }
    }
}
