#!/bin/sh
# Keystroke -> updated patient list, on the real product with 100,000 patients. Fills a database
# with the store benchmark, starts Atlas on it with the patient list's timing log switched on,
# types name and record-number searches with xdotool (about 6 per second, like a quick typist)
# and reports the median and 95th percentile of "keystroke -> list shown" from the log.
#   releng/bench-keystrokes.sh        # build first: ./mvnw -B verify -DskipTests
# Needs xdotool; runs on $DISPLAY, or starts Xvfb when there is none.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
product="$root/releng/atlas.product/target/products/atlas.product/linux/gtk/x86_64/atlas"
bench=$(ls "$root"/bundles/atlas.benchmarks/target/atlas.benchmarks-*.jar 2>/dev/null | head -n 1)
if [ ! -x "$product/atlas" ] || [ -z "$bench" ]; then
  echo "bench-keystrokes: build first: ./mvnw -B verify -DskipTests" >&2
  exit 1
fi
command -v xdotool >/dev/null || { echo "bench-keystrokes: install xdotool" >&2; exit 1; }
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1400x900x24" "$0" "$@"
fi
data=$(mktemp -d)
atlas=""
trap '[ -n "$atlas" ] && kill "$atlas" 2>/dev/null; rm -rf "$data"' EXIT
echo "filling $data with ${PATIENTS:-100000} patients (store benchmark, a few minutes)..."
java -Xmx512m -XX:+UseSerialGC -Dpatients="${PATIENTS:-100000}" -Dhistories=10 \
  -cp "$bench:$product/plugins/*" atlas.benchmarks.StoreBenchmark "$data" >"$data/fill.log" 2>&1
sed 's#</configuration>#  <logger name="atlas.patients.ui.PatientListPart" level="DEBUG"/>\n</configuration>#' \
  "$product/logback.xml" >"$data/logback.xml"
ATLAS_BACKUP_ON_CLOSE=false ATLAS_VM_OPTS="-Dlogback.configurationFile=$data/logback.xml" \
  "$product/atlas" --data "$data" >"$data/atlas.out" 2>&1 &
atlas=$!
log="$data/logs/atlas.log"
for _ in $(seq 1 120); do grep -q "Atlas ready in" "$log" 2>/dev/null && break; sleep 1; done
grep "Atlas ready in" "$log" || { echo "bench-keystrokes: Atlas did not start" >&2; exit 1; }
sleep 2
# sign in as the demo therapist (the store benchmark made the demo accounts)
xdotool type --delay 50 "demo.therapist"; xdotool key Tab; xdotool type --delay 50 "atlas-demo-2026"; xdotool key Return
for _ in $(seq 1 60); do grep -q "signed in as" "$log" 2>/dev/null && break; sleep 1; done
sleep 2
window=$(xdotool search --name '^Atlas$' | head -n 1)
xdotool windowfocus --sync "$window" 2>/dev/null || true
before=$(grep -c "after the keystroke" "$log" || true)
for word in keller sch "novak, m" wag bauer "DEMO-0012" mey lehm "hof" brandt rosi "DEMO-09" kow fisch lin; do
  xdotool type --delay 160 "$word"
  sleep 1
  xdotool key ctrl+a BackSpace
  sleep 1
done
sleep 2
grep "after the keystroke" "$log" | tail -n +"$((before + 1))" |
  sed -n 's/.* \([0-9][0-9]*\) ms after the keystroke.*/\1/p' | sort -n >"$data/times"
count=$(wc -l <"$data/times")
[ "$count" -gt 0 ] || { echo "bench-keystrokes: no timings logged" >&2; exit 1; }
median=$(sed -n "$(( (count + 1) / 2 ))p" "$data/times")
p95=$(sed -n "$(( (count * 95 + 99) / 100 ))p" "$data/times")
max=$(tail -n 1 "$data/times")
echo "keystroke -> updated list, $(grep -o 'import of [0-9]* patients' "$data/fill.log" | head -n 1):"
echo "  $count updates: median $median ms, p95 $p95 ms, max $max ms"
