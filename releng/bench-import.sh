#!/bin/sh
# CSV import benchmark (issue 20): 10,000 patients written as another system's CSV export, then
# read, mapped, checked and registered in one transaction by the code the window and
# `atlas --import-patients` run, on a fresh embedded database in a temporary folder. The JVM has
# the command line's heap (512 MB).
#   releng/bench-import.sh                  # build first with ./mvnw verify -DskipTests
#   PATIENTS=100000 releng/bench-import.sh  # a larger clinic (about 10 MB of CSV)
set -eu
. "$(dirname "$0")/bench-classpath.sh"
data=$(mktemp -d)
trap 'rm -rf "$data" "$data.log"' EXIT
java -Xmx512m -XX:+UseSerialGC -Dpatients="${PATIENTS:-10000}" \
  -cp "$bench:$plugins/*" atlas.benchmarks.CsvImportBenchmark "$data" 2>"$data.log" | grep '^|' || {
  echo "bench-import: failed; the JVM said:" >&2; tail -n 30 "$data.log" >&2; exit 1; }
