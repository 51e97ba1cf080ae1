package io.partnerportal.onboarding.platform.eventstore;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.ReadEventDataWithGapsStatementBuilder;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * How a processor reads the events past its token when the token still waits for some gaps: the events after
 * the token's index and those at the gaps, as two lookups on the primary key joined by {@code UNION ALL}.
 * Axon's own statement asks for {@code (index > ? AND index <= ?) OR index IN (…)}, which H2 answers by reading
 * the whole table in index order: on the embedded default, every fetch of every processor cost a pass over
 * every event ever stored for as long as any gap was open (a rolled-back append keeps one open for a minute).
 * The two parts never overlap, since every gap lies at or below the token's index. PostgreSQL plans both forms
 * as index scans.
 */
final class ReadEventsWithGaps implements ReadEventDataWithGapsStatementBuilder {

    @Override
    public PreparedStatement build(Connection connection, EventSchema schema, long globalIndex, int batchSize,
                                   List<Long> gaps) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql(schema, gaps.size()));
        statement.setLong(1, globalIndex);
        statement.setLong(2, globalIndex + batchSize);
        for (int i = 0; i < gaps.size(); i++) {
            statement.setLong(i + 3, gaps.get(i));
        }
        return statement;
    }

    static String sql(EventSchema schema, int gaps) {
        String select = "SELECT " + schema.trackedEventFields() + " FROM " + schema.domainEventTable() + " WHERE ";
        String index = schema.globalIndexColumn();
        String batch = select + index + " > ? AND " + index + " <= ?";
        // Axon asks this builder only while gaps are open; an empty IN () would not parse, so none reads the batch.
        String atGaps = gaps == 0 ? ""
                : " UNION ALL " + select + index + " IN (" + String.join(",", Collections.nCopies(gaps, "?")) + ")";
        return batch + atGaps + " ORDER BY " + index + " ASC";
    }
}
