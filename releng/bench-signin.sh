#!/bin/sh
# Sign-in benchmark: what encryption at rest costs at the start of a session. On a fresh embedded
# database of 10,000 patients whose key is protected, times the first sign-in of a start (the key
# opened with the password, the encrypted database opened, the account checked, a first search).
#   releng/bench-signin.sh                  # build first with ./mvnw verify -DskipTests
#   PATIENTS=100000 releng/bench-signin.sh  # a larger database
set -eu
. "$(dirname "$0")/bench-classpath.sh"
data=$(mktemp -d)
trap 'rm -rf "$data" "$data.log"' EXIT
java -Xmx256m -XX:+UseSerialGC -Dpatients="${PATIENTS:-10000}" \
  -cp "$bench:$plugins/*" atlas.benchmarks.SignInBenchmark "$data" 2>"$data.log" | grep '^|' || {
  echo "bench-signin: failed; the JVM said:" >&2; tail -n 30 "$data.log" >&2; exit 1; }
