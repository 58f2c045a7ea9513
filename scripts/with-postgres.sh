#!/usr/bin/env bash
# Run a command against a throwaway PostgreSQL server on 127.0.0.1, then stop it.
#   scripts/with-postgres.sh .venv/bin/python -m pytest
# The command sees TEST_DATABASE_URL (a role with CREATEDB, so Django can make its test database).
set -euo pipefail

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ]; then
  echo "PostgreSQL is not installed: run scripts/system-deps.sh (as root) or apt-get install postgresql" >&2
  exit 1
fi

workdir=$(mktemp -d /tmp/recert-pg.XXXXXX)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
as_owner() { "$@"; }
if [ "$(id -u)" -eq 0 ]; then
  # initdb refuses to run as root: the server runs as the postgres user.
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown postgres "$workdir"
  as_owner() { runuser -u postgres -- "$@"; }
fi

stop() {
  as_owner "$bindir/pg_ctl" -D "$workdir/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$workdir"
}
trap stop EXIT

as_owner "$bindir/initdb" -D "$workdir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_owner "$bindir/pg_ctl" -D "$workdir/data" -l "$workdir/server.log" -w \
  -o "-h 127.0.0.1 -p $port -k $workdir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
as_owner "$bindir/psql" -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -q \
  -c "CREATE ROLE recert LOGIN CREATEDB PASSWORD 'recert'" \
  -c "CREATE DATABASE recert OWNER recert"

echo "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
TEST_DATABASE_URL="postgres://recert:recert@127.0.0.1:$port/recert" "$@"
