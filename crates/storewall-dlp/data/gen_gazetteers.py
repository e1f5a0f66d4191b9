#!/usr/bin/env python3
"""Regenerates the name gazetteers in this folder.

    pip install faker==40.54.0 && apt-get install wamerican
    python3 gen_gazetteers.py

first_names.txt and last_names.txt are the person-name lists of Faker's
Latin-script locales (MIT licence, see NOTICE) for the markets stores sell in.
common_words.txt lists the names that are also ordinary lower-case English
words in /usr/share/dict/words ("will", "may", "rose", "grant"), which need
more evidence than a capital letter before they count as names.
"""

import importlib
import pkgutil

import faker.providers.person as P

LOCALES = ['en', 'en_US', 'en_GB', 'en_IE', 'en_NZ', 'en_CA', 'de_DE', 'de_AT', 'de_CH', 'fr_FR', 'fr_BE',
           'fr_CH', 'fr_CA', 'es_ES', 'es_MX', 'es_AR', 'es_CO', 'nl_NL', 'nl_BE', 'it_IT', 'pt_PT', 'pt_BR',
           'sv_SE', 'da_DK', 'no_NO', 'fi_FI', 'pl_PL', 'cs_CZ', 'sk_SK', 'hu_HU', 'ro_RO', 'hr_HR', 'sl_SI',
           'et_EE', 'lv_LV', 'lt_LT', 'ga_IE', 'is_IS', 'tr_TR', 'en_IN', 'en_PK', 'en_NG', 'en_KE',
           'en_PH', 'en_TH', 'id_ID', 'tl_PH', 'sw', 'yo_NG', 'ha_NG', 'ig_NG', 'az_AZ', 'uz_UZ', 'vi_VN',
           'fil_PH', 'zu_ZA', 'en_AU', 'pt_BR', 'es_CL', 'es_CA']
# Romanized lists of non-Latin locales: customers of European stores write
# their names in Latin letters.
ROMANIZED = ['ja_JP', 'zh_CN', 'zh_TW', 'ko_KR']


def names(attrs, mods):
    out = set()
    for m in mods:
        for a in attrs:
            v = getattr(m.Provider, a, None)
            if v and isinstance(v, (list, tuple, set, dict)):
                out.update(v.keys() if isinstance(v, dict) else v)
    # One token per entry: multi-word surnames ("van der Berg") are matched
    # token by token with their particles.
    toks = set()
    for n in out:
        for t in n.replace("-", " ").split():
            if len(t) >= 2 and t[0].isupper():
                toks.add(t)
    return toks


def main():
    present = {m.name for m in pkgutil.iter_modules(P.__path__)}
    mods = [importlib.import_module(f"faker.providers.person.{l}") for l in LOCALES if l in present]
    first = names(["first_names", "first_names_male", "first_names_female", "first_names_nonbinary"], mods)
    last = names(["last_names", "last_names_male", "last_names_female"], mods)
    rom = [importlib.import_module(f"faker.providers.person.{l}") for l in ROMANIZED if l in present]
    first |= names(["first_romanized_names", "first_romanized_names_male", "first_romanized_names_female"], rom)
    last |= names(["last_romanized_names"], rom)
    # Only Latin-script tokens: the detector reads Latin text.
    latin = lambda t: all(c.isascii() or "\u00c0" <= c <= "\u024f" or c in "'’-" for c in t)
    first = {t for t in first if latin(t)}
    last = {t for t in last if latin(t)}
    words = {w.strip() for w in open("/usr/share/dict/words", encoding="utf-8") if w.strip()}
    lower = {w for w in words if w.islower()}
    common = {n for n in first | last if n.lower() in lower}
    for fname, data in [("first_names.txt", first), ("last_names.txt", last), ("common_words.txt", common)]:
        with open(fname, "w", encoding="utf-8") as f:
            f.write("\n".join(sorted(data)) + "\n")
        print(fname, len(data))


if __name__ == "__main__":
    main()
