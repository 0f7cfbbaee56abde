#!/bin/sh
# Builds Atlas if the product is missing or older than the sources, then starts it.
# Every option goes to the product's own launcher, e.g.:
#   releng/launch.sh --demo              # first launch with demo patients
#   releng/launch.sh --data /srv/atlas   # another data folder (default $ATLAS_DATA or ~/.atlas)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
product="$root/releng/atlas.product/target/products/atlas.product/linux/gtk/x86_64/atlas"
stamp="$product/.built"

stale() {
  [ ! -f "$stamp" ] && return 0
  [ -n "$(find "$root/pom.xml" "$root/.mvn" "$root/bundles" "$root/features" "$root/releng" \
      -path '*/target' -prune -o -type f -newer "$stamp" -print | head -n 1)" ]
}

if stale; then
  echo "atlas: building the product (a few minutes the first time; see README)..." >&2
  (cd "$root" && ./mvnw -B -q verify -DskipTests)
  touch "$stamp"
fi
exec "$product/atlas" "$@"
