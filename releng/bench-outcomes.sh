#!/bin/sh
# Opening the charts of a patient with five years of history, on the real product: fills a
# database with the store benchmark (DEMO-000001 gets 5 episodes of 50 visits with forms at every
# visit and a diary of 400 headache days a year), starts Atlas with the outcomes part's timing log
# switched on, opens that patient's record and charts with the keyboard (xdotool), three times,
# and prints what the log says: time in the background, and time the display thread was busy.
#   releng/bench-outcomes.sh        # build first: ./mvnw -B verify -DskipTests
# Needs xdotool; runs on $DISPLAY, or starts Xvfb when there is none.
set -eu
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1400x900x24" "$0" "$@"
fi
. "$(dirname "$0")/bench-product.sh"
start_product bench-outcomes "${PATIENTS:-2000}" atlas.outcomes.ui
grep "5-year history" "$data/fill.log" || true
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
