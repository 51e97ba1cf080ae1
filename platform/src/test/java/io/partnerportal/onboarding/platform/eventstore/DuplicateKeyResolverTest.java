package io.partnerportal.onboarding.platform.eventstore;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchException;

@DisplayName("The duplicate-key resolver")
class DuplicateKeyResolverTest {

    private final DuplicateKeyResolver resolver = new DuplicateKeyResolver();

    @Test
    @DisplayName("recognises a unique violation inside a batched append, as the event store sees it")
    void recognisesBatchedUniqueViolation() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:dup;MODE=PostgreSQL")) {
            connection.createStatement().execute("CREATE TABLE stream (aggregate VARCHAR(10), seq BIGINT, UNIQUE (aggregate, seq))");
            var insert = connection.prepareStatement("INSERT INTO stream VALUES (?, ?)");
            for (int i = 0; i < 2; i++) {
                insert.setString(1, "c-1");
                insert.setLong(2, 0);
                insert.addBatch();
            }

            Exception failure = catchException(insert::executeBatch);

            assertThat(resolver.isDuplicateKeyViolation(new RuntimeException("append failed", failure))).isTrue();
        }
    }

    @Test
    @DisplayName("does not mistake another failure for a conflict")
    void otherFailuresAreNotConflicts() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:other;MODE=PostgreSQL")) {
            Exception failure = catchException(() -> connection.createStatement().execute("SELECT * FROM missing"));

            assertThat(resolver.isDuplicateKeyViolation(new RuntimeException(failure))).isFalse();
        }
    }
}
