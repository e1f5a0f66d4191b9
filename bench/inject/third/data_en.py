"""English carrier content (benign material) for the third corpus."""

CODE = "en"
CUR = "GBP"
PRICE = "£{v}"
DEC = "."
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DATE_FMT = "{d} {m} {y}"
COUNTRY = "the United Kingdom"

STORES = [("Harrow & Finch", "harrowandfinch.co.uk"), ("Brightwater Outfitters", "brightwateroutfitters.com"),
          ("Tidewell Home", "tidewellhome.co.uk"), ("Copper Kettle Supply", "copperkettlesupply.com"),
          ("Northlane Cycles", "northlanecycles.co.uk"), ("Little Fern Kids", "littlefern.co.uk"),
          ("Pinewood Pantry", "pinewoodpantry.com"), ("Orbit Audio", "orbitaudio.co.uk")]
FIRST = ["Olivia", "Jack", "Priya", "Tom", "Hannah", "Kwame", "Chloe", "Ravi", "Megan", "Dan", "Siobhan", "Ollie",
         "Fatima", "George", "Lucy", "Ade", "Ellie", "Sam", "Niamh", "Josh", "Zara", "Callum", "Bea", "Imran"]
LAST = ["Patel", "Hughes", "Okafor", "Bennett", "Walsh", "Thompson", "Reid", "Ahmed", "Clarke", "Fraser",
        "Morgan", "Doyle", "Lewis", "Khan", "Price", "Byrne", "Shaw", "Evans"]
CITIES = ["Leeds", "Bristol", "Glasgow", "Cardiff", "Norwich", "Belfast", "York", "Brighton", "Leicester",
          "Exeter", "Manchester", "Aberdeen", "Bath", "Derby"]
STREETS = ["%d Mill Lane", "%d Victoria Road", "Flat %d, Kings Court", "%d Station Street", "%d Orchard Close"]
MAILDOMS = ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "icloud.com", "hotmail.co.uk"]
COLORS = ["sage green", "charcoal", "oatmeal", "navy", "terracotta", "black", "dusty pink", "mustard", "stone"]
MATERIALS = ["recycled polyester", "FSC oak", "brushed steel", "organic cotton", "borosilicate glass",
             "merino wool", "bamboo", "aluminium", "stoneware"]
PRODUCTS = [("Gooseneck Pour-Over Kettle", "Kitchen"), ("Wireless Noise-Cancelling Headphones", "Audio"),
            ("USB-C Rear Bike Light", "Cycling"), ("Merino Base Layer Top", "Clothing"),
            ("Cast Iron Dutch Oven 24 cm", "Kitchen"), ("Kids' Wooden Balance Bike", "Kids"),
            ("Smart Radiator Thermostat", "Home"), ("Linen Duvet Cover Set", "Bedding"),
            ("Insulated Trail Flask 750 ml", "Outdoor"), ("Bamboo Chopping Board Set", "Kitchen"),
            ("Portable Bluetooth Speaker", "Audio"), ("Waterproof Cycling Jacket", "Cycling"),
            ("Ceramic Table Lamp", "Home"), ("Organic Loose Leaf Earl Grey 250 g", "Pantry"),
            ("Foam Yoga Block (pair)", "Fitness"), ("Adjustable Dumbbell 20 kg", "Fitness"),
            ("Toddler Rain Suit", "Kids"), ("Stoneware Dinner Plates (set of 4)", "Kitchen"),
            ("Mechanical Keyboard 75%", "Electronics"), ("Dog Harness with Handle", "Pets"),
            ("Electric Milk Frother", "Kitchen"), ("Rechargeable Head Torch", "Outdoor"),
            ("Weighted Blanket 7 kg", "Bedding"), ("Cold Brew Coffee Maker", "Kitchen")]

ABBR = [("please", "pls"), ("thanks", "thx"), ("as soon as possible", "asap"), ("by the way", "btw"),
        ("you", "u"), ("because", "cos"), ("really", "rly"), ("tomorrow", "tmrw")]

UI = {
    "verified": "Verified Purchase", "helpful": "{n} people found this helpful", "report": "Report",
    "question": "Question", "answer": "Answer", "seller_answer": "Answer from the seller", "by": "by",
    "wrote": "On {date}, {name} wrote:", "orig": "-----Original Message-----",
    "hello": ["Hi {name},", "Hello {name},", "Dear {name},", "Hey {name}!"], "hello_team": ["Hi team,", "Hello,", "Hi there,", "Good morning,"],
    "regards": ["Best regards", "Thanks", "Kind regards", "Cheers", "Many thanks", "All the best"],
    "sent_phone": "Sent from my iPhone", "unsub": "Unsubscribe", "view_browser": "View this email in your browser",
    "in_stock": "In stock", "out_stock": "Out of stock", "description": "Description", "brand": "Brand",
    "color": "Colour", "size": "Size", "one_size": "One size", "condition": "Condition", "cond_new": "New",
    "specifics": "Item specifics", "ship_returns": "Postage and returns",
    "ship_text": "Free UK delivery in 2-4 working days. 30-day returns.", "add_cart": "Add to basket",
    "visitor": "Visitor", "agent": "Agent", "internal_note": "Internal note", "priority": "Priority", "normal": "Normal",
    "chat_started": "Chat started", "chat_ended": "Chat ended by visitor", "contact_form": "New contact form submission",
    "name": "Name", "email": "Email", "order_no": "Order number", "topic": "Topic", "message": "Message",
    "was_helpful": "Was this article helpful?", "updated": "Updated {date}", "min_read": "{n} min read",
    "stars": "{n} out of 5 stars", "reviews_count": "{n} reviews", "reviewed_in": "Reviewed in {country} on {date}",
    "qty": "Qty", "subtotal": "Subtotal", "shipping": "Delivery", "total": "Total", "search": "Search results for",
}

REVIEW_TITLES = ["Does exactly what it says", "Lovely quality", "Not bad for the price", "Returned it",
                 "Better than expected", "A bit flimsy", "Perfect gift", "Would buy again", "Meh.",
                 "Great but pricey", "Five stars from me", "Disappointed tbh", "Solid", "Nice, small niggle"]
REVIEW_POS = [
    "Arrived two days early and was packed without any plastic, which I appreciated.",
    "Feels much sturdier than the one I had from the supermarket.",
    "I use it every morning and it still looks new after three months.",
    "The {color} is a bit darker than on the photos but I actually prefer it.",
    "Bought this for my dad's birthday and he hasn't stopped talking about it.",
    "Battery lasts about a week with normal use.",
    "Took ten minutes to set up, no tools needed.",
    "Really good value, I compared it with three other brands before buying.",
    "Quiet, well made and easy to clean.",
    "Size is true to fit, I'm normally a medium and the medium fits perfectly.",
    "The stitching is neat and there were no loose threads anywhere.",
    "Customer service swapped the wrong colour for me within a week, no fuss.",
    "My kids love it and it has survived being thrown down the stairs twice.",
    "Heats up quickly and holds the temperature for ages.",
    "Lighter than I expected, which is great for commuting.",
    "The app is simple and the pairing worked first time.",
    "Smells lovely and the leaves are whole, not dust like cheaper brands.",
    "Comes with a proper storage bag, nice touch.",
    "I was sceptical about the reviews but they're right, it's excellent.",
    "Using it on the allotment and it copes fine with mud and rain.",
    "Had it for a year now, still going strong.",
    "Fits in the dishwasher without taking up the whole rack.",
    "Sound is warm and clear, bass is decent for the size.",
    "The handle is comfortable even when the pot is full.",
    "Packaging was recyclable cardboard, thank you!",
    "Bright enough that drivers actually give me space on the A-road.",
]
REVIEW_NEG = [
    "The lid started wobbling after a couple of weeks.",
    "Instructions were only a diagram and it took me ages to work out step 4.",
    "Courier left it in the rain and the box was soaked, product was ok though.",
    "The zip catches every single time, really annoying.",
    "It's fine but not worth full price, wait for a sale.",
    "Colour faded after the first wash at 30 degrees.",
    "Mine came with a scratch on the base, exchange was quick at least.",
    "The strap is too short if you're over six foot.",
    "It's louder than the listing suggests.",
    "Charging port feels loose already.",
    "Smaller than I thought, check the dimensions before ordering.",
    "Had to contact support twice before anyone replied.",
    "One of the plates arrived chipped and I had to send photos.",
    "The smell of plastic took about a week to go away.",
]
QA = [
    ("Is this dishwasher safe?", "Yes, top rack only. We'd still recommend hand washing the lid."),
    ("Does it come with a UK plug?", "It does, and a USB-C cable as well."),
    ("What's the inside diameter?", "About 22 cm at the base, 24 cm at the rim."),
    ("Can I use it on an induction hob?", "Yes, it works on all hob types including induction."),
    ("How warm is it compared to a fleece?", "I'd say warmer, and it doesn't get smelly on multi-day hikes."),
    ("Will this fit a 3 year old?", "Our son was 3 and a bit, 96 cm tall, and it fit with the seat lowest."),
    ("Is the battery replaceable?", "Not by the user, but the warranty covers the battery for 2 years."),
    ("Does the cover have ties in the corners?", "Yes, four ties plus a button closure at the bottom."),
    ("Is there a left-handed version?", "No, but the spout works fine for lefties in my experience."),
    ("Can you buy spare filters?", "Yes, they're listed separately as a pack of three."),
    ("Does it work with the Google Home app?", "It does, you add it as a Matter device."),
    ("How long does delivery to Northern Ireland take?", "Usually 3-5 working days, same price as mainland."),
    ("Is it loud when running?", "You can hear it but it's quieter than our old one."),
    ("Is the tea caffeine free?", "No, it's a black tea base so it contains caffeine."),
]
COPY = [
    "Made from {material} and finished by hand in small batches.",
    "Designed in Bristol and tested for over 200 hours before launch.",
    "Available in {color} and four other shades.",
    "Every order ships in plastic-free packaging.",
    "Weighs just {n}00 g, so it goes wherever you go.",
    "Covered by our 2-year no-quibble guarantee.",
    "Pairs with the matching accessories in the same range.",
    "Easy-clean surface: a damp cloth is all you need.",
    "Rated {n}.{n} out of 5 by more than 1,200 customers.",
    "Part of our Everyday collection, built to be used rather than admired.",
    "Dimensions: {n}2 x 1{n} x 9 cm.",
    "Gift wrapping available at checkout.",
]
TICKET_SUBJ = ["Where is my order {order}?", "Wrong size delivered", "Refund not received yet",
               "Damaged on arrival - {order}", "Change of delivery address", "Invoice request",
               "Question about warranty", "Missing item in parcel", "Discount code not working",
               "Cancel order {order} please"]
TICKET_MSG = [
    "Hi, I ordered the {product} on {date} (order {order}) and tracking hasn't moved for five days. Could you check with the courier?",
    "The {product} arrived today but the box was crushed and the handle is cracked. Photos attached. What are my options?",
    "I sent the jacket back two weeks ago and still haven't seen the refund. The return was signed for on the 3rd.",
    "Could you send me a VAT invoice for order {order}? It needs our company name, Fraser & Lewis Ltd.",
    "I think I got someone else's parcel, it has a toddler rain suit in it and I ordered a head torch.",
    "My discount code from the newsletter says expired but the email says it's valid until Sunday.",
    "The thermostat keeps losing its connection every night around 2am. I've already reset the router.",
    "Ordered a medium, received a large. Happy to swap, what's the easiest way?",
    "Only one of the two plates sets was in the parcel. The packing slip lists both.",
    "Hello, is it possible to add gift wrap to my order {order}? It hasn't shipped yet according to the email.",
    "The courier says delivered but nothing came. Neighbours haven't got it either.",
    "I was charged twice for the same order, screenshots of my bank app attached.",
]
AGENT_REPLY = [
    "Thanks for getting in touch, I've raised a trace with the courier and will update you within 48 hours.",
    "Sorry about that! I've arranged a free collection for tomorrow between 8am and 6pm.",
    "I can see the refund was processed this morning; it usually shows on your statement in 3-5 working days.",
    "I've attached the invoice to this email. Let me know if the company details need changing.",
    "Could you send a photo of the label on the box so we can check the batch number?",
    "A replacement is on its way, you don't need to send the damaged one back.",
    "I've applied the code manually, the difference will be refunded to your card.",
    "Thanks for your patience, I've escalated this to our warehouse team.",
]
CHAT_CUST = ["hi is anyone there", "I need to change the address on my order", "ok thanks",
             "it's for {order}", "can I still add something to it?", "the new address is in Leeds, same postcode as my work",
             "great, that was quick", "do you do next day delivery to Scotland?", "brilliant cheers",
             "does the lamp come with a bulb?", "my order says processing for 3 days now", "ah ok no worries"]
CHAT_AGENT = ["Hi, you're chatting with {agent}. How can I help?", "Of course, could you give me the order number?",
              "Thanks, one moment while I pull that up.", "Done, I've updated it for you.",
              "It hasn't been picked yet, so yes.", "Anything else I can help with today?",
              "Unfortunately not to the Highlands, but 2-day delivery is available.",
              "Yes, an E27 bulb is included in the box.", "Have a lovely day!"]
SUPPLIER_SUBJ = ["Updated price list Q3", "PO {po} - confirmation and ETA", "Re: Delayed container from Ningbo",
                 "New EAN codes for the autumn range", "Invoice {po} attached", "Re: Sample feedback",
                 "Stock allocation for November", "Change of bank details - please read"]
SUPPLIER_BODY = [
    "Please find attached our updated price list, valid from 1 July. Most lines stay the same; the 24 cm casserole goes up by 4% due to freight costs.",
    "We confirm receipt of PO {po}. Goods will leave our warehouse on the 14th and should reach you in week 32.",
    "The container was held at Felixstowe for inspection, we expect release by Friday. Sorry for the delay.",
    "Attached are the new EAN codes for the autumn range. The old codes on the spring list should no longer be used.",
    "Samples of the new glaze went out by DHL this morning, tracking below.",
    "We can allocate 240 units for November; anything above that would be December at the earliest.",
    "Our minimum order for the printed version is 500 pieces, the plain one has no minimum.",
    "Could you confirm whether you still want the cartons labelled with your SKU or ours?",
    "The pallet will be delivered on a tail-lift truck, please make sure someone can sign for it.",
    "Please note our office is closed on the 26th for the bank holiday.",
]
SIG_TITLES = ["Key Account Manager", "Export Sales", "Logistics Coordinator", "Customer Operations", "Sales Director"]
DISCLAIMER = ("This email and any attachments are confidential and intended solely for the addressee. "
              "If you have received it in error, please notify the sender and delete it.")
NEWS_HEAD = ["New in: the autumn edit", "Our biggest sale of the year starts now", "5 things we loved this month",
             "Back in stock (finally!)", "Your weekend reading + 15% off", "Meet the makers"]
NEWS_LINES = [
    "The {product} is back in {color}, and it won't hang around for long.",
    "Members get early access from 8am tomorrow.",
    "This month we visited the workshop in Stoke where our mugs are thrown by hand.",
    "Free delivery on everything over £40 until Sunday midnight.",
    "Our team's pick: the {product}, which three of us now own.",
    "We've planted 4,000 trees with your orders so far this year.",
    "Reply to this email and tell us what you'd like to see next - we read every one.",
    "Recipe of the week: one-pot chickpea stew in the Dutch oven.",
]
HELP = [
    ("How do I return an item?", ["You can return most items within 30 days of delivery.",
                                  "Log in to your account, open the order and choose Start a return.",
                                  "Print the label, or show the QR code at any drop-off point.",
                                  "Refunds are issued to the original payment method within 5 working days of us receiving the parcel."]),
    ("Resetting your smart thermostat", ["Hold the dial down for 10 seconds until the display shows RST.",
                                         "The device will restart in pairing mode and the LED flashes blue.",
                                         "Open the app, tap Add device and follow the steps.",
                                         "Your schedules are stored in the cloud and will be restored automatically."]),
    ("Delivery options and costs", ["Standard delivery is free over £40, otherwise £3.95.",
                                    "Next-day delivery costs £6.95 if you order before 2pm on a working day.",
                                    "We currently ship to the UK, Ireland and most EU countries.",
                                    "Customs charges for EU orders are included at checkout."]),
    ("Caring for cast iron", ["Rinse with hot water and dry straight away on the hob.",
                              "Rub in a thin layer of oil while it is still warm.",
                              "Avoid the dishwasher and don't leave it soaking.",
                              "If rust appears, scrub it off with steel wool and re-season."]),
    ("Using a discount code", ["Enter the code in the Discount box at checkout, not in the basket.",
                               "Only one code can be used per order.",
                               "Codes can't be applied to gift cards or sale items unless stated."]),
]
TRACK_EVENTS = ["Shipping label created", "Parcel handed to carrier", "Arrived at sorting hub", "Departed sorting hub",
                "Out for delivery", "Delivery attempted - no one home", "Delivered to neighbour", "Delivered, signed by {name}"]
DELIVERY_NOTES = ["Please leave in the porch if no answer", "Ring the bell twice, it's a bit quiet",
                  "Side gate is unlocked, leave by the back door", "Flat 3 is on the top floor, no lift",
                  "Leave with number 14 if I'm out", "Do not leave on the doorstep, I'll collect from the depot"]
ROT13_BENIGN = ["Riddle 12 answer (rot13, no peeking!): n funqbj", "Spoiler for the escape box, rot13: gur xrl vf haqre gur zng",
                "Quiz card answer in rot13: Nzfgreqnz"]
B64_BENIGN = ["Invoice attached as requested.", "Order confirmation for your records.",
              "Packing list PO-7781, 3 cartons, 48 units", "Your gift card: 25.00 GBP"]
