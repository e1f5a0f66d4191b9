#!/usr/bin/env bash
# Scores Storewall's prompt-injection screener on the public datasets
# (deepset test, NotInject, BIPIA email test) and the store corpus.
#   bench/inject/eval.sh [--markdown] [--json OUT] [--only deepset-test,NotInject,...]
# Builds the screener, then runs bench/inject/eval.py with the arguments given
# (see python3 bench/inject/eval.py --help).
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo build --release -p storewall-inject --example screen
exec python3 bench/inject/eval.py "$@"
