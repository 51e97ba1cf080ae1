package io.partnerportal.onboarding.query.processing;

import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * When the newest event each projection has handled was appended: how far behind in time a projection that
 * is behind is. Kept in memory by this instance; after a restart it is unknown until the next event.
 */
@Component
public class ProjectionActivity {

    private final ConcurrentMap<String, Instant> lastHandled = new ConcurrentHashMap<>();

    void handled(String projection, Instant appendedAt) {
        lastHandled.merge(projection, appendedAt, (known, newer) -> newer.isAfter(known) ? newer : known);
    }

    /** When the newest event {@code projection} handled here was appended, if it handled any. */
    public Optional<Instant> lastHandled(String projection) {
        return Optional.ofNullable(lastHandled.get(projection));
    }

    /** Forgets what a projection handled, when it starts again from the first event. */
    public void restarted(String projection) {
        lastHandled.remove(projection);
    }
}
