#!/bin/sh
# Runs every test: unit and persistence tests, then the UI tests on the real workbench.
# The UI tests need a display; without one this script runs them on a virtual X server (Xvfb),
# installing it first when it is missing and we may (root with apt-get). Extra Maven options are
# passed through, e.g. releng/test.sh -Dskip.ui.tests=true
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

if [ -z "${DISPLAY:-}" ]; then
  if ! command -v xvfb-run >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "test: installing Xvfb for the UI tests" >&2
      apt-get update -q >/dev/null
      DEBIAN_FRONTEND=noninteractive apt-get install -y -q xvfb xauth libgtk-3-0 fonts-dejavu-core >/dev/null
    else
      echo "test: no display and no Xvfb. Install it (sudo apt-get install xvfb xauth) or skip the UI tests with -Dskip.ui.tests=true" >&2
      exit 1
    fi
  fi
  exec xvfb-run -a -s "-screen 0 1280x1024x24 -nolisten tcp" ./mvnw -B clean verify "$@"
fi
exec ./mvnw -B clean verify "$@"
