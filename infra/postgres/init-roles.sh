#!/usr/bin/env bash
# Runs once, as the superuser, when the PostgreSQL volume is first created. The same SQL the
# API's embedded mode runs (apps/api/src/platform/database/roles.ts): an owner role for
# migrations and an application role that owns nothing and cannot bypass row-level security.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username postgres --dbname continuum \
  -v owner_pw="$CONTINUUM_OWNER_PASSWORD" -v app_pw="$CONTINUUM_APP_PASSWORD" <<'SQL'
CREATE ROLE continuum_owner LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEROLE PASSWORD :'owner_pw';
CREATE ROLE continuum_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEROLE NOCREATEDB PASSWORD :'app_pw';
ALTER DATABASE continuum OWNER TO continuum_owner;
REVOKE ALL ON DATABASE continuum FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE continuum TO continuum_app;
ALTER SCHEMA public OWNER TO continuum_owner;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO continuum_app;
SQL
