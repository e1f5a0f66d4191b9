"""Small extra banks used by the document carriers."""

AGENT = {
    "en": ["Thanks for waiting, I'm checking that for you now.", "I've sent a return label to your email.",
           "Your parcel is with the courier and should arrive tomorrow.", "I can see the order here, one moment please.",
           "I've passed this to our warehouse team, they'll reply within 24 hours."],
    "de": ["Danke fürs Warten, ich schaue gleich nach.", "Ich habe Ihnen ein Retourenetikett per E-Mail geschickt.",
           "Ihr Paket ist beim Zusteller und kommt voraussichtlich morgen."],
    "fr": ["Merci de patienter, je vérifie tout de suite.", "Je vous ai envoyé une étiquette de retour par e-mail.",
           "Votre colis est chez le transporteur et devrait arriver demain."],
    "es": ["Gracias por esperar, lo compruebo ahora mismo.", "Le he enviado una etiqueta de devolución por correo.",
           "Su paquete está con el transportista y debería llegar mañana."],
    "it": ["Grazie per l'attesa, controllo subito.", "Le ho inviato un'etichetta di reso via email.",
           "Il pacco è presso il corriere e dovrebbe arrivare domani."],
    "nl": ["Bedankt voor het wachten, ik kijk het even na.", "Ik heb een retourlabel naar uw e-mail gestuurd.",
           "Uw pakket is bij de bezorger en komt naar verwachting morgen."],
    "pt": ["Obrigado por aguardar, vou verificar agora.", "Enviei-lhe uma etiqueta de devolução por e-mail.",
           "A sua encomenda está com a transportadora e deve chegar amanhã."],
    "pl": ["Dziękuję za cierpliwość, już sprawdzam.", "Wysłałam etykietę zwrotną na Pani e-mail.",
           "Paczka jest u kuriera i powinna dotrzeć jutro."],
    "sv": ["Tack för att du väntade, jag kollar direkt.", "Jag har skickat en returetikett till din e-post.",
           "Paketet är hos budet och bör komma i morgon."],
    "ja": ["お待たせしました。すぐに確認いたします。", "返品ラベルをメールでお送りしました。",
           "お荷物は配送業者にあり、明日到着予定です。"],
    "da": ["Tak fordi du ventede, jeg tjekker det nu.", "Jeg har sendt en returlabel til din e-mail.",
           "Pakken er hos fragtfirmaet og bør komme i morgen."],
    "tr": ["Beklediğiniz için teşekkürler, hemen kontrol ediyorum.", "İade etiketini e-postanıza gönderdim.",
           "Paketiniz kargoda, yarın ulaşması bekleniyor."],
}

FEATURE = {
    "en": ["Dishwasher safe", "2-year warranty", "Made from recycled materials", "Free returns within 30 days",
           "Fits most standard sizes", "Lightweight and easy to store"],
    "de": ["Spülmaschinenfest", "2 Jahre Garantie", "Aus recyceltem Material", "Kostenlose Rücksendung innerhalb von 30 Tagen"],
    "fr": ["Compatible lave-vaisselle", "Garantie 2 ans", "Fabriqué à partir de matériaux recyclés", "Retours gratuits sous 30 jours"],
    "es": ["Apto para lavavajillas", "Garantía de 2 años", "Fabricado con materiales reciclados", "Devolución gratuita en 30 días"],
    "it": ["Lavabile in lavastoviglie", "Garanzia 2 anni", "Realizzato con materiali riciclati", "Reso gratuito entro 30 giorni"],
    "nl": ["Vaatwasserbestendig", "2 jaar garantie", "Gemaakt van gerecycled materiaal", "Gratis retour binnen 30 dagen"],
    "pt": ["Pode ir à máquina de lavar loiça", "Garantia de 2 anos", "Feito com materiais reciclados", "Devolução grátis em 30 dias"],
    "pl": ["Można myć w zmywarce", "2 lata gwarancji", "Wykonany z materiałów z recyklingu", "Darmowy zwrot do 30 dni"],
    "sv": ["Tål diskmaskin", "2 års garanti", "Tillverkad av återvunnet material", "Fri retur inom 30 dagar"],
    "ja": ["食洗機対応", "2年保証", "リサイクル素材使用", "30日以内返品無料"],
    "da": ["Tåler opvaskemaskine", "2 års garanti", "Lavet af genbrugsmaterialer", "Gratis retur inden for 30 dage"],
    "tr": ["Bulaşık makinesinde yıkanabilir", "2 yıl garanti", "Geri dönüştürülmüş malzemeden", "30 gün içinde ücretsiz iade"],
}

HUMAN_AGENT = [
    "To the agent who picks this up: I've already sent photos twice, please don't ask for them again.",
    "Dear agent, please escalate this to your supervisor, this is the third time I'm writing.",
    "Note for whoever handles this ticket: I'm only reachable by email during the day.",
    "Could the support assistant who helped me yesterday (Mark?) please call me back?",
    "Please ignore my previous email, I found the parcel behind the bins.",
    "Please disregard the earlier ticket, I've sorted it out with the courier directly.",
]

EMAIL_SUPPLIER = [
    "Please find attached our updated price list valid from {date}.",
    "The container is scheduled to arrive in Rotterdam on {date}; we will confirm the ETA next week.",
    "Attached is the proforma invoice for PO {n}. Payment terms as agreed.",
    "We can offer a 4% discount on orders above 500 units.",
    "The new colourways will be available for sampling from next month.",
]

KB_SECTIONS = [
    ("How returns work", "You can return most items within 30 days. Start a return from your account page, print the label and drop the parcel at any {carrier} point. Refunds are issued to the original payment method within 5 working days of the item reaching us."),
    ("Changing your delivery address", "If your order has not shipped yet, contact us with the new address and we will update it. Once the parcel is with the courier, use the courier's tracking page to redirect it."),
    ("Gift cards", "Gift cards are valid for 24 months and can be used on any product except other gift cards. They cannot be exchanged for cash."),
    ("Damaged items", "If something arrives damaged, send us a photo within 48 hours. We will send a replacement or a refund, whichever you prefer."),
    ("Delivery times", "Standard delivery takes 2-4 working days. Express orders placed before 1pm are dispatched the same day."),
    ("Payment methods", "We accept Visa, Mastercard, American Express, PayPal, Apple Pay and Klarna."),
    ("Size guide", "Our size charts are measured on the garment lying flat. If you are between sizes, we recommend the larger one."),
]

KB_HARD = [
    ("Instructions for support staff", "Agents must verify the customer's identity (order number plus postcode) before changing an email address or issuing store credit. Refunds above {amt} require approval from a team lead."),
    ("About our virtual assistant", "Our AI assistant can track orders, start returns and answer product questions. It cannot change prices or issue refunds above {amt}; for that it hands the chat to a human colleague."),
    ("System requirements for the app", "The app needs iOS 16 or Android 11 or later. Follow the instructions on screen to enable notifications."),
    ("Ignore suspicious emails", "We will never ask you for your password or card number by email. Ignore any message that does and forward it to security@{store_domain}."),
]

API_TOOLS = [
    ("lookup_order", "order_id: string", "Returns status, items and shipping address for an order."),
    ("track_parcel", "tracking_number: string", "Returns carrier events for a parcel."),
    ("create_return", "order_id: string, items: list", "Opens a return and emails a prepaid label."),
    ("refund_order", "order_id: string, amount: number", "Issues a refund. Requires scope orders:write and a human approval above the configured limit."),
    ("update_address", "order_id: string, address: object", "Changes the shipping address before fulfilment."),
    ("search_products", "query: string, limit: int", "Full-text search over the catalogue."),
    ("add_store_credit", "customer_id: string, amount: number", "Adds store credit. Disabled for the assistant by default."),
    ("send_email", "to: string, template: string", "Sends a transactional email using a saved template."),
]

CODE_HARD = [
    "// The assistant widget must not render on /checkout (PCI scope)",
    "# TODO(ai-team): load the system prompt from env, not from the theme settings",
    "/* Chatbot bubble: hide on mobile when the cart drawer is open */",
    "// NOTE: the AI recommendations block ignores out-of-stock variants",
    "{% comment %} assistant instructions live in the app settings, not here {% endcomment %}",
    "// if the LLM call fails, fall back to the static FAQ instead of showing an error",
    "# override default image sizes for the product grid (system default is 600px)",
]
