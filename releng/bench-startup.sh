#!/bin/sh
# Start-up benchmark: launches the built product N times (default 5) on a fresh data folder with
# demo patients, waits for the "Atlas ready in N ms" log line, closes Atlas, and prints each
# figure and the median. Needs a display (run under xvfb-run on a server).
#   releng/bench-startup.sh [runs]
set -eu
runs=${1:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
product="$root/releng/atlas.product/target/products/atlas.product/linux/gtk/x86_64/atlas"
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
"$product/atlas" --data "$data" --demo >/dev/null 2>&1 &   # first run creates the schema
pid=$!
i=0
results=""
while :; do
  for _ in $(seq 1 600); do
    line=$(grep -h "Atlas ready in" "$data/logs/atlas.log" 2>/dev/null | tail -n 1) || true
    count=$(grep -hc "Atlas ready in" "$data/logs/atlas.log" 2>/dev/null) || true
    [ "${count:-0}" -gt "$i" ] && break
    sleep 0.1
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true
  ms=$(echo "$line" | sed 's/.*Atlas ready in \([0-9]*\) ms.*/\1/')
  i=$((i + 1))
  if [ "$i" -eq 1 ]; then
    echo "first launch (creates the database, registers demo patients): $ms ms"
  else
    echo "launch $((i - 1)): $ms ms"
    results="$results $ms"
  fi
  [ "$i" -gt "$runs" ] && break
  "$product/atlas" --data "$data" >/dev/null 2>&1 &
  pid=$!
done
echo "$results" | tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print "median of " NR " launches: " (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2) " ms"}'
