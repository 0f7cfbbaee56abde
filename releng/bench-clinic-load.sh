#!/bin/sh
# A clinic of 20 workstations on one PostgreSQL server (issue 19): fills an EMPTY database, then 20
# desks (10 therapists, two desks each, each desk its own database service and connections) sign
# in and work at once for 10 minutes - search as they type, open records, autosave the note being
# written, fill forms, book visits - and the figures of each operation are printed with the checks
# that must hold: no lost update, no connection left open, the audit trail intact, no hang.
# Loopback only; bounded in desks and time; stops by itself (a watchdog ends a run that hangs).
#   releng/bench-clinic-load.sh jdbc:postgresql://127.0.0.1:5432/atlas_load   # build first: ./mvnw -B verify -DskipTests
#   DESKS=20 RUN_SECONDS=600 PATIENTS=10000 (the defaults); POSTGRES_USER (atlas), POSTGRES_PASSWORD
# Exit status 0 only when every check held.
set -eu
url=${1:?usage: bench-clinic-load.sh jdbc:postgresql://127.0.0.1:PORT/EMPTY_DATABASE}
case "$url" in
  jdbc:postgresql://127.0.0.1[:/]*|jdbc:postgresql://localhost[:/]*) ;;
  *) echo "bench-clinic-load: loopback servers only (127.0.0.1 or localhost): $url" >&2; exit 2 ;;
esac
desks=${DESKS:-20}
[ "$desks" -ge 2 ] && [ "$desks" -le 40 ] || { echo "bench-clinic-load: DESKS from 2 to 40" >&2; exit 2; }
seconds=${RUN_SECONDS:-600}
[ "$seconds" -ge 10 ] && [ "$seconds" -le 3600 ] || { echo "bench-clinic-load: a run of 10 to 3600 s" >&2; exit 2; }
. "$(dirname "$0")/bench-classpath.sh"
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
java -Xmx1g -Ddesks="$desks" -Dseconds="$seconds" -Dpatients="${PATIENTS:-10000}" \
  -Dpostgres.url="$url" -Dpostgres.user="${POSTGRES_USER:-atlas}" -Dpostgres.password="${POSTGRES_PASSWORD:-}" \
  -cp "$bench:$plugins/*" atlas.benchmarks.ClinicLoadBenchmark "$data" >"$data/out.log" 2>"$data/jvm.log" && status=0 || status=$?
# the figures and checks; the services' own INFO lines (each desk opening and closing) left out
grep -v '^[0-9:.]* INFO ' "$data/out.log" || true
if [ "$status" -ne 0 ]; then
  echo "bench-clinic-load: failed (exit $status); the JVM's last lines:" >&2; tail -n 30 "$data/jvm.log" >&2; exit "$status"
fi
