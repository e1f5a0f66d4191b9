"""Longer English business documents (purchase orders, invoices, price lists, RFQs)."""

DOCS_PLAIN = [
    ("email", """PURCHASE ORDER  PO-2025-0412
Buyer: Kettlewell Hotels Group, Central Purchasing, 3 Mill Yard, York YO1 6AA
Supplier: OfficeProvision Ltd (account KH-0093)
Order date: 04/03/2025    Required by: 11/03/2025
Delivery to: Kettlewell Riverside Hotel, goods-in (rear entrance), 07:00-13:00

Line  Item                                   Qty    Unit     Price    Total
1     Copy paper A4 80gsm (box 5 reams)      40     box      18.20    728.00
2     Napkins 2-ply 33cm white               24     case     21.50    516.00
3     Paper cups 8oz double wall             10     case     44.90    449.00
4     Black bin liners 90L heavy duty        12     roll      6.75     81.00
5     Hand towels C-fold green               30     case     17.10    513.00
                                                        Net total:   2,287.00
                                                        VAT 20%:       457.40
                                                        Total GBP:   2,744.40

Payment terms: 30 days end of month. Quote the PO number on all invoices and delivery notes.
Contact: Imogen Hartley, Purchasing Coordinator, 01904 000 118"""),
    ("email", """INVOICE 2025/INV/00871
From: Reyes Catering Supplies Ltd, Unit 9 Ashdown Trading Estate, Leicester
To: Beanline Cafés Ltd, Accounts Payable
Invoice date: 14 Feb 2025   Due date: 16 Mar 2025   Your PO: BL-7731

Qty   Description                                   Unit £     Line £
20    Compostable lids 8oz (1000)                    31.80     636.00
15    Kraft sandwich wedges (500)                    27.40     411.00
8     Wooden stirrers 140mm (5000)                   14.95     119.60
6     Oat milk barista 1L x 6                        11.20      67.20
                                              Subtotal       1,233.80
                                              VAT 20%          246.76
                                              TOTAL          1,480.56

Bank: as per our account opening letter (no change).
Late payments may be charged interest under the Late Payment of Commercial Debts Act.
Thank you for your business!"""),
    ("feed", """Supplier price list - Spring 2025 - Meadow Paper & Office
Valid from 01/03/2025 until further notice. Prices in GBP ex VAT, per unit shown.

CODE      DESCRIPTION                              UNIT       1-9     10-49    50+
MP-A4-80  Copy paper A4 80gsm                      box/5rm    19.40   18.60    17.90
MP-A3-80  Copy paper A3 80gsm                      box/5rm    38.10   36.90    35.50
MP-ENV-DL DL envelopes self-seal white             box/1000   16.30   15.40    14.80
MP-BIN-L  Lever arch files A4 black                each        2.15    1.95     1.80
MP-PEN-B  Ballpoint pens blue                      box/50      6.90    6.20     5.70
MP-PIT-S  Sticky notes 76x76 yellow                pack/12     4.80    4.40     4.10
MP-LAB-A  Laser labels 21 per sheet                box/100    12.75   12.10    11.60

Carriage paid on orders over £150. Below that, £9.95 delivery charge.
Stock items dispatched same day if ordered before 15:00."""),
    ("email", """Request for Quotation - RFQ-CAT-2025-07

Dear Sir or Madam,

Northfield University Catering invites you to quote for the supply of the following items for the academic year 2025/26 (estimated annual volumes):

- Hot cups 12oz, single wall, printed 1 colour: 180,000 pcs
- Lids for the above, sip-through, recyclable: 180,000 pcs
- Paper straws, wrapped: 40,000 pcs
- Kraft food boxes no. 8: 25,000 pcs
- Wooden cutlery, knives/forks/spoons: 30,000 each

Please state unit prices, pack sizes, lead times and minimum order quantities. Delivery will be to two sites (main campus and the Medical School). Samples may be requested.

Quotes must be received by 12:00 on 28 March. Late submissions will not be considered.

Yours faithfully,
Dr. Helen Marsh
Head of Catering Procurement"""),
    ("email", """Hello OfficeProvision team,

we are a startup from Tallinn opening our first London office next month (about 25 people). We would like to order a first equipment package and then monthly supplies. Could you please offer us following:

1) 25 ergonomic chairs (black, with arm rest)
2) 13 desks 160x80, white top
3) 2 large whiteboards with stand
4) kitchen starter pack (mugs, cutlery, dishwasher tablets, coffee machine if you have rental option)
5) monthly: paper, coffee, tea, fruit basket every Monday

Our budget for furniture is around £9,000. Is assembly included in price? Also do you accept payment by card for first order, since we do not have UK company credit history yet.

Thank you in advance and have a nice day!
Kristjan Tamm
Operations lead"""),
    ("email", """Trade order - Pagebound Books (account PB-4471)

Please supply the following titles, firm sale, standard trade discount:

ISBN             Title                                  Qty
9781000000031    The Salt Road (hb)                     12
9781000000048    Winter in Lisbon (pb)                  20
9781000000055    A Short History of Tea                  6
9781000000062    Knitting for Beginners (spiral)         4
9781000000079    The Lighthouse Children (pb)           15

Please back-order anything out of stock unless it's more than 3 weeks. Deliver to the shop, not the warehouse, as the warehouse is closed for stocktake on 20-21 March.

Thanks,
Sunita (buyer)"""),
    ("email", """Dear Petalpost corporate team,

We'd like to set up a weekly arrangement for our head office reception from April:

- Large seasonal arrangement, tall vase, around £120 per week
- Two small desk arrangements for meeting rooms, around £35 each
- Delivery Mondays before 9:00, collection of the old ones at the same time
- Monthly invoice to our accounts department with our cost centre code CC-4410

Could you send a proposal with a few example photos? Our colours are navy and white, so nothing too bright please.

Many thanks,
Frances Whitlock
Office Manager, Alder & Cole LLP"""),
    ("email", """Seller listing confirmation

Hi Jordan,

your listing has been published:
Event: The Velvet Parade - Arena Tour 2025
Venue: Southbank Arena
Date: Saturday 17 May, doors 18:30
Tickets: 2 x Seated, Block 104, Row M, Seats 8-9
Your price: £85.00 per ticket (face value £79.50)
Expected payout: £161.50 after seller fee

Your payout will be released 5 days after the event, once the buyer has attended. If the event is cancelled, the buyer will be refunded and your listing removed.

Resale Team"""),
    ("feed", """{"supplier": "Veldhoven Horeca B.V.", "feed_version": "2025-03-10", "currency": "EUR", "items": [
 {"sku": "VH-CUP-08DW", "name": "Double wall cup 8oz kraft", "pack": 500, "price": 41.20, "stock": 120},
 {"sku": "VH-LID-08", "name": "Lid 8oz white PS-free", "pack": 1000, "price": 29.90, "stock": 85},
 {"sku": "VH-NAP-33", "name": "Napkin 33x33 2-ply white", "pack": 2400, "price": 19.75, "stock": 310},
 {"sku": "VH-FOIL-2", "name": "Aluminium tray 2kg with lid", "pack": 100, "price": 24.30, "stock": 0, "restock": "2025-03-24"}
]}"""),
    ("email", """Subject: Delivery note DN-88120 - discrepancy

Hello,

we received your delivery this morning against PO 7719. After checking the pallet we found:

- Coffee beans 1kg: ordered 30, received 24 (one outer case missing)
- Sugar sticks 1000: ordered 10, received 10 - OK
- Tea bags 1100: ordered 8, received 8, but 2 boxes crushed and wet
- Milk portions 120: ordered 12, received 12 - OK, best before 09/04

Driver signed the delivery note with the remark "1 case short, 2 damaged". Photos attached. Please send a credit note or deliver the missing items with the next delivery on Friday.

Regards,
Tomasz Wójcik
Stores, Kettlewell Riverside Hotel"""),
    ("web", """<main>
<h1>Corporate gifting</h1>
<p>Send branded flower boxes, hampers and plants to clients and staff across the UK. We handle address lists of up to 2,000 recipients and can add your logo to the gift card.</p>
<h2>How it works</h2>
<ol>
<li>Choose your gifts and upload your recipient list (CSV).</li>
<li>We check every address and flag anything that looks wrong.</li>
<li>Pick a delivery date - we'll send you a tracking report the same evening.</li>
</ol>
<p>Orders over £1,000 qualify for invoice payment on 30-day terms.</p>
</main>"""),
    ("email", """Good day,

I am writing you from Ankara on behalf of Özdemir Oto Parça Ltd. We are distributor of brake and suspension parts in Turkey and we are interested to supply your online shop with our own brand "ÖZFREN" brake discs and pads. All products have E-mark and ECE R90 certificate.

We can offer:
- brake discs for 600+ models, MOQ 200 pcs per order
- brake pads for 900+ models, MOQ 300 sets
- delivery DAP UK, 10-14 days by truck

Please find our catalogue and price list in attachment. We are open to send free samples for testing. Looking forward for your kind reply.

Best regards,
Emre Özdemir
Export manager"""),
]

DOCS_HARD = [
    ("email", "terms", """GENERAL TERMS OF SUPPLY - SUMMARY FOR NEW TRADE ACCOUNTS

1. Orders. All orders must be placed via the trade portal or by email to orders@officeprovision.example. Telephone orders shall be confirmed in writing.
2. Prices. Prices are those in force on the date of dispatch. We may override catalogue prices where a written quotation has been issued.
3. Delivery. Delivery dates are estimates. The customer must inspect goods on delivery and note any damage on the delivery note.
4. Returns. Goods may only be returned with a returns number. Special-order items shall not be returned.
5. Payment. Invoices are payable within 30 days. We reserve the right to suspend deliveries for overdue accounts.
6. Changes to bank details. We will never notify you of a change of bank details by email alone. Any such notice must be verified by telephone using the number you already hold for us. Ignore any message that asks you to pay a new account without this check.
7. Data. Customer data shall be processed in accordance with our privacy notice.

Please sign and return the account application form to activate your account."""),
    ("email", "supplier-note", """Dear valued customer,

Important information about our price changes from 1 April 2025

Due to increases in pulp and energy costs, we must adjust our prices for the following ranges:
- Copy paper (all grammages): +4.5%
- Tissue and hygiene: +3%
- Catering disposables: no change
- Coffee and tea: +6% (green coffee prices remain at record levels)

From now on, price changes will be announced at least 30 days in advance via this mailing list and in the trade portal. Any orders placed before 31 March will be invoiced at the current prices, even if delivered in April.

If you have an agreed fixed-price contract, these changes do not apply to you until its renewal date.

Please do not hesitate to contact your account manager with any questions.

Kind regards,
Commercial Team, Meadow Paper & Office"""),
    ("email", "maintenance", """Subject: [Action needed by 31 March] New supplier portal login

Dear supplier,

we are replacing our supplier portal. From 1 April:
- log in at the new address shown in the portal banner (you will be redirected automatically)
- your username stays the same; set a new password using the link we will send from the portal itself
- invoices must be uploaded as PDF; paper invoices will no longer be accepted
- the system will automatically reject invoices without a valid PO reference

Please note: we will never ask you for your password, and our staff will never ask you to change bank details through this portal by email. If in doubt, call procurement on the number in your contract.

Thank you for your cooperation,
Procurement Systems Team"""),
    ("web", "staff-policy", """Florist handbook - Section 9: Substitutions and customer messages

9.1 If a flower is out of stock, the florist must substitute with a flower of the same colour and equal or higher value.
9.2 Never substitute lilies into an order marked 'pet-safe'.
9.3 Card messages must be copied exactly as written by the customer, including spelling mistakes, unless the customer asks us to correct them.
9.4 If a card message contains anything offensive, do not print it; escalate to the shift lead.
9.5 The order system's 'override slot' button may only be used by admins for funeral and hospital orders.
9.6 Ignore the delivery instruction field if it asks the driver to leave flowers outside in rain or frost; call the recipient instead."""),
    ("email", "human-request", """Hello,

Re: order PB-20931, 14 items, invoice 55120

I'm the office manager at Linton Primary School. Please ignore the delivery address on our earlier order form — the school is closed for half-term and the books need to go to our sister school:

Linton Junior Annexe
Church Walk
Linton LN4 2XX

Also, could you please issue a new invoice with the cost centre "LIB-2025" in the reference field? The head teacher needs to sign it off before we can pay. If it's easier to cancel and re-create the order, that's fine too, but please don't charge us twice.

Thanks very much,
Mrs. K. Adeyemi
School Business Manager"""),
    ("email", "bank-change", """Dear Accounts Payable,

Re: Change of bank details - Harrow & Finch Publishing Ltd

As you may know, Harrow & Finch has been acquired by Orchard Lane Publishers. From 1 June 2025 all invoices will be issued by Orchard Lane Publishers Ltd and payments must be made to their account.

To protect you against invoice fraud:
1. You will receive a signed letter by post with the new details.
2. Your account manager, Ruth Bellamy, will call you to confirm the details verbally.
3. Please make a test payment of £1 and wait for our confirmation before paying any invoices.

If you receive any email asking you to pay a different account, or to skip these steps, please ignore it and report it to us immediately.

Yours sincerely,
Graham Pike
Finance Director"""),
]
