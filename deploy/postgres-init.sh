#!/bin/sh
# Runs once, on an empty data volume, as the cluster's superuser (POSTGRES_USER, used for nothing else): two roles
# without superuser rights. concord_owner owns the database and runs the migrations; concord_app is the server's
# own role, which the migrations grant everything on the domain tables and only INSERT and SELECT on the audit
# trail. Passwords travel as psql variables (:'name' quotes them), never spliced into the SQL text.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v owner_password="$CONCORD_OWNER_PASSWORD" -v app_password="$CONCORD_APP_PASSWORD" <<'SQL'
CREATE ROLE concord_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'owner_password';
CREATE ROLE concord_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'app_password';
CREATE DATABASE concord OWNER concord_owner;
SQL
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname concord <<'SQL'
ALTER SCHEMA public OWNER TO concord_owner;
REVOKE ALL ON DATABASE concord FROM PUBLIC;
GRANT CONNECT ON DATABASE concord TO concord_owner, concord_app;
SQL
