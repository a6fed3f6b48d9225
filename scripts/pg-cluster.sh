#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on a loopback port, for the tests and benchmarks against PostgreSQL.
#   scripts/pg-cluster.sh start [port]   initialises (once) and starts it; prints the admin URL on stdout
#   scripts/pg-cluster.sh stop [port]    stops it and deletes its data
# Trust authentication, but only over 127.0.0.1 and the cluster's own socket folder: nothing else can reach it.
# PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` user.
set -euo pipefail
cmd=${1:?start or stop}
port=${2:-55432}
dir=/tmp/sharegraph-pg-$port

bindir=$(pg_config --bindir 2>/dev/null || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
fi
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "no PostgreSQL server binaries found (Debian: apt-get install postgresql)" >&2
  exit 3
fi

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case $cmd in
  start)
    if [ ! -f "$dir/PG_VERSION" ]; then
      rm -rf "$dir"
      mkdir -p "$dir"
      [ "$(id -u)" = 0 ] && chown postgres: "$dir"
      as_owner "$bindir/initdb" -D "$dir" -U postgres -A trust --no-sync >"$dir.initdb.log" 2>&1 \
        || { cat "$dir.initdb.log" >&2; exit 1; }
      printf 'local all all trust\nhost all all 127.0.0.1/32 trust\n' | as_owner tee "$dir/pg_hba.conf" >/dev/null
    fi
    if ! as_owner "$bindir/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
      # fsync off: the data is thrown away after the run, and the tests create and drop many databases.
      as_owner "$bindir/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    fi
    echo "postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    if [ -f "$dir/PG_VERSION" ]; then
      as_owner "$bindir/pg_ctl" -D "$dir" -m fast -w stop >/dev/null 2>&1 || true
      rm -rf "$dir" "$dir.initdb.log"
    fi
    ;;
  *) echo "usage: $0 start|stop [port]" >&2; exit 2 ;;
esac
