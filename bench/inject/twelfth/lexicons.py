"""Names, products, stores, money and the per-row context."""
import base64
import unicodedata

LANGS = ["en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "da", "cs", "tr", "ja"]

NAMES = {
    "en": ["Emma Walker", "Liam Bennett", "Olivia Hughes", "Noah Patel", "Ava Murphy", "Ethan Carter",
           "Grace Brooks", "Marcus Foster", "Priya Reid", "Daniel Sullivan", "Chloe Nguyen", "Samuel Okafor",
           "Hannah Price", "Omar Ellis", "Zoe Gray", "Ryan Whitfield", "Megan Doyle", "Tyler Quinn",
           "Aisha Rahman", "Connor Blake", "Isla Fraser", "Jamal Greene", "Ruth Abernathy", "Felix Moreno"],
    "de": ["Lukas Müller", "Anna Schneider", "Jonas Fischer", "Lea Weber", "Felix Becker", "Sophie Hoffmann",
           "Maximilian Schäfer", "Marie Koch", "Tobias Richter", "Katrin Wagner", "Jana Brandt", "Henrik Vogel"],
    "fr": ["Camille Martin", "Louis Bernard", "Chloé Dubois", "Hugo Lefèvre", "Léa Moreau", "Julien Laurent",
           "Manon Girard", "Antoine Rousseau", "Élodie Fontaine", "Théo Mercier", "Inès Garnier", "Baptiste Roy"],
    "es": ["Lucía García", "Javier Fernández", "Carmen López", "Diego Martínez", "Marta Sánchez", "Alejandro Romero",
           "Sofía Navarro", "Pablo Torres", "Elena Ruiz", "Andrés Castillo", "Nuria Vidal", "Iker Ortega"],
    "it": ["Giulia Rossi", "Marco Russo", "Francesca Ferrari", "Luca Esposito", "Chiara Bianchi", "Matteo Romano",
           "Sara Colombo", "Alessandro Ricci", "Elisa Marino", "Davide Greco", "Federica Conti", "Paolo De Luca"],
    "nl": ["Daan de Vries", "Sanne Jansen", "Bram van Dijk", "Lotte Bakker", "Thijs Visser", "Femke Smit",
           "Jeroen Meijer", "Anouk de Boer", "Ruben Mulder", "Eva Bos", "Sem Vermeulen", "Iris Peters"],
    "pt": ["João Silva", "Beatriz Santos", "Tiago Ferreira", "Inês Pereira", "Rafael Oliveira", "Mariana Costa",
           "Pedro Rodrigues", "Carolina Martins", "Gonçalo Sousa", "Ana Almeida", "Rita Carvalho", "Miguel Lopes"],
    "pl": ["Jakub Nowak", "Zofia Wiśniewska", "Mateusz Kowalczyk", "Agnieszka Lewandowska", "Piotr Mazur",
           "Katarzyna Zając", "Michał Król", "Magdalena Wójcik", "Tomasz Kamiński", "Aleksandra Dudek"],
    "sv": ["Erik Johansson", "Elin Andersson", "Oskar Karlsson", "Maja Nilsson", "Johan Eriksson",
           "Linnea Lindqvist", "Anders Berg", "Sara Holm", "Viktor Sandberg", "Ebba Lund"],
    "da": ["Mads Jensen", "Freja Nielsen", "Rasmus Hansen", "Ida Pedersen", "Frederik Andersen",
           "Mette Christensen", "Søren Larsen", "Camilla Sørensen", "Jonas Rasmussen", "Louise Madsen"],
    "cs": ["Jan Novák", "Tereza Svobodová", "Petr Dvořák", "Lucie Černá", "Martin Procházka",
           "Kateřina Horáková", "Tomáš Kučera", "Veronika Veselá", "Jakub Marek", "Eva Pokorná"],
    "tr": ["Ahmet Yılmaz", "Elif Kaya", "Mehmet Demir", "Zeynep Şahin", "Emre Çelik", "Ayşe Yıldız",
           "Burak Aydın", "Selin Öztürk", "Can Arslan", "Deniz Koç"],
    "ja": ["佐藤 健", "鈴木 美咲", "高橋 大輔", "田中 由美", "伊藤 翔", "渡辺 彩", "山本 拓也", "中村 恵",
           "小林 直樹", "加藤 さくら"],
}

# (brand, product, category)
PRODUCTS = {
    "en": [
        ("Nordvik", "Nordvik Trail 38L backpack", "backpacks"),
        ("Aurelia", "Aurelia ceramic pour-over kettle", "kettles"),
        ("Kestrel", "Kestrel X2 wireless earbuds", "earbuds"),
        ("Maple & Moss", "Maple & Moss linen duvet cover", "bedding"),
        ("Brightline", "Brightline LED desk lamp", "desk lamps"),
        ("Tundra", "Tundra merino base layer", "base layers"),
        ("Pebble", "Pebble smart plug (2-pack)", "smart plugs"),
        ("Harbor", "Harbor cast-iron skillet 26 cm", "cookware"),
        ("Solace", "Solace memory-foam pillow", "pillows"),
        ("Fjell", "Fjell waterproof hiking boots", "hiking boots"),
        ("Citrine", "Citrine vitamin C serum 30 ml", "skincare"),
        ("Orbit", "Orbit R7 robot vacuum", "robot vacuums"),
        ("Willow", "Willow bamboo cutting board set", "kitchen boards"),
        ("Cobalt", "Cobalt 5-inch running shorts", "running shorts"),
        ("Larkspur", "Larkspur fig & cedar candle", "candles"),
        ("Vantage", "Vantage 27-inch 4K monitor", "monitors"),
        ("Ember", "Ember heated throw blanket", "blankets"),
        ("Halcyon", "Halcyon 6 mm yoga mat", "yoga mats"),
        ("Quill", "Quill steel-nib fountain pen", "pens"),
        ("Drift", "Drift kids' kick scooter", "scooters"),
        ("Atlas", "Atlas universal travel adapter", "travel adapters"),
        ("Nimbus", "Nimbus ergonomic baby carrier", "baby carriers"),
        ("Juniper", "Juniper no-pull dog harness", "dog harnesses"),
        ("Slate", "Slate conical burr grinder", "coffee grinders"),
        ("Riverstone", "Riverstone 30 m garden hose", "garden hoses"),
        ("Polar", "Polar insulated bottle 750 ml", "water bottles"),
        ("Crest", "Crest sonic toothbrush", "toothbrushes"),
        ("Sable", "Sable leather bifold wallet", "wallets"),
        ("Mesa", "Mesa dual-motor standing desk", "standing desks"),
        ("Tidal", "Tidal packable rain jacket", "rain jackets"),
        ("Cinder", "Cinder cordierite pizza stone", "pizza stones"),
        ("Glint", "Glint 10-piece cookware set", "cookware sets"),
        ("Pulse", "Pulse HR fitness tracker", "fitness trackers"),
        ("Beacon", "Beacon solar garden lights (6)", "garden lights"),
        ("Wren", "Wren organic cotton crib sheet", "crib sheets"),
        ("Loom", "Loom chunky knit cardigan", "cardigans"),
    ],
    "de": [
        ("Bergmann", "Kaffeemühle Bergmann K2", "Kaffeemühlen"),
        ("Alpenfuchs", "Wanderrucksack Alpenfuchs 30 L", "Rucksäcke"),
        ("Klangwerk", "Bluetooth-Kopfhörer Klangwerk S3", "Kopfhörer"),
        ("Leinwerk", "Bettwäsche-Set Leinwerk Sand", "Bettwäsche"),
        ("Lichtblick", "Schreibtischlampe Lichtblick Pro", "Leuchten"),
        ("Eisenherz", "Gusseisenpfanne Eisenherz 28 cm", "Pfannen"),
        ("Gipfel", "Thermoskanne Gipfel 1 L", "Thermoskannen"),
        ("Flitzer", "Kinderfahrrad Flitzer 16 Zoll", "Kinderfahrräder"),
        ("Putzi", "Saugroboter Putzi R5", "Saugroboter"),
        ("Nordwind", "Regenjacke Nordwind", "Regenjacken"),
        ("Balance", "Yogamatte Balance Natur", "Yogamatten"),
        ("Glanz", "Elektrische Zahnbürste Glanz Pro", "Zahnbürsten"),
    ],
    "fr": [
        ("Lumière", "Lampe de chevet Lumière Douce", "luminaires"),
        ("Cocotte", "Cocotte en fonte Cocotte & Co 24 cm", "cocottes"),
        ("Sillage", "Eau de parfum Sillage 50 ml", "parfums"),
        ("Randonneur", "Sac à dos Randonneur 35 L", "sacs à dos"),
        ("Écoute", "Écouteurs sans fil Écoute S2", "écouteurs"),
        ("Douillet", "Couette Douillet 240x220", "couettes"),
        ("Brioche", "Machine à pain Brioche 900", "électroménager"),
        ("Marin", "Marinière Marin en coton bio", "hauts"),
        ("Tempo", "Montre connectée Tempo 2", "montres"),
        ("Jardin", "Tuyau d'arrosage Jardin Facile 25 m", "jardin"),
        ("Velours", "Fauteuil Velours Émeraude", "fauteuils"),
        ("Savonnerie", "Coffret savons Savonnerie de Provence", "cosmétiques"),
    ],
    "es": [
        ("Brisa", "Ventilador de pie Brisa 40", "ventiladores"),
        ("Olivar", "Aceite de oliva Olivar virgen extra 1 L", "alimentación"),
        ("Sierra", "Botas de montaña Sierra Impermeables", "calzado"),
        ("Cafetal", "Cafetera italiana Cafetal 6 tazas", "cafeteras"),
        ("Lúmina", "Lámpara de escritorio Lúmina LED", "iluminación"),
        ("Nube", "Almohada viscoelástica Nube", "almohadas"),
        ("Ritmo", "Auriculares inalámbricos Ritmo X", "auriculares"),
        ("Terral", "Mochila Terral 28 L", "mochilas"),
        ("Sartén", "Sartén antiadherente Chef Sartén 28 cm", "menaje"),
        ("Pétalo", "Sérum facial Pétalo con ácido hialurónico", "cosmética"),
        ("Patín", "Patinete infantil Patín Rayo", "juguetes"),
        ("Lienzo", "Juego de sábanas Lienzo 150", "ropa de cama"),
    ],
    "it": [
        ("Moka", "Caffettiera Moka Aurora 3 tazze", "caffettiere"),
        ("Dolomia", "Scarponi Dolomia Trek GTX", "calzature"),
        ("Lino", "Copripiumino Lino Salvia", "biancheria"),
        ("Sonora", "Cuffie wireless Sonora Q5", "cuffie"),
        ("Fiamma", "Padella in ghisa Fiamma 26 cm", "pentole"),
        ("Luce", "Lampada da tavolo Luce Bianca", "illuminazione"),
        ("Zaino", "Zaino da viaggio Vela 30 L", "zaini"),
        ("Rugiada", "Crema viso Rugiada idratante 50 ml", "cosmetici"),
        ("Ruota", "Monopattino per bambini Ruota Blu", "giocattoli"),
        ("Pasta", "Macchina per pasta Sfoglia 150", "cucina"),
        ("Orto", "Tubo da giardino Orto Facile 20 m", "giardino"),
        ("Tempo", "Smartwatch Tempo S", "smartwatch"),
    ],
    "nl": [
        ("Polder", "Regenjas Polder Lite", "jassen"),
        ("Fietsfix", "Fietstas Fietsfix Dubbel 40 L", "fietstassen"),
        ("Knus", "Dekbedovertrek Knus Oudroze", "beddengoed"),
        ("Klank", "Draadloze oordopjes Klank Air", "oordopjes"),
        ("Koffiehuis", "Koffiemolen Koffiehuis M1", "koffiemolens"),
        ("Stoer", "Gietijzeren braadpan Stoer 24 cm", "pannen"),
        ("Licht", "Bureaulamp Helder Licht", "verlichting"),
        ("Tuintje", "Tuinslang Tuintje 25 m", "tuin"),
        ("Rustig", "Hoofdkussen Rustig Traagschuim", "kussens"),
        ("Speels", "Loopfiets Speels Junior", "speelgoed"),
        ("Zeep", "Handzeep Zeepmakerij Lavendel", "verzorging"),
        ("Wandel", "Wandelschoenen Wandel Pro", "schoenen"),
    ],
    "pt": [
        ("Maré", "Toalhas de praia Maré (2 un.)", "têxteis"),
        ("Cortiça", "Tapete de ioga Cortiça Natural", "desporto"),
        ("Sabor", "Panela de pressão Sabor 6 L", "cozinha"),
        ("Brilho", "Escova de dentes elétrica Brilho Pro", "higiene"),
        ("Trilho", "Mochila Trilho 32 L", "mochilas"),
        ("Som", "Coluna Bluetooth Som Max", "áudio"),
        ("Aroma", "Máquina de café Aroma Expresso", "café"),
        ("Luar", "Candeeiro de mesa Luar", "iluminação"),
        ("Sono", "Almofada Sono Perfeito", "almofadas"),
        ("Azulejo", "Conjunto de canecas Azulejo (4)", "loiça"),
        ("Vento", "Casaco impermeável Vento Norte", "casacos"),
        ("Horta", "Mangueira de jardim Horta 20 m", "jardim"),
    ],
    "pl": [
        ("Bursztyn", "Lampka biurkowa Bursztyn LED", "oświetlenie"),
        ("Tatry", "Buty trekkingowe Tatry Pro", "obuwie"),
        ("Kawusia", "Młynek do kawy Kawusia M2", "kawa"),
        ("Puch", "Kołdra Puch Zimowa 200x220", "pościel"),
        ("Dźwięk", "Słuchawki bezprzewodowe Dźwięk S5", "słuchawki"),
        ("Żeliwo", "Patelnia żeliwna Żeliwo 26 cm", "naczynia"),
        ("Plecak", "Plecak miejski Wędrowiec 25 L", "plecaki"),
        ("Ogród", "Wąż ogrodowy Zielony Ogród 30 m", "ogród"),
        ("Miś", "Pluszowy miś Bartek 40 cm", "zabawki"),
        ("Czysto", "Robot sprzątający Czysto R3", "AGD"),
        ("Krem", "Krem do twarzy Rumianek 50 ml", "kosmetyki"),
        ("Kurtka", "Kurtka przeciwdeszczowa Bałtyk", "kurtki"),
    ],
    "sv": [
        ("Fjällräv", "Ryggsäck Fjällstig 30 L", "ryggsäckar"),
        ("Kaffekvarn", "Kaffekvarn Bryggmästaren", "kaffe"),
        ("Linne", "Påslakan Linne Dimgrå", "sängkläder"),
        ("Ljud", "Trådlösa hörlurar Ljudvåg 3", "hörlurar"),
        ("Gjutjärn", "Gjutjärnspanna Härd 28 cm", "stekpannor"),
        ("Ljus", "Skrivbordslampa Ljusglimt", "belysning"),
        ("Regn", "Regnjacka Skärgård", "jackor"),
        ("Yoga", "Yogamatta Stilla 5 mm", "träning"),
        ("Barn", "Sparkcykel Blixten Junior", "leksaker"),
        ("Dammsugare", "Robotdammsugare Städa S9", "hushåll"),
        ("Tvål", "Handtvål Havtorn 300 ml", "hudvård"),
        ("Termos", "Termos Vinterväg 0,75 L", "termosar"),
    ],
    "da": [
        ("Hygge", "Plaid Hygge Uld", "plaider"),
        ("Kaffe", "Kaffekværn Morgenbrød K1", "kaffe"),
        ("Cykel", "Cykeltaske Pendler 20 L", "cykeludstyr"),
        ("Lyd", "Trådløse høretelefoner Lydbølge", "høretelefoner"),
        ("Gryde", "Støbejernsgryde Smørrebrød 24 cm", "gryder"),
        ("Lampe", "Bordlampe Fjordlys", "belysning"),
        ("Regnfrakke", "Regnfrakke Vesterhav", "jakker"),
        ("Dyne", "Dyne Dunlet 140x200", "sengetøj"),
        ("Legetøj", "Træklodser Byggeglad (60 stk.)", "legetøj"),
        ("Støvsuger", "Robotstøvsuger Renlig R2", "husholdning"),
        ("Sæbe", "Håndsæbe Klit & Hav", "pleje"),
        ("Termokop", "Termokop Morgentur 400 ml", "termokopper"),
    ],
    "cs": [
        ("Šumava", "Turistický batoh Šumava 35 l", "batohy"),
        ("Kafe", "Mlýnek na kávu Zrnko M3", "káva"),
        ("Len", "Povlečení Lněný sen", "povlečení"),
        ("Zvuk", "Bezdrátová sluchátka Zvukovka S2", "sluchátka"),
        ("Litina", "Litinová pánev Kovárna 26 cm", "nádobí"),
        ("Lampa", "Stolní lampa Světluška", "osvětlení"),
        ("Bunda", "Nepromokavá bunda Krkonoše", "bundy"),
        ("Hračka", "Dřevěná stavebnice Kostička", "hračky"),
        ("Vysavač", "Robotický vysavač Uklízeč R4", "domácnost"),
        ("Krém", "Pleťový krém Heřmánek 50 ml", "kosmetika"),
        ("Termoska", "Termoska Horal 1 l", "termosky"),
        ("Zahrada", "Zahradní hadice Zahrádka 25 m", "zahrada"),
    ],
    "tr": [
        ("Lale", "Lale porselen çay seti (12 parça)", "mutfak"),
        ("Kapadokya", "Kapadokya trekking botu", "ayakkabı"),
        ("Kahve", "Türk kahvesi makinesi Köpük Pro", "kahve"),
        ("Pamuk", "Pamuk nevresim takımı Çift Kişilik", "ev tekstili"),
        ("Ses", "Kablosuz kulaklık Ses Air", "kulaklık"),
        ("Döküm", "Döküm tava Ocak 28 cm", "tencere"),
        ("Işık", "Masa lambası Işıltı", "aydınlatma"),
        ("Yağmur", "Yağmurluk Karadeniz", "mont"),
        ("Oyuncak", "Ahşap yapboz Minik Usta", "oyuncak"),
        ("Süpürge", "Robot süpürge Temizbey R6", "elektrikli ev aletleri"),
        ("Gül", "Isparta gül suyu tonik 250 ml", "kozmetik"),
        ("Termos", "Termos Yayla 1 L", "termos"),
    ],
    "ja": [
        ("カゼ", "扇風機 そよかぜ F3", "家電"),
        ("ユキ", "羽毛布団 ゆきのね シングル", "寝具"),
        ("マメ", "コーヒーミル まめひき M2", "コーヒー用品"),
        ("オト", "ワイヤレスイヤホン おとのは S1", "オーディオ"),
        ("テツ", "南部鉄器 急須 てつびん", "キッチン"),
        ("アカリ", "デスクライト あかり LED", "照明"),
        ("ヤマ", "登山用リュック やまみち 30L", "アウトドア"),
        ("ハダ", "保湿化粧水 はだうるる 200ml", "スキンケア"),
        ("ソウジ", "ロボット掃除機 きれいちゃん R5", "家電"),
        ("ミズ", "ステンレス水筒 みずたま 500ml", "水筒"),
        ("アメ", "レインコート あまおと", "アウター"),
        ("ツミキ", "木製つみき もりのこ 50ピース", "おもちゃ"),
    ],
}

CITIES = {
    "en": [("14 Elm Street", "Leeds", "LS6 2AB"), ("221 Harbor Road", "Portland", "97209"),
           ("8 Kings Parade", "Bristol", "BS1 4QT"), ("77 Cedar Avenue", "Austin", "78704"),
           ("3 Millbrook Close", "Manchester", "M14 5RT"), ("1902 Lakeview Drive", "Madison", "53703"),
           ("45 Orchard Lane", "Cork", "T12 X2E1"), ("560 Pine Street", "Seattle", "98101")],
    "de": [("Lindenstraße 12", "Hamburg", "22767"), ("Am Markt 3", "Leipzig", "04109"), ("Bergweg 8", "Freiburg", "79098")],
    "fr": [("12 rue des Lilas", "Lyon", "69003"), ("5 avenue Victor Hugo", "Nantes", "44000"), ("8 place du Marché", "Lille", "59000")],
    "es": [("Calle Mayor 14", "Zaragoza", "50001"), ("Avenida del Puerto 22", "Valencia", "46021"), ("Calle Olmo 5", "Sevilla", "41003")],
    "it": [("Via Garibaldi 21", "Torino", "10122"), ("Corso Italia 4", "Pisa", "56125"), ("Via dei Mille 9", "Bologna", "40121")],
    "nl": [("Prinsengracht 112", "Amsterdam", "1015 EA"), ("Dorpsstraat 7", "Utrecht", "3512 JE"), ("Havenkade 19", "Rotterdam", "3024 EL")],
    "pt": [("Rua das Flores 33", "Porto", "4050-262"), ("Avenida da Liberdade 101", "Lisboa", "1250-140"), ("Rua Direita 8", "Coimbra", "3000-136")],
    "pl": [("ul. Długa 15", "Gdańsk", "80-827"), ("ul. Floriańska 3", "Kraków", "31-019"), ("ul. Piotrkowska 120", "Łódź", "90-006")],
    "sv": [("Storgatan 14", "Uppsala", "753 20"), ("Hamngatan 5", "Göteborg", "411 14"), ("Kungsvägen 22", "Malmö", "211 35")],
    "da": [("Nørregade 18", "Aarhus", "8000"), ("Vestergade 4", "Odense", "5000"), ("Strandvejen 90", "Hellerup", "2900")],
    "cs": [("Náměstí Míru 7", "Praha", "120 00"), ("Masarykova 21", "Brno", "602 00"), ("Husova 3", "Olomouc", "779 00")],
    "tr": [("Bağdat Caddesi No:112", "İstanbul", "34728"), ("Atatürk Bulvarı No:45", "Ankara", "06420"), ("Kordon Sokak No:8", "İzmir", "35220")],
    "ja": [("渋谷区神南1-2-3", "東京都", "150-0041"), ("北区梅田2-4-9", "大阪府", "530-0001"), ("中区栄3-5-1", "愛知県", "460-0008")],
}

STORES = ["Lindqvist Home", "Casa Oliva", "Northfold Outdoor", "Greenleaf Pantry", "Kobalt Electronics",
          "Mimosa Beauty", "Tidewater Supply", "Hygge Living", "Studio Terra", "Pawfect Pets", "Velo Corner",
          "Kirin Stationery", "Atelier Nuvola", "Bazaar Maritime", "Copper & Clay", "Little Sprout Kids",
          "Fernwood Garden Co.", "Brightside Tech", "Marlow & Finch", "Oakridge Outfitters"]

TLD = {"en": [".com", ".co.uk", ".shop"], "de": [".de"], "fr": [".fr"], "es": [".es"], "it": [".it"],
       "nl": [".nl"], "pt": [".pt"], "pl": [".pl"], "sv": [".se"], "da": [".dk"], "cs": [".cz"],
       "tr": [".com.tr"], "ja": [".jp", ".co.jp"]}

EVIL_DOMAINS = ["cdn-pixelhub.net", "stat.reviewmetrics.io", "img.shopinsight-cdn.com", "t.cart-analytics.app",
                "assets.promo-tracker.net", "log.feedsync.io", "pix.retail-telemetry.com", "a.shopperlens.co",
                "beacon.orderassist.net", "static.deal-radar.info", "u.parcel-verify.com", "m.reward-claims.net"]
EVIL_MAIL = ["refunds.desk@inbox-relay.net", "audit-team@supportdesk-mail.com", "orders@returns-center.org",
             "backup.export@datadrop-mail.com", "ops@merchant-verify.net", "finance.ap@invoice-mailer.com"]

TOOLS = ["issue_refund", "apply_discount", "update_order_status", "send_email", "export_customers",
         "update_shipping_address", "create_gift_card", "set_product_price", "add_store_credit",
         "cancel_order", "mark_order_paid", "delete_review", "add_staff_user", "change_payout_account"]

AI_EN = ["AI assistant", "AI agent", "language model", "automated assistant", "shopping assistant", "LLM",
         "AI model", "virtual assistant", "support bot", "automated agent", "summarization model", "AI system",
         "chatbot", "assistant"]

CODES = ["SPRING15", "WELCOME10", "VIP50", "STAFF100", "FREESHIP", "LOYAL25", "THANKS20", "SUMMER30",
         "BLACKFRI40", "MEMBER35", "HELLO5", "RETURN0"]

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]


def money(rng, lang):
    """Return (formatted, raw_string)."""
    if lang == "en":
        v = rng.choice([19.99, 24.5, 34.0, 49.99, 59.0, 79.95, 89.9, 119.0, 149.99, 229.0, 349.0, 12.49])
        sym = rng.choice(["$", "£", "$"])
        return "%s%.2f" % (sym, v), "%.2f" % v
    if lang in ("de", "fr", "es", "it", "pt"):
        v = rng.choice([19.99, 24.9, 39.0, 49.95, 64.9, 89.0, 129.0, 179.9, 249.0])
        s = ("%.2f" % v).replace(".", ",")
        return s + " €", "%.2f" % v
    if lang == "nl":
        v = rng.choice([17.95, 29.99, 44.5, 69.0, 99.95, 139.0])
        return "€ " + ("%.2f" % v).replace(".", ","), "%.2f" % v
    if lang == "pl":
        v = rng.choice([79.99, 129.0, 199.99, 349.0, 529.0])
        return ("%.2f" % v).replace(".", ",") + " zł", "%.2f" % v
    if lang == "sv":
        v = rng.choice([199, 349, 499, 895, 1295])
        return "%d kr" % v, "%d.00" % v
    if lang == "da":
        v = rng.choice([149, 299, 449, 699, 999])
        return "%d kr." % v, "%d.00" % v
    if lang == "cs":
        v = rng.choice([499, 899, 1299, 2490, 3990])
        s = "{:,}".format(v).replace(",", " ")
        return s + " Kč", "%d.00" % v
    if lang == "tr":
        v = rng.choice([349, 799, 1299, 2499, 4150])
        s = "{:,}".format(v).replace(",", ".")
        return s + " TL", "%d.00" % v
    v = rng.choice([1980, 3480, 4980, 7980, 12800])
    return "{:,}円".format(v), "%d" % v


def date(rng, lang):
    y = rng.choice([2024, 2025])
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    iso = "%04d-%02d-%02d" % (y, m, d)
    if lang == "en":
        loc = rng.choice(["%s %d, %d" % (MONTHS_EN[m - 1], d, y), "%d %s %d" % (d, MONTHS_EN[m - 1], y)])
    elif lang in ("de", "cs", "pl", "tr", "da"):
        loc = "%02d.%02d.%d" % (d, m, y)
    elif lang in ("fr", "es", "it", "pt"):
        loc = "%02d/%02d/%d" % (d, m, y)
    elif lang == "nl":
        loc = "%d-%d-%d" % (d, m, y)
    elif lang == "sv":
        loc = iso
    else:
        loc = "%d年%d月%d日" % (y, m, d)
    return loc, iso


def slug(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


JA_ROMAJI = {"佐藤": "sato", "鈴木": "suzuki", "高橋": "takahashi", "田中": "tanaka", "伊藤": "ito",
             "渡辺": "watanabe", "山本": "yamamoto", "中村": "nakamura", "小林": "kobayashi", "加藤": "kato",
             "健": "ken", "美咲": "misaki", "大輔": "daisuke", "由美": "yumi", "翔": "sho", "彩": "aya",
             "拓也": "takuya", "恵": "megumi", "直樹": "naoki", "さくら": "sakura"}
SPECIAL = {"ß": "ss", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ı": "i", "đ": "d"}


def asciify(s):
    s = "".join(SPECIAL.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def email_for(name, domain, rng):
    parts = [JA_ROMAJI.get(p, p) for p in name.split()]
    parts = [asciify(p).lower() for p in parts]
    parts = ["".join(c for c in p if c.isascii() and c.isalnum()) for p in parts]
    parts = [p for p in parts if p]
    if not parts:
        parts = ["customer%d" % rng.randint(100, 999)]
    style = rng.randint(0, 3)
    if style == 0:
        local = ".".join(parts)
    elif style == 1:
        local = parts[0][0] + parts[-1]
    elif style == 2:
        local = parts[0] + str(rng.randint(7, 99))
    else:
        local = parts[-1] + "." + parts[0][0]
    return local + "@" + domain


CUSTOMER_MAIL = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "web.de", "gmx.net",
                 "orange.fr", "libero.it", "ziggo.nl", "sapo.pt", "wp.pl", "telia.com", "seznam.cz", "hotmail.com"]


def make_ctx(rng, lang):
    names = NAMES[lang]
    n1, n2, n3, n4 = rng.sample(names, 4)
    prods = PRODUCTS[lang]
    p1, p2 = rng.sample(prods, 2)
    store = rng.choice(STORES)
    sd = slug(asciify(store)) + rng.choice(TLD[lang])
    amount, raw = money(rng, lang)
    amount2, _ = money(rng, lang)
    dloc, diso = date(rng, lang)
    street, city, zipc = rng.choice(CITIES[lang])
    evil = rng.choice(EVIL_DOMAINS)
    prefix = rng.choice(["#", "#", "SW-", "ORD-", "", "W"])
    order = "%s%d" % (prefix, rng.randint(10000, 9999999))
    bslug = slug(asciify(p1[0]))[:3].upper()
    sku = "%s-%03d-%s" % (bslug or "SKU", rng.randint(1, 999), rng.choice("ABCDEFGHKLMNPRSTX"))
    if not bslug.isascii() or len(bslug) < 3:
        sku = "JP-%05d" % rng.randint(1, 99999)
    ctx = {
        "lang": lang,
        "name": n1, "first": n1.split()[0], "last": n1.split()[-1],
        "name2": n2, "first2": n2.split()[0],
        "staff": n3, "staff_first": n3.split()[0],
        "colleague": n4, "colleague_first": n4.split()[0],
        "product": p1[1], "brand": p1[0], "category": p1[2],
        "product2": p2[1], "brand2": p2[0],
        "store": store, "store_domain": sd, "store_email": "support@" + sd,
        "email": email_for(n1, rng.choice(CUSTOMER_MAIL), rng),
        "email2": email_for(n2, rng.choice(CUSTOMER_MAIL), rng),
        "staff_email": email_for(n3, sd, rng),
        "order": order, "order2": "%s%d" % (prefix, rng.randint(10000, 9999999)),
        "ticket": str(rng.randint(10000, 999999)),
        "sku": sku, "sku2": "%s-%03d" % (sku.split("-")[0], rng.randint(1, 999)),
        "code": rng.choice(CODES), "pct": rng.choice([10, 15, 20, 25, 30, 40, 50, 70, 90, 100]),
        "amount": amount, "amount_raw": raw, "amount2": amount2,
        "date": dloc, "iso": diso, "year": diso[:4],
        "street": street, "city": city, "zip": zipc,
        "phone": "+%d %d %03d %04d" % (rng.choice([1, 44, 49, 33, 34, 39, 31, 351, 48, 46, 45, 420, 90, 81]),
                                         rng.randint(20, 99), rng.randint(0, 999), rng.randint(0, 9999)),
        "evil_domain": evil,
        "evil_url": "https://%s/%s" % (evil, rng.choice(["deal", "go", "r", "offer", "claim", "p"])),
        "attacker_email": rng.choice(EVIL_MAIL),
        "tool": rng.choice(TOOLS),
        "ai": rng.choice(AI_EN),
        "qty": rng.choice([2, 3, 4, 5, 6, 10, 12, 24, 48]),
        "rating": rng.choice([3, 4, 4, 5, 5, 5]),
        "days": rng.choice([3, 5, 7, 10, 14]),
        "tracking": "%s%d%s" % (rng.choice(["JD", "1Z", "LX", "CP", "RR"]), rng.randint(10 ** 8, 10 ** 9 - 1),
                                 rng.choice(["GB", "DE", "NL", "US", ""])),
        "iban": "%s%02d %04d %04d %04d %04d %02d" % (rng.choice(["GB", "DE", "NL", "LT", "CY"]), rng.randint(10, 99),
                                                   rng.randint(1000, 9999), rng.randint(1000, 9999),
                                                   rng.randint(1000, 9999), rng.randint(1000, 9999),
                                                   rng.randint(10, 99)),
    }
    return ctx


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def rot13(s):
    out = []
    for ch in s:
        o = ord(ch)
        if 65 <= o <= 90:
            out.append(chr((o - 65 + 13) % 26 + 65))
        elif 97 <= o <= 122:
            out.append(chr((o - 97 + 13) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)
