"""The ledger's proofs and checkpoints, checked by an independent
implementation: RFC 9162 verification and C2SP signed notes written here in
Python from the specifications, Ed25519 from the `cryptography` package."""

import base64
import hashlib
import json
import urllib.request

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey


def leaf_hash(b):
    return hashlib.sha256(b"\x00" + b).digest()


def node(l, r):
    return hashlib.sha256(b"\x01" + l + r).digest()


def verify_inclusion(index, size, leaf, path, root):
    # RFC 9162, section 2.1.3.2.
    if index >= size:
        return False
    fn, sn, r = index, size - 1, leaf
    for p in path:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node(p, r)
            if not fn & 1:
                while not fn & 1 and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            r = node(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == root


def verify_consistency(first, second, first_root, second_root, proof):
    # RFC 9162, section 2.1.4.2.
    if first == second:
        return not proof and first_root == second_root
    if first == 0:
        return not proof
    path = list(proof)
    if first & (first - 1) == 0:
        path.insert(0, first_root)
    fn, sn = first - 1, second - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr = node(c, fr)
            sr = node(c, sr)
            if not fn & 1:
                while not fn & 1 and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            sr = node(sr, c)
        fn >>= 1
        sn >>= 1
    return fr == first_root and sr == second_root and sn == 0


def open_note(note, vkey):
    """Verifies a C2SP signed note with an Ed25519 verifier key; returns
    (origin, size, root)."""
    name, keyid, key = vkey.strip().split("+", 2)
    raw = base64.b64decode(key)
    assert raw[0] == 1 and len(raw) == 33
    assert hashlib.sha256(name.encode() + b"\n" + raw).digest()[:4].hex() == keyid
    body, sigs = note.split("\n\n", 1)
    body += "\n"
    verified = False
    for line in sigs.splitlines():
        prefix = "\u2014 " + name + " "
        if line.startswith(prefix):
            blob = base64.b64decode(line[len(prefix):])
            assert blob[:4].hex() == keyid
            Ed25519PublicKey.from_public_bytes(raw[1:]).verify(blob[4:], body.encode())
            verified = True
    assert verified, note
    origin, size, root = body.splitlines()
    return origin, int(size), base64.b64decode(root)


def ask(gateway, n):
    req = urllib.request.Request(
        gateway.base + "/v1/chat/completions",
        data=json.dumps({"model": "echo", "messages": [{"role": "user", "content": f"order {n}"}]}).encode(),
        headers={"Authorization": "Bearer " + gateway.key, "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(req) as r:
        assert r.status == 200


def test_proofs_verify_with_an_independent_implementation(gateway):
    vkey = gateway.cli("ledger", "pubkey").strip()
    for n in range(5):
        ask(gateway, n)
    first = gateway.cli("ledger", "checkpoint")
    _, m, first_root = open_note(first, vkey)
    for n in range(5, 17):
        ask(gateway, n)
    second = gateway.cli("ledger", "checkpoint")
    origin, size, root = open_note(second, vkey)
    assert origin == vkey.split("+")[0] and size >= m + 12

    for index in {0, 1, m - 1, m, size - 1}:
        p = json.loads(gateway.cli("ledger", "prove", "--index", str(index), "--json"))
        assert p["index"] == index and p["tree_size"] == size and p["checkpoint"] == second
        leaf = base64.b64decode(p["leaf"])
        assert leaf[0] == 1 and json.loads(leaf[1:])["kind"]
        hashes = [bytes.fromhex(h) for h in p["hashes"]]
        assert verify_inclusion(index, size, leaf_hash(leaf), hashes, root)
        assert not verify_inclusion(index, size, leaf_hash(leaf + b" "), hashes, root)

    c = json.loads(gateway.cli("ledger", "consistency", "--from", str(m), "--to", str(size), "--json"))
    assert (c["from"], c["to"]) == (m, size)
    proof = [bytes.fromhex(h) for h in c["hashes"]]
    assert verify_consistency(m, size, first_root, root, proof)
    assert not verify_consistency(m, size, first_root, leaf_hash(b"x"), proof)

    assert "ledger intact" in gateway.cli("ledger", "verify", "--key", vkey)
