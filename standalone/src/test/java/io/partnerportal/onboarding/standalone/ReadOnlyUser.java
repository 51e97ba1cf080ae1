package io.partnerportal.onboarding.standalone;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database user that may only read the event store, as the query side gets in the split deployment. On
 * the embedded H2 store the test makes one; on PostgreSQL it takes the role named by
 * {@code EVENTSTORE_READER_USER} and {@code EVENTSTORE_READER_PASSWORD} (.ci/run creates it; creating roles
 * needs rights the event store's owner does not have) and grants it read rights on the tables.
 */
record ReadOnlyUser(String name, String password, String url) {

    /** How the query side is started as this user: no schema migration, and only the rights of a reader. */
    String[] arguments() {
        var arguments = new java.util.ArrayList<>(java.util.List.of("--spring.datasource.username=" + name,
                "--spring.datasource.password=" + password, "--spring.flyway.enabled=false"));
        if (url != null) {
            arguments.add("--spring.datasource.url=" + url);
        }
        return arguments.toArray(String[]::new);
    }

    static ReadOnlyUser grantedOn(JdbcTemplate owner) {
        String url = owner.execute((java.sql.Connection connection) -> connection.getMetaData().getURL());
        if (url.startsWith("jdbc:h2:")) {
            owner.execute("CREATE USER IF NOT EXISTS onboarding_reader PASSWORD 'read-only'");
            owner.execute("GRANT SELECT ON SCHEMA public TO onboarding_reader");
            // The database-wide settings of the owner's URL (mode, write delay) need admin rights to set again;
            // the database already has them.
            return new ReadOnlyUser("onboarding_reader", "read-only", url.replaceAll(";.*$", "") + ";DB_CLOSE_ON_EXIT=FALSE");
        }
        String name = System.getenv("EVENTSTORE_READER_USER");
        String password = System.getenv("EVENTSTORE_READER_PASSWORD");
        if (name == null || password == null) {
            throw new IllegalStateException("Against PostgreSQL, set EVENTSTORE_READER_USER and EVENTSTORE_READER_PASSWORD "
                    + "to a login role without rights of its own (see .ci/run), for the query side's read-only test");
        }
        owner.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + name);
        return new ReadOnlyUser(name, password, null);
    }
}
