"""Language modules and shared builders for the store_hundredtwentyfirst corpus."""
LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'da', 'nb', 'fi', 'cs', 'sk', 'hr', 'hu',
         'ro', 'bg', 'el', 'ru', 'uk', 'tr', 'he', 'hi', 'vi', 'lv', 'ja', 'ko', 'zh', 'ms']
