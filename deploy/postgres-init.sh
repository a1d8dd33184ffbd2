#!/bin/sh
# Runs once, on an empty data volume: the server's own role. Migrations (as the owner) grant it what it may do:
# everything on the domain tables, only INSERT and SELECT on the audit trail.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<SQL
CREATE ROLE concord_app LOGIN PASSWORD '${CONCORD_APP_PASSWORD}';
GRANT CONNECT ON DATABASE ${POSTGRES_DB} TO concord_app;
SQL
