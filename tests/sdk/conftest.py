"""Starts a mock provider and a real Storewall binary for the SDK tests."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import mock_upstream  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(os.environ.get("STOREWALL_BIN", ROOT / "target" / "release" / "storewall"))


class Gateway:
    def __init__(self, base, key, recorder, config, proc):
        self.base = base
        self.key = key
        self.recorder = recorder
        self.config = config
        self.proc = proc

    def cli(self, *args):
        out = subprocess.run([str(BIN), "--config", str(self.config), *args], check=True, capture_output=True, text=True)
        return out.stdout


@pytest.fixture(scope="session")
def gateway(tmp_path_factory):
    assert BIN.exists(), f"build the gateway first: cargo build --release ({BIN} is missing)"
    server, recorder = mock_upstream.start()
    mock = f"http://127.0.0.1:{server.server_address[1]}"
    tmp = tmp_path_factory.mktemp("storewall")
    config = tmp / "storewall.toml"
    config.write_text(f"""
[server]
listen = "127.0.0.1:0"
data_dir = "{tmp / 'data'}"

[[providers]]
name = "mock-openai"
kind = "openai"
base_url = "{mock}/v1"
api_key_env = "SDK_TEST_PROVIDER_KEY"
models = ["gpt-*"]
timeout_secs = 5

[[providers]]
name = "mock-anthropic"
kind = "anthropic"
base_url = "{mock}"
api_key_env = "SDK_TEST_PROVIDER_KEY"
models = ["claude-*"]

[[providers]]
name = "echo"
kind = "echo"
models = ["echo*"]

[dlp]
default_action = "tokenize"
[dlp.actions]
SECRET = "block"
""")
    env = {**os.environ, "SDK_TEST_PROVIDER_KEY": "upstream-key-123", "STOREWALL_LOG": "warn"}
    created = subprocess.run(
        [str(BIN), "--config", str(config), "keys", "create", "--name", "sdk-tests", "--json"],
        check=True, capture_output=True, text=True, env=env,
    )
    key = json.loads(created.stdout)["key"]
    proc = subprocess.Popen([str(BIN), "--config", str(config), "serve"], stderr=subprocess.PIPE, text=True, env=env)
    base = None
    for line in proc.stderr:
        m = re.search(r"listening on (http://\S+)", line)
        if m:
            base = m.group(1)
            break
    assert base, "the gateway did not start"
    yield Gateway(base, key, recorder, config, proc)
    proc.terminate()
    proc.wait(timeout=10)
    server.shutdown()
