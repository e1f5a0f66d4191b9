"""Content modules for the fiftyfirst store-traffic injection corpus."""

MODULES = ["en", "de", "fr", "es_es", "es_419", "it", "pt_br", "pt_pt", "nl", "pl", "sv", "cs",
           "ru", "tr", "ar", "hi", "ja", "zh_cn", "zh_tw", "ko", "vi", "id"]
