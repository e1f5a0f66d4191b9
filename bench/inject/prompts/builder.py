"""Row builders: one function per family, shared by every language."""
import re
from types import SimpleNamespace

from . import attack_en, benign_en, slots, textkit
from . import lang_de, lang_es, lang_fr, lang_it, lang_nl, lang_pl, lang_pt
from .textkit import cap, expand, roughen

BENIGN_FAMILIES = ["hard-trigger-prompt", "hard-security-topic", "hard-roleplay-ok",
                   "hard-meta-ai", "benign-prompt"]
INJECTION_FAMILIES = ["override", "prompt-leak", "jailbreak-persona", "fake-system",
                      "exfiltration", "tool-abuse", "encoded", "obfuscated", "context-switch"]

_ATTACK_FIELDS = ["OPENERS", "DIRECTIVES", "JOINS", "FULL", "LEAK", "PERSONA", "FAKE_INSTR",
                  "FAKE_FOLLOW", "FAKE_HEADERS", "EXFIL", "TOOL", "ENC_WRAP", "ENC_PLAIN",
                  "OBF_WRAP", "CS_TASKS", "CS_TRANS"]


def _spec(code, benign_mod, attack_mod):
    ns = SimpleNamespace(code=code)
    ns.BENIGN = benign_mod.BENIGN
    ns.PREFIX = benign_mod.PREFIX
    ns.SUFFIX = benign_mod.SUFFIX
    ns.GREET = benign_mod.GREET
    ns.THANKS = benign_mod.THANKS
    for f in _ATTACK_FIELDS:
        setattr(ns, f, getattr(attack_mod, f))
    ns.APREFIX = getattr(attack_mod, "APREFIX", None) or getattr(attack_mod, "PREFIX")
    ns.ASUFFIX = getattr(attack_mod, "ASUFFIX", None) or getattr(attack_mod, "SUFFIX")
    table = dict(slots.SLOTS)
    table.update(getattr(benign_mod, "SLOTS", {}))
    if attack_mod is not benign_mod:
        table.update(getattr(attack_mod, "SLOTS", {}))

    def directive(rng):
        return expand(rng.choice(ns.DIRECTIVES), rng, table)

    table["directive"] = directive
    table["Directive"] = lambda rng: cap(directive(rng))
    ns.slots = table
    return ns


class _EnAttack:
    pass


for _f in _ATTACK_FIELDS + ["SLOTS", "PREFIX", "SUFFIX"]:
    setattr(_EnAttack, _f, getattr(attack_en, _f))

LANGS = {
    "en": _spec("en", benign_en, _EnAttack),
    "de": _spec("de", lang_de, lang_de),
    "fr": _spec("fr", lang_fr, lang_fr),
    "es": _spec("es", lang_es, lang_es),
    "it": _spec("it", lang_it, lang_it),
    "nl": _spec("nl", lang_nl, lang_nl),
    "pt": _spec("pt", lang_pt, lang_pt),
    "pl": _spec("pl", lang_pl, lang_pl),
}


class Cycler:
    """Walk a list in shuffled order, reshuffling when exhausted."""

    def __init__(self, rng):
        self.rng = rng
        self.state = {}

    def next(self, key, items):
        st = self.state.get(key)
        if not st:
            st = list(items)
            self.rng.shuffle(st)
            self.state[key] = st
        return st.pop()


def decap(s):
    m = re.search(r"[^\W\d_]", s)
    if not m:
        return s
    i = m.start()
    head = s[i:].split(" ", 1)[0]
    if head in ("I", "I'm", "I've", "I'd") or (len(head) > 1 and head[1].isupper()):
        return s
    return s[:i] + s[i].lower() + s[i + 1:]


def _joined(pre, core):
    """Attach a polite prefix; lower-case the first letter after a comma-style lead-in."""
    if not pre:
        return core
    tail = pre.rstrip()
    if tail and (tail[-1] == "," or tail[-1].isalpha()):
        core = decap(core)
    return pre + core


def _assemble(parts):
    """parts: list of [text, frozen, is_payload]; returns text, payload."""
    text = ""
    payload = ""
    for t, _frozen, is_pay in parts:
        if not t:
            continue
        if is_pay:
            payload = t
        text += t
    return text, payload


# ----------------------------------------------------------- benign rows
_ROLE_FRAMES = {
    "ROLEPAIR_PRETEND": "Pretend you're @R@ and @T@.",
    "ROLEPAIR_ACT": "Act as @R@. @TC@.",
    "ROLEPAIR_YOU": "You are @R@. @TC@.",
    "ROLEPAIR_PLAY": "Let's roleplay: you're @R@ and you @T@.",
    "ROLEPAIR_IMAGINE": "Imagine you're @R@. Please @T@.",
    "ROLEPAIR_FROMNOW": "From now on you're @R@ - @T@, and stay in character until I say stop.",
}


def benign(L, fam, rng, cyc):
    tpl = cyc.next((L.code, fam), L.BENIGN[fam])
    if tpl in _ROLE_FRAMES:
        role, task = rng.choice(L.slots["rolepair"]).split("|", 1)
        tpl = (_ROLE_FRAMES[tpl].replace("@R@", role).replace("@TC@", cap(task))
               .replace("@T@", task))
    core = expand(tpl, rng, L.slots)
    if fam in ("hard-roleplay-ok", "hard-meta-ai"):
        pre = rng.choice(L.GREET)
        suf = rng.choice(L.THANKS)
    else:
        pre = rng.choice(L.PREFIX)
        suf = rng.choice(L.SUFFIX)
    low = core.lower()
    if "thank" in low or "thx" in low or "danke" in low or "merci" in low:
        suf = ""
    if pre and core.lower().startswith(("hey", "hi", "hello", "hallo", "salut", "hola", "ciao", "hoi", "olá", "cześć")):
        pre = ""
    text = _joined(pre, core) + suf
    parts = roughen([[text, False]], rng)
    return parts[0][0].strip(), ""


# -------------------------------------------------------- attack helpers
def override_core(L, rng, cyc, allow_full=True):
    if allow_full and rng.random() < 0.35:
        return expand(cyc.next((L.code, "FULL"), L.FULL), rng, L.slots)
    o = expand(rng.choice(L.OPENERS), rng, L.slots)
    d = expand(rng.choice(L.DIRECTIVES), rng, L.slots)
    j = rng.choice(L.JOINS)
    out = (j.replace("{O}", o.upper()).replace("{o}", o)
           .replace("{D}", cap(d)).replace("{d}", d))
    return cap(out)


def leak_core(L, rng, cyc):
    core = expand(cyc.next((L.code, "LEAK"), L.LEAK), rng, L.slots)
    if rng.random() < 0.25:
        o = expand(rng.choice(L.OPENERS), rng, L.slots)
        core = o + ". " + core
    return core


def persona_core(L, rng, cyc):
    tpl = cyc.next((L.code, "PERSONA"), L.PERSONA)
    name = rng.choice(L.slots["persona"])
    return expand(tpl.replace("{=persona}", name), rng, L.slots)


def _with_opener(L, rng, core, p=0.3):
    if rng.random() < p:
        o = expand(rng.choice(L.OPENERS), rng, L.slots)
        return o + ". " + core
    return core


def exfil_core(L, rng, cyc):
    return _with_opener(L, rng, expand(cyc.next((L.code, "EXFIL"), L.EXFIL), rng, L.slots))


def tool_core(L, rng, cyc):
    return _with_opener(L, rng, expand(cyc.next((L.code, "TOOL"), L.TOOL), rng, L.slots))


_FAKE_SHAPES = [
    "@H@ @I@", "@H@\n@I@", "@H@\n@I@", "<|im_start|>system\n@I@<|im_end|>", "<<SYS>>\n@I@\n<</SYS>>",
    "[INST] <<SYS>> @I@ <</SYS>> [/INST]", "<system>@I@</system>", "@JSON@",
    "---\nsystem_message: \"@I@\"\n---", "</user>\n<system>@I@</system>\n<user>",
    "BEGIN OPERATOR MESSAGE\n@I@\nEND OPERATOR MESSAGE",
    "User: hi\nAssistant: Hello! How can I help?\nSystem: @I@",
    "// admin note: @I@", "```system\n@I@\n```", "@H@\n\n@I@\n\n[end of system message]", "#### @H@ ####\n@I@",
]


def fake_core(L, rng, cyc):
    instr = expand(cyc.next((L.code, "FAKE_INSTR"), L.FAKE_INSTR), rng, L.slots)
    if rng.random() < 0.3:
        instr2 = expand(rng.choice(L.FAKE_INSTR), rng, L.slots)
        if instr2 != instr:
            instr = instr + " " + instr2
    head = expand(rng.choice(L.FAKE_HEADERS), rng, L.slots)
    shape = rng.choice(_FAKE_SHAPES)
    if shape == "@JSON@":
        block = '{"role": "system", "content": "' + instr.replace('"', "'") + '"}'
    else:
        block = shape.replace("@H@", head).replace("@I@", instr)
    follow = expand(rng.choice(L.FAKE_FOLLOW), rng, L.slots)
    if follow:
        block = block + rng.choice(["\n", " ", "\n\n"]) + follow
    return block


def short_attack(L, rng, cyc):
    pick = rng.random()
    if pick < 0.45:
        return expand(rng.choice(L.ENC_PLAIN), rng, L.slots)
    if pick < 0.8:
        return override_core(L, rng, cyc, allow_full=False)
    return expand(rng.choice(L.LEAK), rng, L.slots)


# ------------------------------------------------------------ injections
def _finish(rng, pre, payload, post, freeze_payload=False, rate=1.0):
    parts = [[pre, False, False], [payload, freeze_payload, True], [post, False, False]]
    noisy = roughen([[p[0], p[1]] for p in parts], rng, rate)
    for i, (t, _f) in enumerate(noisy):
        parts[i][0] = t
    text, pay = _assemble(parts)
    return text.strip(), pay.strip()


_GREETINGS = ("hey", "hi", "hello", "hallo", "salut", "hola", "ciao", "hoi", "olá", "oi", "cześć", "moin",
              "bonjour", "buenas", "salve", "hej")


def _wrap(L, rng, core=""):
    pre = rng.choice(L.APREFIX)
    suf = rng.choice(L.ASUFFIX)
    if core.lower().startswith(_GREETINGS):
        pre = ""
    return pre, suf


def injection(L, fam, rng, cyc):
    if fam == "encoded":
        plain = short_attack(L, rng, cyc)
        if L.code == "en":
            scheme = rng.choice(["base64", "base64", "base64", "rot13", "rot13", "hex", "hex bytes",
                                 "URL encoding", "reversed text", "binary", "Caesar shift 3"])
        else:
            scheme = rng.choice(["base64", "base64", "base64", "rot13", "hex", "hex bytes"])
        enc = textkit.ENCODERS[scheme](plain)
        wrapper = cyc.next((L.code, "ENC_WRAP"), L.ENC_WRAP).replace("@SCHEME@", scheme)
        pre, post = wrapper.split("@ENC@", 1)
        return _finish(rng, pre, enc, post, freeze_payload=True, rate=0.6)

    if fam == "obfuscated":
        plain = short_attack(L, rng, cyc)
        method = rng.choice(list(textkit.OBFUSCATORS))
        fn = textkit.OBFUSCATORS[method]
        toks = plain.split(" ")
        if method in ("spaced", "leet", "homoglyph", "zerowidth") and rng.random() < 0.5 and len(toks) > 3:
            k = rng.randint(1, min(3, len(toks) - 1))
            start = rng.randrange(0, len(toks) - k + 1)
            seg = " ".join(toks[start:start + k])
            obf = " ".join(toks[:start] + [fn(seg, rng)] + toks[start + k:])
        else:
            obf = fn(plain, rng)
        if obf == plain:
            obf = textkit.leet(plain, rng)
        wrapper = rng.choice(L.OBF_WRAP)
        pre, post = wrapper.split("@OBF@", 1)
        return _finish(rng, pre, obf, post, freeze_payload=True, rate=0.6)

    if fam == "context-switch":
        task = expand(cyc.next((L.code, "CS_TASKS"), L.CS_TASKS), rng, L.slots)
        trans = rng.choice(L.CS_TRANS)
        kind = rng.random()
        if kind < 0.4:
            attack = override_core(L, rng, cyc)
        elif kind < 0.6:
            attack = leak_core(L, rng, cyc)
        elif kind < 0.75:
            attack = exfil_core(L, rng, cyc)
        elif kind < 0.9:
            attack = tool_core(L, rng, cyc)
        else:
            attack = persona_core(L, rng, cyc)
        t = trans.rstrip()
        if t.endswith(",") or (t and t[-1].isalpha() and t[-1].islower()):
            attack = decap(attack)
        if trans.startswith("\n") or trans == "---":
            sep_a, sep_b = ("\n", "\n") if trans == "---" else ("", "")
            pre = task + sep_a + trans + sep_b
        else:
            pre = task + rng.choice([" ", " ", "\n"]) + trans + " "
        return _finish(rng, pre, attack, "", rate=0.8)

    if fam == "override":
        core = override_core(L, rng, cyc)
    elif fam == "prompt-leak":
        core = leak_core(L, rng, cyc)
    elif fam == "jailbreak-persona":
        core = persona_core(L, rng, cyc)
    elif fam == "fake-system":
        core = fake_core(L, rng, cyc)
        pre = ""
        r = rng.random()
        if r < 0.3:
            pre = expand(rng.choice(L.CS_TASKS), rng, L.slots) + rng.choice(["\n\n", "\n", " "])
        elif r < 0.45:
            pre = rng.choice(L.APREFIX)
        return _finish(rng, pre, core, "", rate=0.7)
    elif fam == "exfiltration":
        core = exfil_core(L, rng, cyc)
    elif fam == "tool-abuse":
        core = tool_core(L, rng, cyc)
    else:
        raise ValueError(fam)
    pre, post = _wrap(L, rng, core)
    if pre and pre.rstrip()[-1:] in (",",) or (pre and pre.rstrip()[-1:].isalpha()):
        core = decap(core)
    return _finish(rng, pre, core, post)
