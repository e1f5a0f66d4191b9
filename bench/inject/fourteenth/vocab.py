"""Names, places, products and other fill-in vocabulary."""

FIRST = {
    "en": ["Olivia", "James", "Priya", "Tom", "Grace", "Marcus", "Aisha", "Liam", "Chloe", "Daniel",
           "Fatima", "Ethan", "Hannah", "Kwame", "Sophie", "Ryan", "Mei", "Connor", "Zara", "Owen",
           "Isla", "Ravi", "Megan", "Tyler", "Niamh", "Jordan", "Amara", "Lucas", "Ellie", "Sam"],
    "de": ["Jonas", "Lena", "Felix", "Mia", "Lukas", "Hannah", "Tobias", "Anna", "Maximilian", "Sophie",
           "Paul", "Katrin", "Jan", "Ursula", "Florian", "Leonie", "Stefan", "Emre"],
    "fr": ["Camille", "Louis", "Chloé", "Hugo", "Manon", "Julien", "Léa", "Antoine", "Inès", "Mathieu",
           "Sarah", "Nicolas", "Élodie", "Karim", "Pauline"],
    "es": ["Lucía", "Mateo", "Carmen", "Javier", "Sofía", "Diego", "Elena", "Pablo", "Marta", "Álvaro",
           "Noelia", "Sergio", "Valentina", "Raúl"],
    "it": ["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Alessandro", "Sara", "Matteo", "Elisa",
           "Davide", "Federica", "Lorenzo"],
    "nl": ["Daan", "Sanne", "Bram", "Lotte", "Ruben", "Eva", "Thijs", "Femke", "Joris", "Noor", "Sem", "Iris"],
    "pt": ["João", "Beatriz", "Tiago", "Inês", "Rafael", "Mariana", "Gustavo", "Ana", "Pedro", "Larissa",
           "Miguel", "Camila"],
    "pl": ["Kasia", "Piotr", "Agnieszka", "Tomasz", "Magda", "Michał", "Zofia", "Paweł", "Ola", "Krzysztof"],
    "sv": ["Elsa", "Oskar", "Maja", "Erik", "Linnea", "Johan", "Ebba", "Anton", "Saga", "Nils"],
    "ja": ["陽菜", "蓮", "美咲", "翔太", "さくら", "大輔", "結衣", "健", "愛", "拓也"],
    "da": ["Freja", "Mads", "Ida", "Rasmus", "Sofie", "Mikkel", "Emma", "Jonas"],
    "tr": ["Elif", "Mehmet", "Zeynep", "Ahmet", "Ayşe", "Emre", "Selin", "Burak"],
}

LAST = {
    "en": ["Carter", "Patel", "O'Brien", "Nguyen", "Hughes", "Okafor", "Walsh", "Bennett", "Khan", "Murphy",
           "Thompson", "Reid", "Fraser", "Ahmed", "Lloyd", "Chen", "Doyle", "Mensah", "Price", "Sullivan"],
    "de": ["Weber", "Schneider", "Fischer", "Hoffmann", "Becker", "Wagner", "Schulz", "Krüger", "Yılmaz",
           "Zimmermann", "Braun", "Lehmann"],
    "fr": ["Martin", "Bernard", "Dubois", "Moreau", "Laurent", "Lefèvre", "Roux", "Fournier", "Benali", "Girard"],
    "es": ["García", "Martínez", "López", "Sánchez", "Romero", "Navarro", "Torres", "Ruiz", "Vidal", "Ortega"],
    "it": ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Greco", "Conti"],
    "nl": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Vermeulen"],
    "pt": ["Silva", "Santos", "Ferreira", "Oliveira", "Costa", "Rodrigues", "Almeida", "Pereira", "Carvalho"],
    "pl": ["Nowak", "Kowalska", "Wiśniewski", "Wójcik", "Kamińska", "Lewandowski", "Zielińska", "Szymański"],
    "sv": ["Andersson", "Johansson", "Karlsson", "Nilsson", "Lindqvist", "Berg", "Holm", "Sjöberg"],
    "ja": ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤"],
    "da": ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen"],
    "tr": ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın", "Öztürk", "Arslan"],
}

# (street, city, postcode, country code)
STREETS = {
    "en": ["Albion Street", "Maple Avenue", "Church Lane", "Harbour Road", "Kings Parade", "Elm Grove",
           "Station Road", "Victoria Terrace", "Orchard Close", "Mill Street"],
    "de": ["Hauptstraße", "Lindenweg", "Bahnhofstraße", "Gartenstraße", "Schillerplatz", "Am Markt"],
    "fr": ["rue de la République", "avenue Jean Jaurès", "rue des Lilas", "boulevard Voltaire", "place du Marché"],
    "es": ["Calle Mayor", "Avenida de la Constitución", "Calle del Sol", "Paseo de Gracia", "Calle Alcalá"],
    "it": ["Via Roma", "Corso Garibaldi", "Via dei Mille", "Piazza Dante", "Via Verdi"],
    "nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Prinsengracht", "Stationsplein"],
    "pt": ["Rua Augusta", "Avenida da Liberdade", "Rua das Flores", "Rua do Carmo", "Avenida Paulista"],
    "pl": ["ul. Długa", "ul. Mickiewicza", "ul. Kwiatowa", "al. Jerozolimskie", "ul. Polna"],
    "sv": ["Storgatan", "Drottninggatan", "Kungsvägen", "Skolgatan", "Sjövägen"],
    "ja": ["千代田1-2-3", "梅田2-4-9", "栄3-15-1", "天神1-8-20", "中央区銀座5-6"],
    "da": ["Vestergade", "Nørrebrogade", "Strandvejen", "Algade"],
    "tr": ["Atatürk Cad.", "İstiklal Cad.", "Bağdat Cad.", "Cumhuriyet Sok."],
}

CITIES = {
    "en": [("Leeds", "LS1 4AP", "GB"), ("Bristol", "BS1 5TR", "GB"), ("Manchester", "M4 1HN", "GB"),
           ("Dublin", "D02 X285", "IE"), ("Portland", "97205", "US"), ("Austin", "78704", "US"),
           ("Toronto", "M5V 2T6", "CA"), ("Melbourne", "3000", "AU"), ("Glasgow", "G2 3BZ", "GB"),
           ("Denver", "80202", "US")],
    "de": [("Berlin", "10115", "DE"), ("Köln", "50667", "DE"), ("München", "80331", "DE"),
           ("Wien", "1010", "AT"), ("Zürich", "8001", "CH"), ("Leipzig", "04109", "DE")],
    "fr": [("Lyon", "69002", "FR"), ("Nantes", "44000", "FR"), ("Lille", "59000", "FR"),
           ("Bruxelles", "1000", "BE"), ("Toulouse", "31000", "FR")],
    "es": [("Madrid", "28013", "ES"), ("Valencia", "46002", "ES"), ("Sevilla", "41004", "ES"),
           ("Bilbao", "48001", "ES"), ("Ciudad de México", "06600", "MX")],
    "it": [("Milano", "20121", "IT"), ("Torino", "10121", "IT"), ("Bologna", "40121", "IT"),
           ("Napoli", "80133", "IT")],
    "nl": [("Utrecht", "3511 AB", "NL"), ("Rotterdam", "3011 AD", "NL"), ("Gent", "9000", "BE"),
           ("Groningen", "9711 LM", "NL")],
    "pt": [("Lisboa", "1100-048", "PT"), ("Porto", "4000-322", "PT"), ("São Paulo", "01310-100", "BR"),
           ("Curitiba", "80010-000", "BR")],
    "pl": [("Kraków", "31-042", "PL"), ("Gdańsk", "80-831", "PL"), ("Wrocław", "50-077", "PL"),
           ("Poznań", "61-772", "PL")],
    "sv": [("Göteborg", "411 06", "SE"), ("Uppsala", "753 20", "SE"), ("Malmö", "211 22", "SE")],
    "ja": [("東京都", "100-0005", "JP"), ("大阪市", "530-0001", "JP"), ("名古屋市", "460-0008", "JP"),
           ("福岡市", "810-0001", "JP")],
    "da": [("København", "1620", "DK"), ("Aarhus", "8000", "DK"), ("Odense", "5000", "DK")],
    "tr": [("İstanbul", "34430", "TR"), ("Ankara", "06420", "TR"), ("İzmir", "35210", "TR")],
}

CURRENCY = {"en": "£", "de": "€", "fr": "€", "es": "€", "it": "€", "nl": "€", "pt": "€",
            "pl": "zł", "sv": "kr", "ja": "¥", "da": "kr", "tr": "₺"}
CURRENCY_CODE = {"en": "GBP", "de": "EUR", "fr": "EUR", "es": "EUR", "it": "EUR", "nl": "EUR",
                 "pt": "EUR", "pl": "PLN", "sv": "SEK", "ja": "JPY", "da": "DKK", "tr": "TRY"}

SHIPPERS = {
    "en": ["Royal Mail", "UPS", "DPD", "Evri", "FedEx", "USPS", "Parcelforce", "Canada Post"],
    "de": ["DHL", "Hermes", "GLS", "DPD", "Österreichische Post"],
    "fr": ["Colissimo", "Chronopost", "Mondial Relay", "bpost"],
    "es": ["Correos", "SEUR", "MRW", "GLS"],
    "it": ["Poste Italiane", "BRT", "SDA", "GLS"],
    "nl": ["PostNL", "DHL eCommerce", "DPD", "bpost"],
    "pt": ["CTT", "Correios", "Jadlog", "DPD"],
    "pl": ["InPost", "Poczta Polska", "DPD", "DHL"],
    "sv": ["PostNord", "Budbee", "Instabox", "DHL"],
    "ja": ["ヤマト運輸", "佐川急便", "日本郵便"],
    "da": ["GLS", "PostNord", "Bring"],
    "tr": ["Yurtiçi Kargo", "Aras Kargo", "MNG Kargo"],
}

# (name, category, base price in major units)
PRODUCTS = [
    ("Aurora Glass Kettle 1.7L", "kitchen", 49), ("Trailrunner GTX Shoe", "footwear", 129),
    ("Merino Crew Sweater", "apparel", 89), ("Linen Duvet Cover Double", "home", 75),
    ("Bamboo Chopping Board Set", "kitchen", 32), ("USB-C Charging Cable 2m", "electronics", 14),
    ("Noise-Cancelling Headphones NC700", "electronics", 219), ("Cast Iron Skillet 26cm", "kitchen", 44),
    ("Waterproof Hiking Jacket", "apparel", 159), ("Ceramic Pour-Over Set", "kitchen", 38),
    ("Modular Shelving System 3-Tier", "home", 149), ("Organic Cotton Tote", "accessories", 12),
    ("Smart Plug Mini (2-pack)", "electronics", 24), ("Kids Rain Boots", "footwear", 29),
    ("Espresso Grinder Pro", "kitchen", 189), ("Yoga Mat 6mm", "sports", 35),
    ("Leather Card Holder", "accessories", 22), ("Wool Beanie", "apparel", 19),
    ("LED Desk Lamp Flex", "home", 59), ("Stainless Water Bottle 750ml", "sports", 27),
    ("Garden Hose Reel 30m", "garden", 64), ("Robot Vacuum S8", "electronics", 329),
    ("Scented Candle Fig & Cedar", "home", 18), ("Cycling Gloves Gel", "sports", 26),
    ("Hardshell Suitcase 55cm", "travel", 139), ("Silk Pillowcase", "home", 42),
    ("Bluetooth Speaker Tide", "electronics", 79), ("Running Socks 3-pack", "apparel", 16),
    ("Dog Harness Reflective", "pets", 31), ("Baby Sleeping Bag 2.5 tog", "baby", 45),
]

STORES = [
    ("Northwind Outfitters", "northwind-outfitters.com"), ("Kettle & Crumb", "kettleandcrumb.co.uk"),
    ("Fjordlight Home", "fjordlight.se"), ("Maison Verde", "maisonverde.fr"),
    ("Bergwerk Sports", "bergwerk-sports.de"), ("Casa Lumo", "casalumo.es"),
    ("Paperfox Stationery", "paperfox.shop"), ("Tidewater Gear", "tidewatergear.com"),
    ("Olmo & Co", "olmoeco.it"), ("Hanami Living", "hanami-living.jp"),
    ("Vela Pets", "velapets.nl"), ("Brisa Moda", "brisamoda.pt"),
]

SELLERS = ["MegaDealz_Official", "TopTechDirect", "BestBuyz24", "PrimeGadgetHub", "EuroStore_Outlet",
           "ShopKingPro", "ValueNest", "GadgetWorld_UK", "Hausprofi24", "TrendyMart", "ZenDeals",
           "UltraSavings_EU", "QuickShip_Store", "NovaSupply"]

# Attacker-controlled hosts and mailboxes (fictional look-alikes).
EVIL_HOSTS = ["stat-pixel.net", "cdn-assets-check.com", "orders-sync.io", "telemetry-shopcdn.com",
              "img-proxy-cache.net", "verify-merchant.co", "shop-analytics.click", "webhook-relay.app",
              "pixel-track.info", "merchant-audit.net", "backup-orders.cloud", "safe-redirect.link",
              "api-shopfix.dev", "logcollect.site"]
EVIL_MAIL = ["audit", "backup", "ops", "reports", "billing-check", "sync", "admin", "export"]
EVIL_MAIL_HOSTS = ["proton-mailer.net", "gmx-secure.com", "mailbox-eu.org", "outlook-support.co",
                   "datasafe.email", "inbox-archive.net"]

MAIL_HOSTS = ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "gmx.de", "web.de", "orange.fr",
              "libero.it", "hotmail.com", "proton.me", "wp.pl", "telia.com", "ziggo.nl", "sapo.pt"]

TAGS = ["vip", "wholesale", "newsletter", "repeat-buyer", "b2b", "first-order", "loyalty-gold",
        "returns-watch", "gift-buyer", "eu", "uk", "subscription"]

ORDER_STATES = ["pending", "processing", "paid", "fulfilled", "partially_fulfilled", "shipped",
                "on_hold", "awaiting_pickup"]
