"""Store-gateway injection corpus "fortyfourth": persona and mode switches,
prompt and context leak questions, fake conversation turns and fake tool
output, with hard negatives that share their vocabulary."""

from . import core, en_gen

# (module name, language code, rows wanted, injection rows wanted)
LANGS = [
    ("de", "de", 100, 45), ("fr", "fr", 100, 45), ("es", "es", 100, 45), ("pt", "pt-BR", 100, 45),
    ("it", "it", 100, 45), ("pl", "pl", 100, 45), ("nl", "nl", 100, 45), ("ru", "ru", 100, 45),
    ("tr", "tr", 100, 45), ("ja", "ja", 100, 45), ("zh", "zh-CN", 100, 45), ("ko", "ko", 100, 45),
    ("id", "id", 100, 45), ("vi", "vi", 100, 45), ("ar", "ar", 100, 45),
    ("sv", "sv", 25, 11), ("cs", "cs", 25, 11), ("el", "el", 25, 11), ("hi", "hi", 25, 11),
]
