#!/usr/bin/env bash
# One command for a fresh Debian/Ubuntu machine: installs what ftz-desktop needs, then runs it.
#   bash bootstrap.sh run    set up and start the app
#   bash bootstrap.sh test   set up and run the whole test suite (headless)
#   bash bootstrap.sh test-setup   only set up for the tests (.ci/run starts the PostgreSQL cluster in between)
set -euo pipefail
cd "$(dirname "$0")"
mode="${1:-run}"
shift || true

# System packages: Qt's xcb platform libraries, a CJK font for charts and briefs, and for the tests
# LibreOffice (brief -> PDF), poppler (PDF -> text) and PostgreSQL (the store's tests also run on a server:
# a throwaway cluster of Debian's postgresql package, tests/helpers/pg_cluster.py).
packages=(libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1
          libdbus-1-3 fonts-wqy-microhei)
if [ "$mode" = "test" ] || [ "$mode" = "test-setup" ]; then
  packages+=(libreoffice-writer-nogui poppler-utils xvfb xauth strace imagemagick pandoc postgresql)
fi
python="${PYTHON:-python3}"
if ! command -v "$python" >/dev/null 2>&1 || ! "$python" -c "import ensurepip, venv" >/dev/null 2>&1; then
  packages+=(python3 python3-venv python3-pip)   # Debian splits venv and ensurepip out of python3
fi
missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  echo "Installing system packages: ${missing[*]}"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv || { echo "python3 -m venv failed: install python3-venv (apt-get install python3-venv)"; exit 1; }
fi
.venv/bin/python -m pip install -q --upgrade pip
if [ "$mode" = "test" ] || [ "$mode" = "test-setup" ]; then
  .venv/bin/python -m pip install -q -e ".[test,installer]"
else
  .venv/bin/python -m pip install -q -e .
fi

case "$mode" in
  run)
    exec .venv/bin/ftz-desktop "$@" ;;
  test-setup)
    exit 0 ;;
  test)
    export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
    .venv/bin/lint-imports
    .venv/bin/ruff check .
    .venv/bin/mypy
    exec .venv/bin/python -m pytest "$@" ;;
  *)
    echo "usage: bash bootstrap.sh run|test|test-setup [arguments]" >&2; exit 2 ;;
esac
