#!/usr/bin/env bash
# Builds the Linux one-folder bundle: dist/ftz-desktop/ and dist/ftz-desktop-<version>-linux-x86_64.tar.gz
#   bash installer/build_linux.sh
# Uses the active virtual environment, or creates .venv. With WHEELHOUSE=<folder> the packages
# come from that folder only (pip --no-index), for build machines without internet; fill it on a
# connected machine of the same kind: pip download -r build/installer-requirements.txt -d <folder>
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -n "${VIRTUAL_ENV:-}" ]; then
  python="$VIRTUAL_ENV/bin/python"
else
  [ -x .venv/bin/python ] || "${PYTHON:-python3}" -m venv .venv
  python=.venv/bin/python
fi
pip_args=(-q)
if [ -n "${WHEELHOUSE:-}" ]; then
  pip_args+=(--no-index --find-links "$WHEELHOUSE")
fi
# The spec bundles this checkout itself, so only its dependencies and PyInstaller are installed
# (read from pyproject.toml); a developer's editable install stays as it is.
mkdir -p build
"$python" - > build/installer-requirements.txt <<'PY'
import tomllib
project = tomllib.load(open("pyproject.toml", "rb"))["project"]
print("\n".join(project["dependencies"] + project["optional-dependencies"]["installer"]))
PY
"$python" -m pip install "${pip_args[@]}" -r build/installer-requirements.txt

version="$("$python" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
"$python" -m PyInstaller --noconfirm --clean installer/ftz-desktop.spec

# The menu entry and its icon travel with the bundle; README "Installing offline" says where they go.
cp installer/ftz-desktop.desktop resources/icons/ftz-desktop.png dist/ftz-desktop/
archive="dist/ftz-desktop-${version}-linux-$(uname -m).tar.gz"
tar -C dist -czf "$archive" ftz-desktop
echo "Built dist/ftz-desktop/ ($(du -sh dist/ftz-desktop | cut -f1)) and $archive ($(du -sh "$archive" | cut -f1))"
