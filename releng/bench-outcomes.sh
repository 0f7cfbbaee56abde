#!/bin/sh
# Opening the charts of a patient with five years of history, on the real product: fills a
# database with the store benchmark (DEMO-000001 gets 5 episodes of 50 visits with forms at every
# visit and a diary of 400 headache days a year), starts Atlas with the outcomes part's timing log
# switched on, opens that patient's record and charts with the keyboard (xdotool), three times,
# and prints what the log says: time in the background, and time the display thread was busy.
#   releng/bench-outcomes.sh        # build first: ./mvnw -B verify -DskipTests
# Needs xdotool; runs on $DISPLAY, or starts Xvfb when there is none.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
product="$root/releng/atlas.product/target/products/atlas.product/linux/gtk/x86_64/atlas"
bench=$(ls "$root"/bundles/atlas.benchmarks/target/atlas.benchmarks-*.jar 2>/dev/null | head -n 1)
if [ ! -x "$product/atlas" ] || [ -z "$bench" ]; then
  echo "bench-outcomes: build first: ./mvnw -B verify -DskipTests" >&2
  exit 1
fi
command -v xdotool >/dev/null || { echo "bench-outcomes: install xdotool" >&2; exit 1; }
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1400x900x24" "$0" "$@"
fi
data=$(mktemp -d)
atlas=""
trap '[ -n "$atlas" ] && kill "$atlas" 2>/dev/null; rm -rf "$data"' EXIT
echo "filling $data with ${PATIENTS:-2000} patients and a 5-year history (store benchmark)..."
java -Xmx512m -XX:+UseSerialGC -Dpatients="${PATIENTS:-2000}" -Dhistories=10 \
  -cp "$bench:$product/plugins/*" atlas.benchmarks.StoreBenchmark "$data" >"$data/fill.log" 2>&1
grep "5-year history" "$data/fill.log" || true
sed 's#</configuration>#  <logger name="atlas.outcomes.ui" level="DEBUG"/>\n</configuration>#' \
  "$product/logback.xml" >"$data/logback.xml"
ATLAS_BACKUP_ON_CLOSE=false ATLAS_VM_OPTS="-Dlogback.configurationFile=$data/logback.xml" \
  "$product/atlas" --data "$data" >"$data/atlas.out" 2>&1 &
atlas=$!
log="$data/logs/atlas.log"
for _ in $(seq 1 120); do grep -q "Atlas ready in" "$log" 2>/dev/null && break; sleep 1; done
grep "Atlas ready in" "$log" || { echo "bench-outcomes: Atlas did not start" >&2; exit 1; }
sleep 2
# sign in as the demo therapist (the store benchmark made the demo accounts)
xdotool type --delay 50 "demo.therapist"; xdotool key Tab; xdotool type --delay 50 "atlas-demo-2026"; xdotool key Return
for _ in $(seq 1 60); do grep -q "signed in as" "$log" 2>/dev/null && break; sleep 1; done
sleep 2
window=$(xdotool search --name '^Atlas$' | head -n 1)
xdotool windowfocus --sync "$window" 2>/dev/null || true
xdotool type --delay 100 "DEMO-000001"
sleep 2
xdotool key Return
sleep 4
for round in 1 2 3; do
  xdotool key ctrl+shift+o
  for _ in $(seq 1 60); do [ "$(grep -c 'Charts of patient' "$log" || true)" -ge "$round" ] && break; sleep 1; done
  sleep 2
  xdotool key ctrl+w     # close the charts, back to the record
  sleep 2
done
echo "charts of the 5-year patient (3 openings):"
grep "Charts of patient" "$log" | sed 's/.*Charts of patient [0-9]*: /  /'
echo "each chart shown on the display thread (at its size on screen):"
grep "Chart .* shown at" "$log" | sed 's/.*Chart \([^ ]*\) shown at \(.*\)/  \1 \2/' | head -n 24
