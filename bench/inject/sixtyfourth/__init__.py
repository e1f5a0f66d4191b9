"""Hand-written pools for the sixtyfourth corpus, one module per market."""

from . import ja, zh_cn, zh_tw, ko, vi, th, id_, ms, fil, hinglish

SPECS = (
    ja.SPEC, zh_cn.SPEC, zh_tw.SPEC, zh_tw.SPEC_HK, ko.SPEC, vi.SPEC,
    th.SPEC, id_.SPEC, ms.SPEC, fil.SPEC, hinglish.SPEC,
)
