#!/usr/bin/env bash
# Start a throw-away PostgreSQL server on loopback for the test suite and print the URL
# to export as CLAIMTRACK_TEST_PG_URL. Installs Debian's postgresql package when missing
# (needs root). Usage: eval "$(scripts/start-postgres.sh)"
set -euo pipefail
PORT="${CT_PG_PORT:-55432}"
DATA="${CT_PG_DATA:-/tmp/claimtrack-pg-$PORT}"
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bindir" ]; then
  if [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2
    bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  else
    echo "start-postgres: PostgreSQL is not installed (apt-get install postgresql)" >&2
    exit 1
  fi
fi
run_as() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
if ! run_as "$bindir/pg_ctl -D $DATA status" >/dev/null 2>&1; then
  rm -rf "$DATA"
  mkdir -p "$DATA"
  [ "$(id -u)" = 0 ] && chown postgres "$DATA"
  run_as "$bindir/initdb -D $DATA -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >&2
  run_as "$bindir/pg_ctl -D $DATA -l $DATA/server.log -o '-p $PORT -k /tmp -c listen_addresses=127.0.0.1' -w start" >&2
fi
echo "export CLAIMTRACK_TEST_PG_URL=postgresql://postgres@127.0.0.1:$PORT/postgres"
