"""Template expansion.

Syntax inside templates:
  [[a|b|c]]   pick one alternative at random (no nesting)
  {slot}      replaced from the row context (lower-case names only)
  ⟦ ... ⟧     marks the payload span; markers are removed.  When no markers
              are present in an injection template the whole snippet is the
              payload.
Literal braces that are not slot names (JSON, code) are left untouched.
"""
import re

ALT_RE = re.compile(r"\[\[(.*?)\]\]", re.S)
SLOT_RE = re.compile(r"\{([a-z][a-z0-9_]*)\}")
P_OPEN, P_CLOSE = "\u27e6", "\u27e7"


def alternate(rng, text):
    return ALT_RE.sub(lambda m: rng.choice(m.group(1).split("|")), text)


def slots(text, ctx):
    def rep(m):
        key = m.group(1)
        if key not in ctx:
            raise KeyError("unknown slot {%s} in template: %r" % (key, text[:80]))
        return str(ctx[key])
    return SLOT_RE.sub(rep, text)


def expand(rng, template, ctx):
    """Return (text, payload_or_None)."""
    out = slots(alternate(rng, template), ctx)
    if P_OPEN in out:
        a = out.index(P_OPEN)
        b = out.index(P_CLOSE)
        payload = out[a + 1:b]
        out = out.replace(P_OPEN, "").replace(P_CLOSE, "")
        return out, payload
    return out, None


def pick_n(rng, seq, n):
    n = max(0, min(n, len(seq)))
    return rng.sample(seq, n)


def fill(rng, ctx, seq, n):
    return [expand(rng, t, ctx)[0] for t in pick_n(rng, seq, n)]
