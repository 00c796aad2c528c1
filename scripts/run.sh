#!/bin/sh
# Installs the app into .venv and starts it on http://127.0.0.1:8000 (override with HOST/PORT).
set -eu
cd "$(dirname "$0")/.."
# Screenshot recognition (the [ocr] extra) needs OpenCV's system libraries; without them
# the app still runs and says plainly that screenshot upload is unavailable.
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && ! ldconfig -p 2>/dev/null | grep -q "libGL.so.1"; then
  apt-get update -qq && apt-get install -y -qq libgl1 libglib2.0-0 >/dev/null
fi
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e '.[ocr]'
exec .venv/bin/cuishou serve --host "${HOST:-127.0.0.1}" --port "${PORT:-8000}"
