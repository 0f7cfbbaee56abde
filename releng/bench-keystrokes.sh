#!/bin/sh
# Keystroke -> updated patient list, on the real product with 100,000 patients. Fills a database
# with the store benchmark, starts Atlas on it with the patient list's timing log switched on,
# types name and record-number searches with xdotool (about 6 per second, like a quick typist)
# and reports the median and 95th percentile of "keystroke -> list shown" from the log.
#   releng/bench-keystrokes.sh        # build first: ./mvnw -B verify -DskipTests
# Needs xdotool; runs on $DISPLAY, or starts Xvfb when there is none.
set -eu
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1400x900x24" "$0" "$@"
fi
. "$(dirname "$0")/bench-product.sh"
start_product bench-keystrokes "${PATIENTS:-100000}" atlas.patients.ui.PatientListPart
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
# the issue 19 figures: the list usable after the sign-in, and the first search typed then
shown=$(sed -n 's/.*Patient list shown \([0-9]*\) ms after sign-in (\([0-9-]*\) ms after Sign In was pressed).*/\2 ms (\1 ms after the sign-in was accepted)/p' "$log" | tail -n 1)
first=$(grep "after the keystroke" "$log" | tail -n +"$((before + 1))" | head -n 1 |
  sed -n 's/.* \([0-9][0-9]*\) ms after the keystroke (query \([0-9]*\) ms).*/\1 ms (query \2 ms)/p')
echo "  Sign In pressed to the list shown: ${shown:-?}; the first search typed after the sign-in: ${first:-?}"
