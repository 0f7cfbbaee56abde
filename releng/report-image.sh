#!/bin/sh
# The README's image of a progress report's first page: renders page 1 of the report the report
# test writes (bundles/atlas.reports.tests/target/Progress-report.pdf, after releng/test.sh or
# ./mvnw verify) into docs/progress-report-page1.png. Needs Ghostscript (apt-get install ghostscript).
#   releng/report-image.sh [report.pdf]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
pdf=${1:-$root/bundles/atlas.reports.tests/target/Progress-report.pdf}
[ -f "$pdf" ] || { echo "report-image: $pdf not found; run the tests first" >&2; exit 1; }
command -v gs >/dev/null || { echo "report-image: install ghostscript" >&2; exit 1; }
mkdir -p "$root/docs"
gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=png16m -r72 -dTextAlphaBits=4 -dGraphicsAlphaBits=4 \
  -dFirstPage=1 -dLastPage=1 -sOutputFile="$root/docs/progress-report-page1.png" "$pdf"
echo "wrote $root/docs/progress-report-page1.png"
