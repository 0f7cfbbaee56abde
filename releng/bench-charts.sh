#!/bin/sh
# Chart benchmark: a 1,000-point NDI series over five years, built and rendered as the outcomes
# part draws it (680 x 300 pixels, hover areas collected). Runs the shipped bundles on a plain
# class path, headless (Java2D renders the chart; SWT only shows the image).
#   releng/bench-charts.sh            # build first with ./mvnw verify -DskipTests
#   releng/bench-charts.sh -Dwidth=1000 -Dheight=420   # the size a report prints
set -eu
. "$(dirname "$0")/bench-classpath.sh"
java -Djava.awt.headless=true -Xmx256m "$@" -cp "$bench:$plugins/*" atlas.benchmarks.ChartBenchmark
