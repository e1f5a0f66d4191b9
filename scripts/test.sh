#!/usr/bin/env bash
# Runs every test: the Rust unit and integration tests, then the official
# OpenAI and Anthropic Python SDKs against a real gateway binary and a mock
# provider. Everything builds in one cargo profile (release), with the
# optional `transformer` feature on so that its tests run too.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release --locked --bin storewall --features storewall/transformer
cargo test --release --locked --workspace --features storewall/transformer

venv=target/sdk-venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check -r tests/sdk/requirements.txt
STOREWALL_BIN=target/release/storewall "$venv/bin/python" -m pytest -q -p no:cacheprovider tests/sdk
