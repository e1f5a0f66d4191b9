#!/usr/bin/env bash
# Whole-process DLP throughput on prompt-sized texts, Storewall against Presidio in one run.
#   bench/dlp/prompts.sh [--prompts N] [--repeat R] [--presidio-prompts M] [--skip-presidio]
# Builds and installs as bench/dlp/eval.sh does (Presidio in a venv under target/, from PyPI).
set -euo pipefail
DLP_SCRIPT=bench/dlp/prompts.py exec "$(dirname "$0")/eval.sh" "$@"
