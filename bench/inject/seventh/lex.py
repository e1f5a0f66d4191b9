"""Per-language fillers: names, products, cities, currencies."""
from .util import pick

LANGS = ["en", "de", "fr", "es", "it", "nl", "pt", "pl", "da", "no", "fi", "cs", "hu", "tr", "ja", "zh"]

NAMES = {
    "en": ["Megan", "Tom", "Priya", "Darnell", "Chloe", "Liam", "Aisha", "Hannah", "Raj", "Becky", "Owen", "Jasmine",
           "Marcus", "Sofia", "Kev", "Danielle", "Connor", "Mei", "Gareth", "Tasha"],
    "de": ["Jonas", "Lena", "Katrin", "Mehmet", "Sabine", "Felix", "Uwe", "Annika", "Jürgen", "Mia", "Tobias", "Heike"],
    "fr": ["Camille", "Julien", "Nadia", "Théo", "Sophie", "Mathieu", "Inès", "Bruno", "Léa", "Karim", "Élodie"],
    "es": ["Lucía", "Javier", "Carmen", "Diego", "Marta", "Alejandro", "Nuria", "Pablo", "Rocío", "Sergio"],
    "it": ["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Davide", "Elena", "Alessio", "Silvia", "Matteo"],
    "nl": ["Sanne", "Daan", "Femke", "Joris", "Lotte", "Bram", "Anouk", "Ruud", "Eva", "Thijs"],
    "pt": ["Beatriz", "João", "Mariana", "Rafael", "Inês", "Tiago", "Camila", "Bruno", "Larissa", "Pedro"],
    "pl": ["Kasia", "Piotr", "Agnieszka", "Tomek", "Magda", "Paweł", "Ola", "Marcin", "Ewa", "Bartek"],
    "da": ["Mette", "Søren", "Freja", "Mads", "Line", "Kasper", "Ida", "Rasmus"],
    "no": ["Ingrid", "Lars", "Kari", "Eirik", "Silje", "Håkon", "Marte", "Ole"],
    "fi": ["Aino", "Mikko", "Laura", "Juha", "Emilia", "Teemu", "Sanna", "Ville"],
    "cs": ["Jana", "Petr", "Lucie", "Tomáš", "Eva", "Jakub", "Veronika", "Martin"],
    "hu": ["Anna", "Bence", "Zsófi", "Gábor", "Eszter", "Dávid", "Kata", "Péter"],
    "tr": ["Elif", "Mehmet", "Zeynep", "Burak", "Ayşe", "Emre", "Selin", "Can"],
    "ja": ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村"],
    "zh": ["王芳", "李伟", "张敏", "刘洋", "陈静", "杨磊", "赵丽", "黄强"],
}

SURNAMES = ["Walsh", "Okafor", "Brennan", "Kowalski", "Nguyen", "Fischer", "Moreau", "Rossi", "Jansen", "Silva",
            "Haddad", "Lindqvist", "Patel", "Carter", "Novak", "Yilmaz", "Duarte", "Becker", "Schmidt", "Horvath"]

PRODUCTS = {
    "en": ["linen shirt", "trail runners", "cast iron skillet", "wireless earbuds", "standing desk", "yoga mat",
           "espresso grinder", "rain jacket", "kids' bike helmet", "bamboo sheets", "LED desk lamp", "phone case",
           "air fryer", "wool beanie", "hiking backpack", "ceramic planter", "smart plug", "vitamin C serum",
           "dog harness", "board game", "electric kettle", "denim jacket", "robot vacuum", "chef's knife",
           "baby carrier", "camping stove", "gaming mouse", "scented candle", "running shorts", "water bottle"],
    "de": ["Leinenhemd", "Laufschuhe", "Gusseisenpfanne", "Kopfhörer", "Wasserkocher", "Yogamatte", "Regenjacke",
           "Kinderhelm", "Bettwäsche", "Schreibtischlampe", "Handyhülle", "Heißluftfritteuse", "Wanderrucksack",
           "Kaffeemühle", "Saugroboter", "Hundegeschirr"],
    "fr": ["chemise en lin", "chaussures de trail", "poêle en fonte", "écouteurs sans fil", "bouilloire", "tapis de yoga",
           "veste de pluie", "casque vélo enfant", "draps en bambou", "lampe de bureau", "coque de téléphone",
           "friteuse à air", "sac à dos", "moulin à café", "aspirateur robot", "harnais pour chien"],
    "es": ["camisa de lino", "zapatillas de trail", "sartén de hierro", "auriculares inalámbricos", "hervidor",
           "esterilla de yoga", "chubasquero", "casco infantil", "sábanas de bambú", "lámpara de escritorio",
           "funda de móvil", "freidora de aire", "mochila", "molinillo de café", "robot aspirador", "arnés para perro"],
    "it": ["camicia di lino", "scarpe da trail", "padella in ghisa", "auricolari wireless", "bollitore",
           "tappetino yoga", "giacca antipioggia", "casco bimbo", "lenzuola in bambù", "lampada da scrivania",
           "cover telefono", "friggitrice ad aria", "zaino", "macinacaffè", "robot aspirapolvere", "pettorina cane"],
    "nl": ["linnen overhemd", "trailschoenen", "gietijzeren pan", "draadloze oordopjes", "waterkoker", "yogamat",
           "regenjas", "kinderhelm", "bamboe lakens", "bureaulamp", "telefoonhoesje", "airfryer", "rugzak",
           "koffiemolen", "robotstofzuiger", "hondentuig"],
    "pt": ["camisa de linho", "ténis de trail", "frigideira de ferro", "fones sem fio", "chaleira elétrica",
           "tapete de yoga", "casaco impermeável", "capacete infantil", "lençóis de bambu", "candeeiro de secretária",
           "capa de telemóvel", "air fryer", "mochila", "moinho de café", "aspirador robô", "peitoral para cão"],
    "pl": ["lniana koszula", "buty do biegania", "patelnia żeliwna", "słuchawki bezprzewodowe", "czajnik",
           "mata do jogi", "kurtka przeciwdeszczowa", "kask dziecięcy", "pościel bambusowa", "lampka biurkowa",
           "etui na telefon", "frytkownica beztłuszczowa", "plecak", "młynek do kawy", "robot sprzątający", "szelki dla psa"],
    "da": ["hørskjorte", "løbesko", "støbejernspande", "trådløse høretelefoner", "elkedel", "yogamåtte", "regnjakke",
           "cykelhjelm til børn", "sengetøj", "skrivebordslampe", "mobilcover", "airfryer"],
    "no": ["linskjorte", "løpesko", "støpejernspanne", "trådløse ørepropper", "vannkoker", "yogamatte", "regnjakke",
           "sykkelhjelm til barn", "sengetøy", "skrivebordslampe", "mobildeksel", "airfryer"],
    "fi": ["pellavapaita", "juoksukengät", "valurautapannu", "langattomat kuulokkeet", "vedenkeitin", "joogamatto",
           "sadetakki", "lasten pyöräilykypärä", "lakanat", "työpöytävalaisin", "puhelimen suojakuori", "airfryer"],
    "cs": ["lněná košile", "běžecké boty", "litinová pánev", "bezdrátová sluchátka", "rychlovarná konvice",
           "podložka na jógu", "nepromokavá bunda", "dětská helma", "povlečení", "stolní lampa", "obal na mobil", "fritéza"],
    "hu": ["lenvászon ing", "futócipő", "öntöttvas serpenyő", "vezeték nélküli fülhallgató", "vízforraló",
           "jógaszőnyeg", "esőkabát", "gyerek bukósisak", "ágynemű", "asztali lámpa", "telefontok", "forrólevegős sütő"],
    "tr": ["keten gömlek", "koşu ayakkabısı", "döküm tava", "kablosuz kulaklık", "su ısıtıcı", "yoga matı",
           "yağmurluk", "çocuk kaskı", "nevresim takımı", "masa lambası", "telefon kılıfı", "airfryer"],
    "ja": ["リネンシャツ", "ランニングシューズ", "鉄フライパン", "ワイヤレスイヤホン", "電気ケトル", "ヨガマット",
           "レインジャケット", "子供用ヘルメット", "シーツ", "デスクライト", "スマホケース", "ノンフライヤー"],
    "zh": ["亚麻衬衫", "跑步鞋", "铸铁锅", "无线耳机", "电热水壶", "瑜伽垫", "雨衣", "儿童头盔", "床单", "台灯", "手机壳", "空气炸锅"],
}

CUR = {"en": ["$", "£", "€"], "de": ["€"], "fr": ["€"], "es": ["€"], "it": ["€"], "nl": ["€"], "pt": ["€"],
       "pl": ["zł"], "da": ["kr"], "no": ["kr"], "fi": ["€"], "cs": ["Kč"], "hu": ["Ft"], "tr": ["TL"],
       "ja": ["円"], "zh": ["元"]}

CITIES = {
    "en": ["Leeds", "Austin", "Bristol", "Denver", "Glasgow", "Portland", "Cork", "Melbourne", "Toronto", "Cardiff"],
    "de": ["Leipzig", "Köln", "Graz", "Bremen", "Zürich", "Mainz"], "fr": ["Lyon", "Nantes", "Lille", "Bordeaux", "Liège"],
    "es": ["Valencia", "Sevilla", "Bilbao", "Zaragoza", "Málaga"], "it": ["Bologna", "Torino", "Bari", "Verona", "Padova"],
    "nl": ["Utrecht", "Gent", "Zwolle", "Eindhoven", "Haarlem"], "pt": ["Porto", "Braga", "Coimbra", "Curitiba", "Recife"],
    "pl": ["Kraków", "Gdańsk", "Poznań", "Wrocław", "Łódź"], "da": ["Aarhus", "Odense", "Aalborg"],
    "no": ["Bergen", "Trondheim", "Stavanger"], "fi": ["Tampere", "Turku", "Oulu"], "cs": ["Brno", "Ostrava", "Plzeň"],
    "hu": ["Debrecen", "Szeged", "Pécs"], "tr": ["İzmir", "Bursa", "Ankara"], "ja": ["大阪", "福岡", "札幌"],
    "zh": ["杭州", "成都", "南京"],
}

SHOPS = ["Northwind Outfitters", "Kettle & Crumb", "Lumen Home", "Pawsome Supply", "Brightpeak Gear", "Velvet Fern",
         "Harbor Lane", "Copperleaf Kitchen", "Tinytrails Kids", "Oakmoss Beauty", "Fieldnote Stationery",
         "Bluecedar Garden", "Stride Lab", "Nordlicht Living", "Casa Mirto"]

BAD_HOSTS = ["shop-metrics.io", "cdn-pixelhub.net", "img-cache.top", "stats-relay.xyz", "collect.tracklytics.cc",
             "reviews-sync.app", "pxl.ordertrack.su", "api.cart-helper.biz", "a1b2.webhook-relay.dev",
             "upd.storefront-cdn.info", "log.assist-telemetry.com", "fonts-static.click"]

GOOD_HOSTS = ["www.dhl.com", "www.royalmail.com", "www.ups.com", "postnl.nl", "www.laposte.fr", "www.correos.es",
              "help.shopify.com", "support.apple.com", "www.ikea.com", "docs.python.org", "en.wikipedia.org",
              "www.youtube.com", "www.instagram.com", "www.trustpilot.com"]


def name(rng, lang):
    return pick(rng, NAMES.get(lang, NAMES["en"]))


def product(rng, lang):
    return pick(rng, PRODUCTS.get(lang, PRODUCTS["en"]))


def city(rng, lang):
    return pick(rng, CITIES.get(lang, CITIES["en"]))


def cur(rng, lang):
    return pick(rng, CUR.get(lang, ["€"]))
