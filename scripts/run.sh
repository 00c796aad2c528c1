#!/bin/sh
# Installs the app into .venv and starts it on http://127.0.0.1:8000 (override with HOST/PORT).
set -eu
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e '.[ocr]'
exec .venv/bin/cuishou serve --host "${HOST:-127.0.0.1}" --port "${PORT:-8000}"
