#!/bin/bash
# Start-up against the floor: the time from starting the process to a visible window, Atlas (to its
# sign-in dialog, on a clinic whose key is protected - the way every clinic's database is) and the
# empty e4 window of ../shared/baseline-e4 (the same toolchain and platform), measured by that
# baseline's own measure.sh, one launch of each in turn, ROUNDS times, the order swapped every
# round so that neither always runs on a machine the other has just warmed.
#   releng/bench-startup-floor.sh [ROUNDS]       # default 10; build Atlas first (./mvnw -B verify -DskipTests)
# BASELINE=folder of the baseline's sources (default ../shared/baseline-e4); it is copied to
# $WORK/baseline-e4 and built there once (Maven Central). ATLAS_VM_OPTS is passed on to Atlas.
# Needs xdotool and Xvfb (a display of its own is started when DISPLAY is not set).
set -euo pipefail
rounds=${1:-10}
root=$(cd "$(dirname "$0")/.." && pwd)
product="$root/releng/atlas.product/target/products/atlas.product/linux/gtk/x86_64/atlas"
baseline_src=${BASELINE:-$root/../shared/baseline-e4}
work=${WORK:-/tmp/atlas-startup-floor}
[ -x "$product/atlas" ] || { echo "bench-startup-floor: build Atlas first: ./mvnw -B verify -DskipTests" >&2; exit 1; }
mkdir -p "$work"

floor="$work/baseline-e4/releng/baseline.product/target/products/baseline.product/linux/gtk/x86_64/baseline-rcp/baseline-rcp"
if [ ! -x "$floor" ]; then
  [ -d "$baseline_src" ] || { echo "bench-startup-floor: no baseline at $baseline_src (set BASELINE)" >&2; exit 1; }
  echo "building the empty e4 window of $baseline_src once ..."
  rm -rf "$work/baseline-e4" && cp -r "$baseline_src" "$work/baseline-e4"
  (cd "$work/baseline-e4" && MAVEN_USER_HOME="$work/mvn-user-home" ./mvnw -B -q clean verify) >"$work/baseline-build.log" 2>&1 ||
    { echo "bench-startup-floor: the baseline did not build; see $work/baseline-build.log" >&2; exit 1; }
fi
measure="$work/baseline-e4/measure.sh"

xvfb=""
if [ -z "${DISPLAY:-}" ]; then
  export DISPLAY=:97
  Xvfb :97 -screen 0 1280x800x24 -noreset >/dev/null 2>&1 & xvfb=$!
  sleep 1
fi
trap '[ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null; true' EXIT

# A clinic: the demo clinic is protected by its accounts' password like any clinic's, so the
# sign-in is asked before the database is opened (the password opens its key).
clinic="$work/clinic"
if [ ! -f "$clinic/atlas.keys" ]; then
  rm -rf "$clinic"; mkdir -p "$clinic"
  "$product/atlas" --data "$clinic" --demo --nl en >"$work/first-start.log" 2>&1 & pid=$!
  for _ in $(seq 1 300); do grep -qs "Atlas ready in" "$clinic/logs/atlas.log" && break; sleep 0.2; done
  kill "$pid"; wait "$pid" 2>/dev/null || true
fi
# measure.sh starts "LAUNCHER -data FRESH-FOLDER"; Atlas takes the clinic's folder instead.
cat >"$work/atlas-launcher" <<EOS
#!/bin/sh
exec "$product/atlas" --data "$clinic" --nl en
EOS
chmod +x "$work/atlas-launcher"

once() { # launcher title -> seconds
  PAUSE=0.5 "$measure" "$1" "$2" 1 2>/dev/null | sed -n 's/^median: \([0-9.]*\) s.*/\1/p'
}
atlas_times=""; floor_times=""
for round in $(seq 1 "$rounds"); do
  if [ $((round % 2)) -eq 1 ]; then
    f=$(once "$floor" Baseline); a=$(once "$work/atlas-launcher" "Sign in to Atlas")
  else
    a=$(once "$work/atlas-launcher" "Sign in to Atlas"); f=$(once "$floor" Baseline)
  fi
  [ -n "$a" ] && [ -n "$f" ] || { echo "bench-startup-floor: round $round gave no time (atlas '$a', floor '$f')" >&2; exit 1; }
  echo "round $round: empty e4 window $f s, Atlas sign-in $a s"
  atlas_times="$atlas_times $a"; floor_times="$floor_times $f"
done
median() { echo "$@" | tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
fm=$(median $floor_times); am=$(median $atlas_times)
echo "median of $rounds: empty e4 window $fm s, Atlas to its sign-in dialog $am s: $(awk -v a="$am" -v f="$fm" 'BEGIN {printf "%.2f", a / f}') x the floor"
