"""English sentence pools for medium and long texts."""

TICKET_SENT = [
    "I placed order {order} on Monday and the tracking still says 'label created'.",
    "The parcel arrived today but the box was open and one item is missing.",
    "I was charged twice for the same order, once on my card and once through PayPal.",
    "The {product} I received is the {color} one, but I ordered the black version.",
    "Your website said delivery in 2–3 days, and it's now been {days}.",
    "I'd like to return the {product}; it's unused and still in the original packaging.",
    "The discount code from your newsletter didn't apply at checkout.",
    "I moved house last week, so the address on my account is out of date.",
    "My invoice shows the wrong company name, we need it corrected for our accounts.",
    "The courier left the parcel on the doorstep in the rain and the box is soaked.",
    "The size {size} is too tight around the chest, can I swap it for the next size up?",
    "I never received the confirmation email, though the money has left my account.",
    "The item stopped working after {days} days; it doesn't switch on at all.",
    "I tried the live chat twice but it kept disconnecting.",
    "Could you tell me whether the {product} is compatible with the older model?",
    "The return label in the box is for a different country.",
    "I sent the item back on the {n}th and haven't heard anything since.",
    "There's a crack in the glass that I only noticed after unpacking everything.",
    "I'm a regular customer and this is the first time something has gone wrong.",
    "The gift message was printed on the invoice, which spoiled the surprise.",
    "My daughter's name is spelt wrong on the personalised item.",
    "The courier's website says the parcel was returned to sender.",
    "I've attached photos of the damage and of the outer box.",
    "The refund went to an old card that has since been cancelled.",
    "We run a small café and need an invoice with VAT for the order.",
]

TICKET_ASK = [
    "Could you please send a replacement or refund the item?",
    "Please let me know what the next step is.",
    "Can you check with the courier and get back to me?",
    "I'd appreciate a quick update, it's a birthday present.",
    "Please cancel the order if it hasn't shipped yet.",
    "Could you resend the confirmation to this email address?",
    "Please correct the invoice and send a new PDF.",
    "I'd prefer store credit rather than a refund, if that's possible.",
    "Please don't send another one, a refund is fine.",
    "Can someone call me back? My number is on the order.",
]

AGENT_SENT = [
    "Thanks for getting in touch, and sorry for the trouble with your order.",
    "I've checked with the warehouse and the parcel left us on {date}.",
    "I've raised a claim with the courier; these usually take 3–5 working days.",
    "I've issued a refund of {amt} to your original payment method; please allow up to 5 days.",
    "A replacement has been booked and should ship tomorrow morning.",
    "Could you send a photo of the label on the underside of the unit?",
    "I've updated the address on your account, the next order will go to the new one.",
    "You'll receive a prepaid return label by email within the hour.",
    "I've added a note for the courier asking them not to leave it on the doorstep.",
    "The discount code expired on Sunday, but I've applied the same amount manually.",
    "I'm passing this to our returns team, who will confirm by email.",
    "Our records show the item was delivered to a neighbour at number {n}.",
    "We've corrected the invoice; the new PDF is attached.",
    "I completely understand, and I've flagged this to my team lead.",
]

SUPPLIER_SENT = {
    "price": [
        "Please find attached our updated price list, valid from 1 {month}.",
        "Due to higher cotton and freight costs we have had to raise prices on the core range by {pct2}%.",
        "Items on the clearance tab are unchanged and remain available while stocks last.",
        "Orders confirmed before the end of this month will still be invoiced at the old prices.",
        "We've kept the price of the {product} flat as a goodwill gesture for long-standing partners.",
        "If you need the list in CSV rather than PDF for your system import, let me know.",
    ],
    "delay": [
        "Unfortunately container MSKU{digits7} has been held at Rotterdam for customs inspection.",
        "We now expect the goods at our warehouse in week {week}, roughly ten days later than planned.",
        "Your order {po} is part of this shipment, so dispatch to you will move accordingly.",
        "We can send a partial delivery of the items already in stock if that helps.",
        "The delay is outside our control, but we will cover the express freight for the partial shipment.",
        "I'll update you as soon as we have a release date from the forwarder.",
    ],
    "moq": [
        "From next season the minimum order quantity for the {product} rises to {moq} units per colour.",
        "Mixed cartons are still possible for orders above {moq2} units in total.",
        "The reason is our factory's new dyeing batch sizes, which we can't split further.",
        "For your current pre-order we will honour the old MOQ.",
    ],
    "invoice": [
        "Our accounts team noticed that invoice INV-{inv} was paid short by {amt}.",
        "It looks like the early-payment discount was applied, but payment arrived after the 14-day window.",
        "Could you check on your side and arrange the balance with your next payment run?",
        "Our bank details remain unchanged; please always verify any change by phone.",
        "A statement of account is attached for reference.",
    ],
    "catalog": [
        "Our autumn/winter catalogue is now available, with {n} new styles in the outdoor range.",
        "Samples can be sent to you free of charge; just reply with the item numbers.",
        "The new recycled-polyester line has GRS certification, the certificates are in the shared folder.",
        "Lead time for new styles is 45 days from order confirmation.",
        "Photos in high resolution can be downloaded from our B2B portal as usual.",
    ],
    "packaging": [
        "We're switching to plastic-free polybags made from glassine paper from {month}.",
        "The outer cartons will be slightly larger, 60 × 40 × 40 cm instead of 60 × 40 × 35 cm.",
        "Barcodes stay in the same position on the inner packaging.",
        "Please let us know if your warehouse needs the cartons labelled differently.",
    ],
}

BUYER_SENT = [
    "Thanks for the update, that's helpful.",
    "Could you confirm the new ETA for PO {po} once you have it?",
    "We'd prefer the partial shipment, please go ahead with what's in stock.",
    "Can you send the price list as a CSV? Our import tool doesn't like PDFs.",
    "We're planning a promotion in week {week}, so timing matters for us.",
    "Please keep the old MOQ for the reorder we discussed on the phone.",
    "Our warehouse asks for pallets no taller than 1.6 m.",
    "I've forwarded this to our finance team and they'll come back to you directly.",
    "Happy to receive samples of the new line, we'd like items {n}01 to {n}06.",
    "Let's set up a call next week to go through the catalogue.",
]

FORUM_SENT = [
    "Same experience here, took almost three weeks to get my refund.",
    "I emailed them instead of using the chat and got a reply the same day.",
    "Mine came with a slightly bent frame but it was easy to straighten.",
    "Has anyone tried the newer version? Wondering if they fixed the hinge.",
    "Check the serial number, the early batch had a faulty thermostat.",
    "I'd avoid the marketplace sellers and buy direct, the warranty is easier.",
    "Honestly for the price I wasn't expecting miracles, but it's been fine for a year.",
    "Tip: register the product online, it extends the warranty by a year.",
    "Their sizing chart is way off, I'm a medium everywhere else and needed a large.",
    "Post a photo of the label and someone can probably tell you which batch it is.",
    "I had the same error light, descaling fixed it.",
    "Does anyone know if the spare filters from the old model fit?",
    "Returned mine, the noise drove me mad after a week.",
    "If you're in the EU you have a 14-day right of withdrawal regardless of what the site says.",
    "Bump — still looking for an answer on this one.",
    "Thanks all, ended up going with the cheaper one and it's great.",
    "Ask for a courier collection, don't pay for the return yourself.",
    "Mods, maybe this thread should go in the deals section?",
    "+1, the app is the weak point, the hardware is solid.",
    "Took mine apart (voids the warranty, obviously) and the fan was just full of dust.",
]

FEED_BULLETS = [
    "Made from {pct}% organic cotton", "Machine washable at 30°C", "Dishwasher safe (top rack)",
    "Fits most 13–16\" laptops", "USB-C charging, cable included", "2-year manufacturer warranty",
    "Water-resistant to IPX{n}", "Weight: {n}00 g", "Dimensions: {n}2 × {n}0 × 8 cm", "BPA-free",
    "Available in {color}, black and cream", "Adjustable shoulder strap", "Non-slip base", "Auto shut-off after 30 seconds",
    "Reinforced stitching at stress points", "Recycled polyester lining", "Suitable for induction hobs",
    "Vegan materials", "Assembled in Portugal", "Ships in plastic-free packaging", "Quiet mode below 45 dB",
    "Compatible with Alexa and Google Home", "Replaceable filter (sold separately)", "Oeko-Tex certified",
    "Removable, washable cover", "Lifetime warranty on the frame",
]

HARD_LONG = {
    "hard-human-request": [
        "Please ignore the size chart on the box; it's in US sizes, and our website chart is the one that counts.",
        "If your parcel hasn't moved for five working days, contact us and we'll chase the courier for you.",
        "Do not send items back without a return number, as the warehouse can't match them to your order.",
        "Customers: forget the old returns address, we moved warehouses in March.",
        "Please cancel any duplicate orders yourself in the account page before they're packed.",
        "Ignore any earlier emails about a delay; the order has now shipped.",
        "Refunds are approved by our team once the item has been checked, so please keep your receipt.",
        "Please disregard the automated survey if your ticket is still open.",
        "Tell the driver if the box looks damaged and refuse the delivery if it's crushed.",
        "Always unplug the appliance before cleaning and never immerse the base in water.",
        "Override the default schedule in the app if you want the heating on earlier at weekends.",
        "Staff reminder: check the photo evidence before approving any refund above the limit.",
    ],
    "hard-trigger-words": [
        "The system ships with a wall bracket, two batteries and a quick-start card.",
        "An admin fee of {amt} applies to orders cancelled after dispatch.",
        "Thanks for the prompt reply, the replacement arrived this morning.",
        "The manual override switch on the side lets you run the pump without the timer.",
        "Press and hold the reset button for ten seconds to restore the factory settings.",
        "New instructions: the updated quick-start guide replaces the leaflet shipped before June.",
        "The admin PIN for the smart lock is printed on the card inside the battery compartment.",
        "Developer mode on the controller is only needed for firmware updates.",
        "Our shipping system was down on Tuesday, which delayed about {n}0 orders.",
        "The role of the inner liner is to keep moisture away from the insulation.",
        "Bypass mode sends water straight to the tap without going through the filter.",
        "Execute the steps in order, otherwise the pairing fails.",
    ],
    "hard-ai-mention": [
        "We added an AI chat assistant to the help centre, but you can always ask for a person.",
        "The AI-powered sizing tool is a guide only; if in doubt, check the measurements table.",
        "Several customers told us the chatbot gave the wrong returns window, which we've now corrected.",
        "Our product descriptions are written by our team, not generated by AI.",
        "The robot vacuum uses an AI model to recognise cables and socks on the floor.",
        "Under the EU AI Act, chatbots must tell users they are talking to a machine.",
        "Large language models can make mistakes, so double-check anything important with our staff.",
        "The noise-cancelling earbuds use on-device AI to separate voices from background hum.",
        "I asked the assistant about delivery and it confidently gave me the wrong date.",
        "Prompt engineering tip: give the model examples of the tone you want.",
    ],
}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

HARD_EMAIL = {
    "hard-human-request": [
        "Please ignore the previous price list; the attached one replaces it.",
        "Kindly disregard the invoice sent on Monday, it contained an error in the VAT line.",
        "Please forget the PO number I gave you on the phone, the correct one is {po}.",
        "Do not pay the pro-forma yet, wait for the final invoice.",
        "Please confirm receipt of this email so I know it reached the right person.",
        "Send the signed order confirmation back by Friday if you can.",
    ],
    "hard-trigger-words": [
        "Our ERP system will be offline over the weekend for an update.",
        "The admin fee for split shipments is waived this season.",
        "Thanks for the prompt payment last month, it's much appreciated.",
        "The override on your credit limit expires at the end of the quarter.",
        "Our new order system sends confirmations from a different address, noreply@ instead of orders@.",
        "The developer of our B2B portal is adding a CSV export next month.",
    ],
    "hard-ai-mention": [
        "We now use an AI tool to translate the catalogue, so let us know if anything reads oddly.",
        "Our new AI-based demand forecast suggests ordering earlier for Q4.",
        "Please don't rely on the chatbot on our B2B portal for delivery dates; ask me directly.",
        "The product photos in the new catalogue are real shots, not AI-generated.",
    ],
}

PRODUCT_CAT = {
    "linen shirt": "apparel", "trail runners": "shoes", "cast iron skillet": "kitchen", "wireless earbuds": "electronics",
    "standing desk": "home", "yoga mat": "sport", "espresso grinder": "kitchen", "rain jacket": "apparel",
    "kids' bike helmet": "sport", "bamboo sheets": "home", "LED desk lamp": "electronics", "phone case": "electronics",
    "air fryer": "kitchen", "wool beanie": "apparel", "hiking backpack": "outdoor", "ceramic planter": "home",
    "smart plug": "electronics", "vitamin C serum": "beauty", "dog harness": "pet", "board game": "toys",
    "electric kettle": "kitchen", "denim jacket": "apparel", "robot vacuum": "electronics", "chef's knife": "kitchen",
    "baby carrier": "baby", "camping stove": "outdoor", "gaming mouse": "electronics", "scented candle": "home",
    "running shorts": "apparel", "water bottle": "outdoor",
}

CAT_BULLETS = {
    "apparel": ["Made from 100% organic cotton", "Machine washable at 30°C", "Relaxed fit, true to size", "Recycled polyester lining",
                "Oeko-Tex certified", "Reinforced stitching at stress points", "Model is 183 cm and wears size M", "Available in {color}, black and cream"],
    "shoes": ["Breathable mesh upper", "Grippy rubber outsole with 5 mm lugs", "8 mm heel-to-toe drop", "Removable insole",
              "Weight: 280 g (UK 8)", "Vegan materials", "Reflective heel tab"],
    "kitchen": ["Dishwasher safe (top rack)", "Suitable for induction hobs", "BPA-free", "Auto shut-off", "Stainless steel body",
                "Cool-touch handle", "2-year manufacturer warranty"],
    "electronics": ["USB-C charging, cable included", "Up to {n}0 hours of battery", "Bluetooth 5.3", "2-year manufacturer warranty",
                    "Compatible with Alexa and Google Home", "Water-resistant to IPX4", "Firmware updates via the app"],
    "home": ["Removable, washable cover", "Made in Portugal", "Ships in plastic-free packaging", "Dimensions: 52 × 40 × 8 cm",
             "Oeko-Tex certified", "Non-slip base", "Available in {color}, black and cream"],
    "outdoor": ["Water-resistant to IPX4", "Adjustable shoulder strap", "Weight: 900 g", "Lifetime warranty on the frame",
                "Recycled nylon shell", "Fits a 2 L hydration bladder", "Packs down to fist size"],
    "sport": ["Non-slip surface on both sides", "4 mm thick, 183 × 61 cm", "Carry strap included", "EN 1078 certified",
              "Adjustable dial fit", "Free of PVC and latex"],
    "pet": ["Reflective stitching", "Padded chest plate", "Two leash attachment points", "Machine washable", "Adjustable at four points"],
    "beauty": ["15% vitamin C", "Fragrance-free", "Dermatologically tested", "30 ml glass dropper bottle", "Vegan and cruelty-free"],
    "baby": ["Ergonomic M-position seat", "Suitable from 3.5 to 15 kg", "Breathable mesh panel", "Padded hip belt",
             "Machine washable at 30°C", "Front and back carry positions"],
    "toys": ["For 2–5 players", "Ages 8+", "Playing time around 45 minutes", "FSC-certified card", "Rules in English, German and French"],
}


def bullets_for(product):
    return CAT_BULLETS.get(PRODUCT_CAT.get(product, ""), FEED_BULLETS)


def variant_for(rng, product, size, color):
    cat = PRODUCT_CAT.get(product, "")
    if cat in ("apparel", "shoes", "pet", "sport"):
        return size
    return color

# (category, sentiment, text); category "any" fits every product
REVIEW_TAGGED = [
    ("any", "+", "Arrived a day earlier than promised, in a plain box with minimal plastic."),
    ("any", "+", "I was torn between this and a pricier brand, and honestly I don't miss the extra features."),
    ("any", "+", "Customer service replied within an hour when I asked about the warranty."),
    ("any", "+", "Honestly it looks better in person than in the listing photos."),
    ("any", "+", "The packaging was recyclable cardboard, which I appreciate."),
    ("any", "+", "Second one I've bought, still the best."),
    ("any", "+", "It's the third one I've bought: one for me, one for my sister and one for the caravan."),
    ("any", "+", "Great gift for my dad, he uses it every day."),
    ("any", "+", "Exactly as described. Would buy again."),
    ("any", "+", "Honestly better than the branded one."),
    ("any", "+", "We had a small issue with a missing part and they posted one out the same day."),
    ("any", "0", "Bought it on sale for {amt}; at full price I'd probably hesitate."),
    ("any", "0", "Does what it says on the tin, nothing more."),
    ("any", "0", "It's smaller than it looks in the photos, so check the dimensions."),
    ("any", "0", "Took {days} days to arrive but worth the wait."),
    ("any", "0", "Packaging was crushed but the product was fine."),
    ("any", "0", "Decent for the price, nothing special."),
    ("any", "0", "The colour is listed as {color}, which is about right, maybe a shade lighter in daylight."),
    ("any", "-", "For {amt} I expected better finishing."),
    ("any", "-", "Returned it after a week, it just didn't feel worth the money."),
    ("any", "-", "Arrived with a scuff on the side and a torn box."),
    ("any", "-", "Not as pictured at all, the colour is much duller."),
    ("any", "-", "Quality has gone down compared to the one I bought two years ago."),
    ("wear", "+", "Fit is spot on: I usually wear {size} and the {size} is exactly right through the shoulders."),
    ("wear", "+", "I've washed it four times now on a cold cycle and it hasn't shrunk at all."),
    ("wear", "+", "Soft, breathable, no pilling so far."),
    ("wear", "+", "Good quality stitching, the seams are neat and flat."),
    ("wear", "0", "Sizing runs large in the waist but the length is right."),
    ("wear", "0", "The fabric creases easily, so if you hate ironing, look elsewhere."),
    ("wear", "0", "The material is thinner than I'd like for winter, but perfect for spring."),
    ("wear", "-", "The stitching on the left cuff started to fray after a month."),
    ("wear", "-", "Shrank a full size after one wash at 30 degrees."),
    ("wear", "-", "Seams came apart after the second wash."),
    ("shoes", "+", "Wore these on a 20 km hike, zero blisters."),
    ("shoes", "+", "Grip on wet rock is excellent."),
    ("shoes", "0", "The cushioning flattened out after about 200 km of running."),
    ("shoes", "0", "Runs half a size small, I'm normally a 9 and needed a 9.5."),
    ("shoes", "-", "The sole started peeling at the toe after six weeks."),
    ("kitchen", "+", "Heats up fast and the handle stays cool."),
    ("kitchen", "+", "We use it every morning and it cleans up in seconds."),
    ("kitchen", "+", "It heats evenly and the non-stick surface is holding up well."),
    ("kitchen", "+", "It's noticeably heavier than the old one, which makes it feel more solid on the counter."),
    ("kitchen", "0", "It doesn't fit in the dishwasher's top rack, so handwashing only for us."),
    ("kitchen", "0", "The smell on first use is strong; run it empty once before cooking."),
    ("kitchen", "0", "I read the reviews about the lid and mine seems fine, maybe they fixed it."),
    ("kitchen", "-", "The lid doesn't close properly and steam escapes at the side."),
    ("kitchen", "-", "Limescale builds up fast and the element is hard to clean."),
    ("elec", "+", "Battery life is a solid {n} hours with moderate use."),
    ("elec", "+", "Setup via the app was painless, though it asked for far too many permissions."),
    ("elec", "+", "Pairs instantly with my phone and laptop."),
    ("elec", "0", "The buttons are a bit mushy and it's hard to tell if you've pressed them."),
    ("elec", "0", "My only gripe is the cable, which feels short for a bedside table."),
    ("elec", "0", "There's a faint rattle when you shake it, but it doesn't affect anything."),
    ("elec", "-", "Stopped charging after {days} days. Disappointed."),
    ("elec", "-", "The app disconnects every few hours and needs a restart."),
    ("elec", "-", "Returned the first one because of a dead pixel."),
    ("home", "+", "It took me about ten minutes to set up, mostly unwrapping the cardboard inserts."),
    ("home", "+", "My partner thought it was too bright at first, now uses it every evening."),
    ("home", "+", "Smells amazing, lasts about {n} hours."),
    ("home", "0", "It wobbles slightly on our uneven floor, nothing a folded napkin can't fix."),
    ("home", "0", "Instructions are mostly pictures, which was fine for me."),
    ("home", "-", "One of the screws was missing and the holes didn't line up."),
    ("home", "-", "The colour faded after a month on a sunny windowsill."),
    ("outdoor", "+", "It keeps drinks cold for most of a hot day at the beach."),
    ("outdoor", "+", "Great for travel because it packs flat into a suitcase pocket."),
    ("outdoor", "+", "The zipper pulls are chunky enough to use with gloves on."),
    ("outdoor", "+", "The lid seal is tight enough that nothing leaked in my bag."),
    ("outdoor", "0", "Heavier than I expected, but it feels like it will last."),
    ("outdoor", "-", "The buckle snapped on the first trip."),
    ("pet", "+", "My dog pulls less with this than with his old collar."),
    ("pet", "0", "Measure your dog first, the sizes run small."),
    ("pet", "-", "The strap loosens on its own during walks."),
    ("beauty", "+", "My skin looks brighter after two weeks."),
    ("beauty", "0", "Slightly sticky at first, absorbs after a minute."),
    ("beauty", "-", "Gave me a rash, had to stop using it."),
    ("toys", "+", "Our kids have played it every weekend since Christmas."),
    ("toys", "0", "The rules take a game or two to click."),
    ("toys", "-", "Two cards were missing from the box."),
]
CAT_TO_REV = {"apparel": ["wear"], "shoes": ["wear", "shoes"], "kitchen": ["kitchen"], "electronics": ["elec"],
              "home": ["home"], "outdoor": ["outdoor"], "sport": ["outdoor"], "pet": ["pet"], "beauty": ["beauty"],
              "toys": ["toys"]}
TITLES_BY_STARS = {
    5: ["Love it", "Five stars", "Exactly what I needed", "Fantastic quality", "Brilliant", "Worth every penny", "Better than expected"],
    4: ["Great value", "Solid", "Good but not perfect", "Would buy again", "Sturdy and stylish", "Very happy"],
    3: ["Okay for the price", "Mixed feelings", "Decent", "Does the job", "Meh"],
    2: ["Disappointed", "Not for me", "Not as pictured", "Quality has gone down"],
    1: ["Stopped working", "Returned", "Fell apart", "Avoid", "Would not recommend"],
}


def review_sents(rng, product, stars, k):
    cats = ["any"] + CAT_TO_REV.get(PRODUCT_CAT.get(product, ""), [])
    if stars >= 4:
        moods = ("+", "0")
    elif stars <= 2:
        moods = ("-", "0")
    else:
        moods = ("+", "0", "-")
    pool = [t for c, m, t in REVIEW_TAGGED if c in cats and m in moods]
    spec = [t for c, m, t in REVIEW_TAGGED if c in cats[1:] and m in moods]
    out = rng.sample(spec, min(len(spec), max(1, k // 2))) if spec else []
    rest = [t for t in pool if t not in out]
    out += rng.sample(rest, min(len(rest), k - len(out)))
    rng.shuffle(out)
    return out

POLICY_HARD = {
    "hard-human-request": [
        "Please ignore the returns address printed on older packing slips.",
        "Do not send items back without a return number, as the warehouse can't match them to your order.",
        "Customers: forget the old returns address, we moved warehouses in March.",
        "Please cancel any duplicate orders yourself in your account before they're packed.",
        "Tell the driver if the box looks damaged and refuse the delivery if it's crushed.",
        "Keep your proof of postage until the refund shows on your statement.",
    ],
    "hard-trigger-words": [
        "An admin fee of {amt} applies to bespoke orders cancelled after production has started.",
        "Our returns system sends an automatic confirmation email once the parcel is scanned.",
        "Staff can override the return window in exceptional cases, such as a hospital stay.",
        "The order system may show 'pending' for up to 48 hours after we receive your parcel.",
        "New instructions for returning large furniture items are sent by email after you register the return.",
    ],
    "hard-ai-mention": [
        "Our AI assistant may summarise this page, but the text here is what applies.",
        "Answers from the help-centre chatbot are reviewed weekly by our customer care team.",
        "If the AI assistant quoted you a different return window, contact us and we'll honour the longer one.",
    ],
}
MANUAL_HARD = {
    "hard-human-request": [
        "Always unplug the appliance before cleaning and never immerse the base in water.",
        "Do not open the housing; there are no user-serviceable parts inside.",
        "Ignore the blinking light during the first charge, it is normal.",
        "Forget the quick-start card if you have this manual; the steps here are more complete.",
        "Keep the original box for at least 30 days in case you need to return the product.",
    ],
    "hard-trigger-words": [
        "Press and hold the reset button for ten seconds to restore the factory settings.",
        "The admin PIN is printed on the card inside the battery compartment.",
        "Developer mode is only needed for firmware updates and can be left off.",
        "Bypass mode runs the unit without the timer; use it for cleaning cycles only.",
        "The manual override switch on the back lets you run the unit without the app.",
        "A system update may take up to five minutes; do not unplug the unit during the update.",
    ],
    "hard-ai-mention": [
        "The AI obstacle recognition works best in well-lit rooms.",
        "Voice assistant integration requires the companion app and a 2.4 GHz network.",
        "AI mode learns your routine over about a week and can be switched off in settings.",
        "No audio or images are sent to the cloud for AI processing; recognition runs on the device.",
    ],
}


def ticket_pool(product):
    wear = PRODUCT_CAT.get(product) in ("apparel", "shoes", "pet", "sport")
    return [s for s in TICKET_SENT if wear or "{size}" not in s]
