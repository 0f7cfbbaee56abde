#!/bin/sh
# FHIR export benchmark (issue 20): the store benchmark's clinic (100,000 patients, a year's history
# for 1,000 of them, 5 years for one) made on a fresh embedded database in a temporary folder, then
# the 5-year record exported as a FHIR Bundle (and that Bundle imported into an empty Atlas) and the
# whole clinic as FHIR Bulk Data, in a JVM with
# 256 MB of heap. About 1 GB free disk needed; the clinic takes about 6 minutes to make.
#   releng/bench-fhir.sh                                 # build first with ./mvnw verify -DskipTests
#   PATIENTS=10000 HISTORIES=100 releng/bench-fhir.sh    # a quicker, smaller run
set -eu
. "$(dirname "$0")/bench-classpath.sh"
data=$(mktemp -d)
trap 'rm -rf "$data" "$data.log"' EXIT
hapi=$(ls -d "$plugins"/atlas.fhir.hapi_*/ | head -n 1)
java -Xmx256m -XX:+UseSerialGC -Dpatients="${PATIENTS:-100000}" -Dhistories="${HISTORIES:-1000}" \
  -cp "$bench:$plugins/*:${hapi}lib/*" atlas.benchmarks.FhirExportBenchmark "$data" 2>"$data.log" | grep '^|' || {
  echo "bench-fhir: failed; the JVM said:" >&2; tail -n 30 "$data.log" >&2; exit 1; }
