#!/usr/bin/env bash
# Runs every test: unit and persistence tests (embedded H2 files and a real PostgreSQL server),
# then the UI tests on the real workbench. Extra Maven options are passed through, e.g.
#   releng/test.sh -Dskip.ui.tests=true
#
# - PostgreSQL: unless ATLAS_TEST_POSTGRES_URL names a server, a throwaway server is started on
#   loopback from the Debian packages (installed first when missing and we are root), and stopped
#   at the end. Without one the PostgreSQL tests are skipped, or fail when ATLAS_REQUIRE_POSTGRES=1.
# - Display: without $DISPLAY the tests run on a virtual X server (Xvfb), installed when missing.
# - Tools: xdotool, faketime and ImageMagick are installed when missing and we are root.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

can_install() { [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; }
install() {
  echo "test: installing $*" >&2
  apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null
}

pg_root=""
stop_postgres() {
  if [ -n "$pg_root" ]; then
    run_pg "$pg_bin/pg_ctl" -D "$pg_root/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$pg_root"
  fi
}
run_pg() {
  # PostgreSQL refuses to run as root.
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
start_postgres() {
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$pg_bin" ] && can_install; then
    install postgresql
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  if [ -z "$pg_bin" ]; then
    echo "test: no PostgreSQL server found; its tests are skipped (apt-get install postgresql)" >&2
    return 0
  fi
  pg_root=$(mktemp -d /tmp/atlas-test-pg.XXXXXX)
  [ "$(id -u)" = 0 ] && chown postgres "$pg_root"
  trap stop_postgres EXIT
  local port=55432
  while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  run_pg "$pg_bin/initdb" -D "$pg_root/data" -U atlas -A trust --no-sync >/dev/null
  run_pg "$pg_bin/pg_ctl" -D "$pg_root/data" -l "$pg_root/server.log" -w \
    -o "-p $port -k $pg_root -c listen_addresses=127.0.0.1" start >/dev/null
  run_pg "$pg_bin/createdb" -h 127.0.0.1 -p "$port" -U atlas atlas_test
  export ATLAS_TEST_POSTGRES_URL="jdbc:postgresql://127.0.0.1:$port/atlas_test"
  echo "test: PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2
}

[ -n "${ATLAS_TEST_POSTGRES_URL:-}" ] || start_postgres
# Tools some tests call: xdotool (real key presses into the built product), faketime (a crash
# replayed at the moment after it), ImageMagick's import (a screenshot when a product test fails).
missing=()
command -v xdotool >/dev/null 2>&1 || missing+=(xdotool)
command -v faketime >/dev/null 2>&1 || missing+=(faketime)
command -v import >/dev/null 2>&1 || missing+=(imagemagick)
if ((${#missing[@]})); then
  if can_install; then
    install "${missing[@]}"
  else
    echo "test: ${missing[*]} not installed; the tests needing them are skipped (apt-get install ${missing[*]})" >&2
  fi
fi
tools_required=false
[ "${ATLAS_REQUIRE_TOOLS:-0}" = 1 ] && tools_required=true

maven=(./mvnw -B clean verify "-Datlas.test.postgres.url=${ATLAS_TEST_POSTGRES_URL:-}"
  "-Datlas.test.postgres.required=${ATLAS_REQUIRE_POSTGRES:-0}" "-Datlas.test.tools.required=$tools_required" "$@")

if [ -n "${DISPLAY:-}" ]; then
  "${maven[@]}"
else
  if ! command -v xvfb-run >/dev/null 2>&1; then
    if can_install; then
      install xvfb xauth libgtk-3-0 fonts-dejavu-core
    else
      echo "test: no display and no Xvfb. Install it (apt-get install xvfb xauth) or add -Dskip.ui.tests=true" >&2
      exit 1
    fi
  fi
  # large enough for the screenshot gallery's 1920x1080 pictures (ScreenshotGalleryUiTest)
  xvfb-run -a -s "-screen 0 1920x1200x24 -nolisten tcp" "${maven[@]}"
fi
