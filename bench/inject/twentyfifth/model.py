"""Tiny constructors used by the language modules.

B  -- a benign text (plain or hard negative). It may contain slot markers
      where an attack can be planted when the text is reused as a carrier:
      "⟪⟫" plain slot, "⟪j⟫" slot inside a JSON string, "⟪h⟫" slot in HTML,
      "⟪f⟫" place for an extra JSON field.
A  -- an attack snippet, planted inside a carrier text.
F  -- a complete injected text that stands on its own.
"""


def B(source, family, text, lang=None):
    return {"kind": "b", "source": source, "family": family, "text": text, "lang": lang}


def A(family, text, payload=None, srcs="", lang=None):
    return {
        "kind": "a",
        "family": family,
        "text": text,
        "payload": payload if payload is not None else text,
        "srcs": srcs.split(),
        "lang": lang,
    }


def F(source, family, text, payload, lang=None):
    return {"kind": "f", "source": source, "family": family, "text": text,
            "payload": payload, "lang": lang}
