#!/usr/bin/env bash
# Whole-system benchmark: the latency Storewall adds (guard on: key check,
# DLP scan and tokenization, restoration, audit) and its throughput, against a
# local mock provider, next to LiteLLM's proxy on the same mock, in one run.
#
#   bench/overhead.sh            # defaults: 1000 req/s for 20 s, 32 workers for throughput
#   RATE=500 SECS=10 bench/overhead.sh
#
# Prints one JSON line per run and a Markdown table for docs/BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."

RATE=${RATE:-1000}
LITELLM_RATE=${LITELLM_RATE:-50}
SECS=${SECS:-20}
CONC=${CONC:-32}
SKIP_LITELLM=${SKIP_LITELLM:-0}
# LEDGER=false runs Storewall without its ledger, to see what durability costs.
LEDGER=${LEDGER:-true}
# DURABILITY=write makes responses wait for the ledger's write, not its fsync.
DURABILITY=${DURABILITY:-fsync}
MOCK_PORT=18401
SW_PORT=18402
LL_PORT=18403

cargo build --release --quiet --bin storewall
cargo build --release --quiet --manifest-path bench/gatebench/Cargo.toml
gb=bench/gatebench/target/release/gatebench
sw=target/release/storewall

work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

wait_http() {
  for _ in $(seq 1 600); do
    if curl -fsS -o /dev/null "$1" 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  echo "timed out waiting for $1" >&2
  return 1
}

"$gb" mock --port "$MOCK_PORT" & pids+=($!)

cat > "$work/storewall.toml" <<TOML
[server]
listen = "127.0.0.1:$SW_PORT"
data_dir = "$work/data"

[[providers]]
name = "mock"
kind = "openai"
base_url = "http://127.0.0.1:$MOCK_PORT/v1"
models = ["*"]

[ledger]
enabled = ${LEDGER:-true}
durability = "${DURABILITY:-fsync}"
TOML
key=$("$sw" --config "$work/storewall.toml" keys create --name bench)
STOREWALL_LOG=warn "$sw" --config "$work/storewall.toml" serve 2>"$work/storewall.log" & pids+=($!)
wait_http "http://127.0.0.1:$SW_PORT/readyz"

results="$work/results.jsonl"
run() { "$gb" load "$@" | tee -a "$results"; }

run --label direct --url "http://127.0.0.1:$MOCK_PORT/v1/chat/completions" --rate "$RATE" --seconds "$SECS"
run --label storewall --url "http://127.0.0.1:$SW_PORT/v1/chat/completions" --key "$key" --rate "$RATE" --seconds "$SECS"
run --label direct --url "http://127.0.0.1:$MOCK_PORT/v1/chat/completions" --concurrency "$CONC" --seconds "$SECS"
run --label storewall --url "http://127.0.0.1:$SW_PORT/v1/chat/completions" --key "$key" --concurrency "$CONC" --seconds "$SECS"

if [ "$SKIP_LITELLM" != 1 ]; then
  venv=target/bench-venv
  [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check 'litellm[proxy]'
  cat > "$work/litellm.yaml" <<YAML
model_list:
  - model_name: gpt-4o
    litellm_params:
      model: openai/gpt-4o
      api_base: http://127.0.0.1:$MOCK_PORT/v1
      api_key: unused
litellm_settings:
  telemetry: false
YAML
  # LiteLLM refuses to start without a master key; callers then send it,
  # as Storewall's callers send their virtual key.
  ll_key="sk-$(python3 -c 'import secrets; print(secrets.token_hex(32))')"
  LITELLM_MASTER_KEY="$ll_key" LITELLM_LOG=ERROR "$venv/bin/litellm" --config "$work/litellm.yaml" --host 127.0.0.1 --port "$LL_PORT" >"$work/litellm.log" 2>&1 & pids+=($!)
  wait_http "http://127.0.0.1:$LL_PORT/health/liveliness"
  "$venv/bin/pip" show litellm 2>/dev/null | grep -i '^version' >&2 || true
  run --label litellm --url "http://127.0.0.1:$LL_PORT/v1/chat/completions" --key "$ll_key" --rate "$RATE" --seconds "$SECS"
  run --label direct --url "http://127.0.0.1:$MOCK_PORT/v1/chat/completions" --rate "$LITELLM_RATE" --seconds "$SECS"
  run --label storewall --url "http://127.0.0.1:$SW_PORT/v1/chat/completions" --key "$key" --rate "$LITELLM_RATE" --seconds "$SECS"
  run --label litellm --url "http://127.0.0.1:$LL_PORT/v1/chat/completions" --key "$ll_key" --rate "$LITELLM_RATE" --seconds "$SECS"
  run --label litellm --url "http://127.0.0.1:$LL_PORT/v1/chat/completions" --key "$ll_key" --concurrency "$CONC" --seconds "$SECS"
fi

python3 - "$results" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
print()
print("| target | load | requests | errors | throughput (req/s) | p50 ms | p90 ms | p99 ms | max ms |")
print("|---|---|---|---|---|---|---|---|---|")
for r in rows:
    print(f"| {r['label']} | {r['mode']} | {r['requests']} | {r['errors']} | {r['throughput_rps']:.0f} | {r['p50_ms']:.3f} | {r['p90_ms']:.3f} | {r['p99_ms']:.3f} | {r['max_ms']:.3f} |")
direct = {r['mode']: r for r in rows if r['label'] == 'direct'}
print()
for r in rows:
    d = direct.get(r['mode'])
    if r['label'] != 'direct' and d and r['mode'].startswith('open'):
        print(f"added by {r['label']} at {r['mode']}: p50 {r['p50_ms'] - d['p50_ms']:+.3f} ms, p99 {r['p99_ms'] - d['p99_ms']:+.3f} ms")
PY
