"""The official OpenAI SDK against Storewall, changing only base_url and the key."""

import openai
import pytest

EMAIL = "jane.doe@example.com"
CARD = "4111 1111 1111 1111"


@pytest.fixture
def client(gateway):
    return openai.OpenAI(base_url=gateway.base + "/v1", api_key=gateway.key, max_retries=0)


def test_chat_round_trip_tokenizes_and_restores(client, gateway):
    prompt = f"Customer {EMAIL} paid with {CARD}; refund {EMAIL}."
    r = client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": prompt}])
    assert r.choices[0].message.content == f"Echo: {prompt}"
    sent = gateway.recorder.last()
    upstream = sent["body"]["messages"][0]["content"]
    assert EMAIL not in upstream and "4111" not in upstream
    assert upstream == "Customer [EMAIL_ADDRESS_1] paid with [CREDIT_CARD_1]; refund [EMAIL_ADDRESS_1]."
    assert sent["headers"]["authorization"] == "Bearer upstream-key-123"


@pytest.mark.parametrize("model", ["gpt-4o", "gpt-4o-bytes"])
def test_streamed_one_character_per_chunk(client, model):
    prompt = f"Mail {EMAIL} about card {CARD} today"
    stream = client.chat.completions.create(model=model, stream=True, messages=[{"role": "user", "content": prompt}])
    text = "".join((c.choices[0].delta.content or "") for c in stream if c.choices)
    assert text == f"Echo: {prompt}"


def test_stream_cut_midway_raises(client):
    stream = client.chat.completions.create(model="gpt-4o-cut", stream=True, messages=[{"role": "user", "content": "hello"}])
    with pytest.raises(openai.APIError):
        for _ in stream:
            pass


def test_secret_is_blocked(client, gateway):
    before = len(gateway.recorder.requests)
    with pytest.raises(openai.BadRequestError) as e:
        client.chat.completions.create(
            model="gpt-4o", messages=[{"role": "user", "content": "my key is sk_live_51HqLyjWDarjtT1zdp7dcXyZabc"}]
        )
    assert e.value.code == "content_blocked"
    assert "sk_live" not in str(e.value.body)
    assert len(gateway.recorder.requests) == before


def test_embeddings_and_models(client, gateway):
    r = client.embeddings.create(model="gpt-embed", input=[f"profile of {EMAIL}", "plain"])
    assert len(r.data) == 2
    assert EMAIL not in str(gateway.recorder.last()["body"])
    assert isinstance(client.models.list().data, list)


def test_bad_key_and_upstream_failure(gateway):
    bad = openai.OpenAI(base_url=gateway.base + "/v1", api_key="sw_wrong", max_retries=0)
    with pytest.raises(openai.AuthenticationError):
        bad.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hi"}])
    good = openai.OpenAI(base_url=gateway.base + "/v1", api_key=gateway.key, max_retries=0)
    with pytest.raises(openai.InternalServerError) as e:
        good.chat.completions.create(model="gpt-4o-500", messages=[{"role": "user", "content": "hi"}])
    assert e.value.status_code == 502


def test_rate_limit(gateway):
    created = gateway.cli("keys", "create", "--name", "limited", "--rpm", "1", "--json")
    import json
    import time

    key = json.loads(created)["key"]
    c = openai.OpenAI(base_url=gateway.base + "/v1", api_key=key, max_retries=0)
    # The gateway reloads keys within a second of a change.
    deadline = time.monotonic() + 2
    while True:
        try:
            c.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hi"}])
            break
        except openai.AuthenticationError:
            assert time.monotonic() < deadline
            time.sleep(0.05)
    with pytest.raises(openai.RateLimitError) as e:
        c.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hi"}])
    assert int(e.value.response.headers["retry-after"]) >= 1


@pytest.mark.parametrize("stream", [False, True])
def test_responses_api_through_echo(client, stream):
    prompt = f"Draft a reply to {EMAIL}"
    if not stream:
        r = client.responses.with_raw_response.create(model="echo", input=prompt)
        assert r.headers["x-storewall-provider-view"] == "Draft a reply to [EMAIL_ADDRESS_1]"
        assert r.parse().output_text == prompt
        return
    deltas = []
    final = None
    for event in client.responses.create(model="echo", input=prompt, stream=True):
        if event.type == "response.output_text.delta":
            deltas.append(event.delta)
        elif event.type == "response.completed":
            final = event.response
    assert "".join(deltas) == prompt
    assert final is not None and final.output_text == prompt
