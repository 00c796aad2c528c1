#!/bin/sh
# Installs everything the tests need on a fresh Debian machine, then runs them.
set -eu
cd "$(dirname "$0")/.."
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  # libgl1 and libglib2.0-0: OpenCV, which the [ocr] extra's rapidocr imports, links against them
  if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi "wenquanyi\|wqy" \
     || ! ldconfig -p 2>/dev/null | grep -q "libGL.so.1" || ! command -v strace >/dev/null 2>&1; then
    # strace: tests/test_offline.py traces the OCR engine's network calls
    apt-get update -qq && apt-get install -y -qq chromium fonts-wqy-microhei libgl1 libglib2.0-0 strace >/dev/null
  fi
fi
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e '.[test,ocr,dask]'
.venv/bin/python -m pytest "$@"
