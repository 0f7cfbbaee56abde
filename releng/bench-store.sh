#!/bin/sh
# Store benchmark: 100,000 patients, histories, search latency against hand-written SQL, opening a
# 5-year record. Runs the shipped bundles on a plain class path in a JVM limited to 256 MB of heap,
# on a fresh embedded database in a temporary folder (about 1 GB free disk needed).
#   releng/bench-store.sh            # build first with ./mvnw verify -DskipTests
#   PATIENTS=10000 releng/bench-store.sh   # a quicker, smaller run
#   POSTGRES_URL=jdbc:postgresql://127.0.0.1:5432/atlas_bench releng/bench-store.sh
#       # the same figures on an empty database of a PostgreSQL server (user atlas, or POSTGRES_USER;
#       # POSTGRES_PASSWORD if the server asks for one)
#   BENCH_VM_OPTS=-Datlas.db.compactAbove=999999999999 releng/bench-store.sh
#       # JVM options for the run, here: the open file never rewritten (RunningCompaction), to compare
set -eu
. "$(dirname "$0")/bench-classpath.sh"
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
java -Xmx256m -XX:+UseSerialGC ${BENCH_VM_OPTS:-} -Dpatients="${PATIENTS:-100000}" -Dhistories="${HISTORIES:-1000}" \
  -Dpostgres.url="${POSTGRES_URL:-}" -Dpostgres.user="${POSTGRES_USER:-atlas}" -Dpostgres.password="${POSTGRES_PASSWORD:-}" \
  -cp "$bench:$plugins/*" atlas.benchmarks.StoreBenchmark "$data" 2>"$data.log" || {
  echo "bench-store: failed; the JVM said:" >&2; tail -n 30 "$data.log" >&2; exit 1; }
rm -f "$data.log"
