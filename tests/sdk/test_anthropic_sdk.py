"""The official Anthropic SDK against Storewall, changing only base_url and the key."""

import anthropic
import pytest

EMAIL = "jane.doe@example.com"
IBAN = "DE89 3704 0044 0532 0130 00"


@pytest.fixture
def client(gateway):
    return anthropic.Anthropic(base_url=gateway.base, api_key=gateway.key, max_retries=0)


def test_messages_round_trip(client, gateway):
    prompt = f"Refund to {IBAN} for {EMAIL}"
    r = client.messages.create(model="claude-test", max_tokens=100, messages=[{"role": "user", "content": prompt}])
    assert r.content[0].text == f"Echo: {prompt}"
    sent = gateway.recorder.last()
    assert sent["headers"]["x-api-key"] == "upstream-key-123"
    upstream = sent["body"]["messages"][0]["content"]
    assert IBAN not in upstream and EMAIL not in upstream
    assert "[IBAN_CODE_1]" in upstream


def test_messages_stream_one_character_per_chunk(client):
    prompt = f"Write to {EMAIL} about {IBAN}"
    with client.messages.stream(model="claude-test", max_tokens=100, messages=[{"role": "user", "content": prompt}]) as s:
        text = "".join(s.text_stream)
        final = s.get_final_message()
    assert text == f"Echo: {prompt}"
    assert final.content[0].text == f"Echo: {prompt}"


def test_stream_cut_midway_raises(client):
    with pytest.raises(anthropic.APIError):
        with client.messages.stream(model="claude-x-cut", max_tokens=10, messages=[{"role": "user", "content": "hello"}]) as s:
            for _ in s.text_stream:
                pass


def test_errors_in_anthropic_shape(gateway):
    bad = anthropic.Anthropic(base_url=gateway.base, api_key="sw_wrong", max_retries=0)
    with pytest.raises(anthropic.AuthenticationError):
        bad.messages.create(model="claude-x", max_tokens=10, messages=[{"role": "user", "content": "hi"}])
    good = anthropic.Anthropic(base_url=gateway.base, api_key=gateway.key, max_retries=0)
    with pytest.raises(anthropic.BadRequestError) as e:
        good.messages.create(
            model="claude-x", max_tokens=10,
            messages=[{"role": "user", "content": "key: sk_live_51HqLyjWDarjtT1zdp7dcXyZabc"}],
        )
    assert e.value.body["error"]["code"] == "content_blocked"
