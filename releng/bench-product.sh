# Shared by the benchmarks that drive the real product (bench-keystrokes.sh, bench-outcomes.sh);
# sourced, not run. start_product NAME PATIENTS LOGGER fills a fresh database with the store
# benchmark (PATIENTS patients, histories, a 5-year patient and the demo accounts), starts Atlas
# on it with LOGGER's DEBUG timing switched on, and signs in as the demo therapist with xdotool.
# Afterwards $data is the data folder, $log the Atlas log, $atlas the process (stopped on exit).
# Runs on $DISPLAY, or restarts the calling script under Xvfb.
root=$(cd "$(dirname "$0")/.." && pwd)
product="$root/releng/atlas.product/target/products/atlas.product/linux/gtk/x86_64/atlas"

start_product() {
  name=$1 patients=$2 logger=$3
  bench=$(ls "$root"/bundles/atlas.benchmarks/target/atlas.benchmarks-*.jar 2>/dev/null | head -n 1)
  if [ ! -x "$product/atlas" ] || [ -z "$bench" ]; then
    echo "$name: build first: ./mvnw -B verify -DskipTests" >&2
    exit 1
  fi
  command -v xdotool >/dev/null || { echo "$name: install xdotool" >&2; exit 1; }
  data=$(mktemp -d)
  atlas=""
  trap '[ -n "$atlas" ] && kill "$atlas" 2>/dev/null; rm -rf "$data"' EXIT
  echo "filling $data with $patients patients (store benchmark)..."
  java -Xmx512m -XX:+UseSerialGC -Dpatients="$patients" -Dhistories=10 \
    -cp "$bench:$product/plugins/*" atlas.benchmarks.StoreBenchmark "$data" >"$data/fill.log" 2>&1
  ATLAS_BACKUP_ON_CLOSE=false ATLAS_VM_OPTS="-Datlas.log.debug=$logger" \
    "$product/atlas" --data "$data" >"$data/atlas.out" 2>&1 &
  atlas=$!
  log="$data/logs/atlas.log"
  for _ in $(seq 1 120); do grep -q "Atlas ready in" "$log" 2>/dev/null && break; sleep 1; done
  grep "Atlas ready in" "$log" || { echo "$name: Atlas did not start" >&2; exit 1; }
  sleep 2
  # sign in as the demo therapist (the store benchmark made the demo accounts)
  xdotool type --delay 50 "demo.therapist"; xdotool key Tab; xdotool type --delay 50 "atlas-demo-2026"
  xdotool key Return
  for _ in $(seq 1 60); do grep -q "signed in as" "$log" 2>/dev/null && break; sleep 1; done
  sleep 2
  window=$(xdotool search --name '^Atlas$' | head -n 1)
  xdotool windowfocus --sync "$window" 2>/dev/null || true
}
