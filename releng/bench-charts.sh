#!/bin/sh
# Chart benchmark: a 1,000-point NDI series over five years, built and rendered as the outcomes
# part draws it (680 x 300 pixels, hover areas collected). Runs the shipped bundles on a plain
# class path, headless (Java2D renders the chart; SWT only shows the image).
#   releng/bench-charts.sh            # build first with ./mvnw verify -DskipTests
#   releng/bench-charts.sh -Dwidth=1000 -Dheight=420   # the size a report prints
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
plugins="$root/releng/atlas.product/target/products/atlas.product/linux/gtk/x86_64/atlas/plugins"
bench=$(ls "$root"/bundles/atlas.benchmarks/target/atlas.benchmarks-*.jar 2>/dev/null | head -n 1)
if [ ! -d "$plugins" ] || [ -z "$bench" ]; then
  echo "bench-charts: build first: ./mvnw -B verify -DskipTests" >&2
  exit 1
fi
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -n 1)"
java -Djava.awt.headless=true -Xmx256m "$@" -cp "$bench:$plugins/*" atlas.benchmarks.ChartBenchmark
