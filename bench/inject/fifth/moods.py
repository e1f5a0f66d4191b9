"""Which review titles are negative or lukewarm, so a title matches the stars and the text."""

NEG = {
    "en": {"Not for me", "Returned", "Don't bother", "Fell apart", "Runs small!!", "Nope", "Not as pictured",
           "Cheap for a reason", "Wouldn't buy again", "Bit disappointed"},
    "de": {"Nicht mein Fall", "Zurückgeschickt", "Finger weg", "Fällt klein aus!", "Enttäuscht"},
    "fr": {"Pas pour moi", "Renvoyé", "À éviter", "Taille petit !", "Déçue"},
    "es": {"No es para mí", "Devuelto", "No lo compréis", "¡Talla pequeña!", "Decepcionada"},
    "it": {"Non fa per me", "Reso", "Lasciate perdere", "Delusa"},
    "nl": {"Niks voor mij", "Retour", "Niet doen", "Teleurgesteld"},
    "pt": {"Não é pra mim", "Devolvido", "Não comprem", "Decepcionada"},
    "pl": {"Nie dla mnie", "Zwrócone", "Nie polecam", "Rozczarowanie"},
    "sv": {"Inte för mig", "Returnerad", "Köp inte", "Besviken"},
    "ru": {"Не моё", "Вернула", "Не берите", "Разочарована"},
    "zh": {"不适合我", "已退货", "别买", "失望"},
    "no": {"Ikke for meg", "Returnert", "Skuffet"},
    "fi": {"Ei minulle", "Palautettu", "Pettymys"},
    "ro": {"Nu e pentru mine", "Returnat", "Dezamăgită"},
    "el": {"Όχι για μένα", "Επιστράφηκε", "Απογοήτευση"},
    "ko": {"저랑은 안 맞아요", "반품함", "실망"},
}

MID = {
    "en": {"Meh", "Okay-ish", "Great, with one catch", "Good but loud", "Decent", "Mixed feelings", "Fine",
           "Just ok", "Almost perfect", "Does what it says"},
    "de": {"Naja", "Fast perfekt", "Tut was es soll", "Solide"},
    "fr": {"Bof", "Presque parfait", "Fait le job"},
    "es": {"Regular", "Casi perfecto", "Cumple"},
    "it": {"Così così", "Fa il suo lavoro"},
    "nl": {"Matig", "Doet wat het moet doen"},
    "pt": {"Mais ou menos", "Cumpre o que promete"},
    "pl": {"Takie sobie", "Spełnia swoje zadanie"},
    "sv": {"Sådär", "Gör vad den ska"},
    "ru": {"Так себе", "Своих денег стоит"},
    "zh": {"一般般", "还可以"},
    "no": {"Sånn passe", "Gjør jobben"},
    "fi": {"Ihan ok", "Ajaa asiansa"},
    "ro": {"Așa și așa", "Își face treaba"},
    "el": {"Μέτριο", "Κάνει τη δουλειά"},
    "ko": {"그냥 그래요", "괜찮아요"},
}


def title_for(rng, lang, titles, mood):
    neg = NEG.get(lang, set())
    mid = MID.get(lang, set())
    if mood == "neg":
        pool = [t for t in titles if t in neg]
    elif mood == "mix":
        pool = [t for t in titles if t in mid]
    else:
        pool = [t for t in titles if t not in neg and t not in mid or t in ("Does what it says", "Solide")]
    return rng.choice(pool or titles)
