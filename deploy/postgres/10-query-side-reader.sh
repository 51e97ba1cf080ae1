#!/bin/sh
# Runs once, when the PostgreSQL container initialises an empty data directory: the query side's login,
# which reads the event store and may change nothing in it. The command side owns the schema (Flyway runs
# as the owner), and every table it creates is readable by this role.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<SQL
CREATE ROLE onboarding_reader LOGIN PASSWORD '$EVENTSTORE_READER_PASSWORD';
ALTER DEFAULT PRIVILEGES FOR ROLE $POSTGRES_USER IN SCHEMA public GRANT SELECT ON TABLES TO onboarding_reader;
SQL
