// Demo texts of the legal and service pages, in German and English, for the demo company Velo & Outdoor.
// They are demo content (marked as such on every page): a real shop has its own reviewed by a lawyer.

type PageText = { title: string; body: string };
export const DEMO_CONTENT_PAGES: Record<string, { en: PageText; de: PageText }> = {
  imprint: {
    en: {
      title: 'Imprint',
      body: `Demo content: Velo & Outdoor is the fictitious company of an open-source demo shop. This is not legal advice.

## Information according to § 5 DDG
Velo & Outdoor GmbH
Musterstraße 12
10115 Berlin
Germany

## Represented by
Managing directors: Erika Mustermann, Max Beispiel

## Contact
- Phone: +49 30 1234567-0
- E-mail: service@velo-outdoor.example

## Register entry
Commercial register: Amtsgericht Berlin-Charlottenburg, HRB 000000 B

## VAT identification number
According to § 27a of the German VAT Act: DE000000000

## Online dispute resolution
We are neither obliged nor willing to take part in dispute resolution proceedings before a consumer arbitration board.`,
    },
    de: {
      title: 'Impressum',
      body: `Demo-Inhalt: Velo & Outdoor ist das fiktive Unternehmen eines Open-Source-Demoshops. Dies ist keine Rechtsberatung.

## Angaben gemäß § 5 DDG
Velo & Outdoor GmbH
Musterstraße 12
10115 Berlin
Deutschland

## Vertreten durch
Geschäftsführung: Erika Mustermann, Max Beispiel

## Kontakt
- Telefon: +49 30 1234567-0
- E-Mail: service@velo-outdoor.example

## Registereintrag
Handelsregister: Amtsgericht Berlin-Charlottenburg, HRB 000000 B

## Umsatzsteuer-Identifikationsnummer
Gemäß § 27a Umsatzsteuergesetz: DE000000000

## Verbraucherstreitbeilegung
Wir sind nicht bereit oder verpflichtet, an Streitbeilegungsverfahren vor einer Verbraucherschlichtungsstelle teilzunehmen.`,
    },
  },
  terms: {
    en: {
      title: 'Terms and conditions',
      body: `Demo content: the terms of the fictitious demo company Velo & Outdoor. This is not legal advice.

## 1. Scope
These terms apply to all orders placed in the online shop of Velo & Outdoor GmbH, Musterstraße 12, 10115 Berlin, by consumers and businesses.

## 2. Conclusion of the contract
The presentation of products in the shop is not a binding offer. By clicking "Place order" you make a binding offer to buy the goods in your cart. We confirm receipt of your order by e-mail; the contract is concluded when we accept your order, at the latest when we ship the goods or have them ready for pickup.

## 3. Prices and shipping
All prices for consumers include the statutory VAT, plus shipping costs as shown on the product page, in the cart and at checkout (see "Shipping and payment"). Click & collect is free.

## 4. Payment
We accept invoice, card and, for click & collect, payment at pickup. Invoices are due within 14 days.

## 5. Retention of title
The goods remain our property until paid in full.

## 6. Right of withdrawal
Consumers have a right of withdrawal as set out in our withdrawal policy.

## 7. Warranty
The statutory warranty rights apply.`,
    },
    de: {
      title: 'Allgemeine Geschäftsbedingungen (AGB)',
      body: `Demo-Inhalt: die AGB des fiktiven Demo-Unternehmens Velo & Outdoor. Dies ist keine Rechtsberatung.

## 1. Geltungsbereich
Diese AGB gelten für alle Bestellungen von Verbrauchern und Unternehmern im Onlineshop der Velo & Outdoor GmbH, Musterstraße 12, 10115 Berlin.

## 2. Vertragsschluss
Die Darstellung der Produkte im Shop ist kein verbindliches Angebot. Mit dem Klick auf „Zahlungspflichtig bestellen“ geben Sie ein verbindliches Angebot zum Kauf der Waren im Warenkorb ab. Wir bestätigen den Eingang Ihrer Bestellung per E-Mail; der Vertrag kommt zustande, wenn wir Ihre Bestellung annehmen, spätestens mit dem Versand oder der Bereitstellung zur Abholung.

## 3. Preise und Versandkosten
Alle Preise für Verbraucher enthalten die gesetzliche Mehrwertsteuer, zuzüglich Versandkosten, wie auf der Produktseite, im Warenkorb und an der Kasse angegeben (siehe „Versand und Zahlung“). Click & Collect ist kostenlos.

## 4. Zahlung
Wir akzeptieren Rechnung, Karte und bei Click & Collect die Bezahlung bei Abholung. Rechnungen sind innerhalb von 14 Tagen fällig.

## 5. Eigentumsvorbehalt
Die Ware bleibt bis zur vollständigen Bezahlung unser Eigentum.

## 6. Widerrufsrecht
Verbrauchern steht ein Widerrufsrecht nach Maßgabe unserer Widerrufsbelehrung zu.

## 7. Gewährleistung
Es gelten die gesetzlichen Mängelhaftungsrechte.`,
    },
  },
  withdrawal: {
    en: {
      title: 'Withdrawal policy and returns',
      body: `Demo content: the withdrawal policy of the fictitious demo company Velo & Outdoor. This is not legal advice.

## Right of withdrawal
You have the right to withdraw from this contract within 14 days without giving any reason.

The withdrawal period will expire after 14 days from the day on which you, or a third party other than the carrier indicated by you, acquire physical possession of the goods.

To exercise the right of withdrawal, you must inform us (Velo & Outdoor GmbH, Musterstraße 12, 10115 Berlin, e-mail: service@velo-outdoor.example, phone: +49 30 1234567-0) of your decision to withdraw from this contract by an unequivocal statement (e.g. a letter sent by post or an e-mail). You may use the attached model withdrawal form, but it is not obligatory.

To meet the withdrawal deadline, it is sufficient for you to send your communication concerning your exercise of the right of withdrawal before the withdrawal period has expired.

## Effects of withdrawal
If you withdraw from this contract, we shall reimburse to you all payments received from you, including the costs of delivery (with the exception of the supplementary costs resulting from your choice of a type of delivery other than the least expensive type of standard delivery offered by us), without undue delay and in any event not later than 14 days from the day on which we are informed about your decision to withdraw from this contract. We will carry out such reimbursement using the same means of payment as you used for the initial transaction, unless you have expressly agreed otherwise; in any event, you will not incur any fees as a result of such reimbursement.

We may withhold reimbursement until we have received the goods back or you have supplied evidence of having sent back the goods, whichever is the earliest.

You shall send back the goods or hand them over to us or one of our stores without undue delay and in any event not later than 14 days from the day on which you communicate your withdrawal from this contract to us. We bear the cost of returning the goods; goods that cannot be returned by post (bulky goods) are collected by us.

You are only liable for any diminished value of the goods resulting from the handling other than what is necessary to establish the nature, characteristics and functioning of the goods.

## Model withdrawal form
(Complete and return this form only if you wish to withdraw from the contract.)
- To Velo & Outdoor GmbH, Musterstraße 12, 10115 Berlin, e-mail: service@velo-outdoor.example
- I/We (*) hereby give notice that I/We (*) withdraw from my/our (*) contract of sale of the following goods (*)/for the provision of the following service (*)
- Ordered on (*)/received on (*)
- Name of consumer(s)
- Address of consumer(s)
- Signature of consumer(s) (only if this form is notified on paper)
- Date
(*) Delete as appropriate.

## Returns in our stores
You can also return goods bought online in any of our stores in Berlin, Hamburg and Munich.`,
    },
    de: {
      title: 'Widerrufsbelehrung und Rückgabe',
      body: `Demo-Inhalt: die Widerrufsbelehrung des fiktiven Demo-Unternehmens Velo & Outdoor. Dies ist keine Rechtsberatung.

## Widerrufsrecht
Sie haben das Recht, binnen vierzehn Tagen ohne Angabe von Gründen diesen Vertrag zu widerrufen.

Die Widerrufsfrist beträgt vierzehn Tage ab dem Tag, an dem Sie oder ein von Ihnen benannter Dritter, der nicht der Beförderer ist, die Waren in Besitz genommen haben bzw. hat.

Um Ihr Widerrufsrecht auszuüben, müssen Sie uns (Velo & Outdoor GmbH, Musterstraße 12, 10115 Berlin, E-Mail: service@velo-outdoor.example, Telefon: +49 30 1234567-0) mittels einer eindeutigen Erklärung (z. B. ein mit der Post versandter Brief oder E-Mail) über Ihren Entschluss, diesen Vertrag zu widerrufen, informieren. Sie können dafür das beigefügte Muster-Widerrufsformular verwenden, das jedoch nicht vorgeschrieben ist.

Zur Wahrung der Widerrufsfrist reicht es aus, dass Sie die Mitteilung über die Ausübung des Widerrufsrechts vor Ablauf der Widerrufsfrist absenden.

## Folgen des Widerrufs
Wenn Sie diesen Vertrag widerrufen, haben wir Ihnen alle Zahlungen, die wir von Ihnen erhalten haben, einschließlich der Lieferkosten (mit Ausnahme der zusätzlichen Kosten, die sich daraus ergeben, dass Sie eine andere Art der Lieferung als die von uns angebotene, günstigste Standardlieferung gewählt haben), unverzüglich und spätestens binnen vierzehn Tagen ab dem Tag zurückzuzahlen, an dem die Mitteilung über Ihren Widerruf dieses Vertrags bei uns eingegangen ist. Für diese Rückzahlung verwenden wir dasselbe Zahlungsmittel, das Sie bei der ursprünglichen Transaktion eingesetzt haben, es sei denn, mit Ihnen wurde ausdrücklich etwas anderes vereinbart; in keinem Fall werden Ihnen wegen dieser Rückzahlung Entgelte berechnet.

Wir können die Rückzahlung verweigern, bis wir die Waren wieder zurückerhalten haben oder bis Sie den Nachweis erbracht haben, dass Sie die Waren zurückgesandt haben, je nachdem, welches der frühere Zeitpunkt ist.

Sie haben die Waren unverzüglich und in jedem Fall spätestens binnen vierzehn Tagen ab dem Tag, an dem Sie uns über den Widerruf dieses Vertrags unterrichten, an uns zurückzusenden oder in einer unserer Filialen zu übergeben. Wir tragen die Kosten der Rücksendung; nicht paketversandfähige Waren (Sperrgut) holen wir bei Ihnen ab.

Sie müssen für einen etwaigen Wertverlust der Waren nur aufkommen, wenn dieser Wertverlust auf einen zur Prüfung der Beschaffenheit, Eigenschaften und Funktionsweise der Waren nicht notwendigen Umgang mit ihnen zurückzuführen ist.

## Muster-Widerrufsformular
(Wenn Sie den Vertrag widerrufen wollen, dann füllen Sie bitte dieses Formular aus und senden Sie es zurück.)
- An Velo & Outdoor GmbH, Musterstraße 12, 10115 Berlin, E-Mail: service@velo-outdoor.example
- Hiermit widerrufe(n) ich/wir (*) den von mir/uns (*) abgeschlossenen Vertrag über den Kauf der folgenden Waren (*)/die Erbringung der folgenden Dienstleistung (*)
- Bestellt am (*)/erhalten am (*)
- Name des/der Verbraucher(s)
- Anschrift des/der Verbraucher(s)
- Unterschrift des/der Verbraucher(s) (nur bei Mitteilung auf Papier)
- Datum
(*) Unzutreffendes streichen.

## Rückgabe in der Filiale
Online gekaufte Ware können Sie auch in jeder unserer Filialen in Berlin, Hamburg und München zurückgeben.`,
    },
  },
  privacy: {
    en: {
      title: 'Privacy notice',
      body: `Demo content: the privacy notice of the fictitious demo company Velo & Outdoor. This is not legal advice.

## Controller
Velo & Outdoor GmbH, Musterstraße 12, 10115 Berlin, e-mail: privacy@velo-outdoor.example

## What we process and why
- Orders: name, addresses, e-mail and order data to perform the contract (Art. 6(1)(b) GDPR).
- Customer account: your e-mail, name and password hash, as long as you keep the account.
- Click & collect: the store and pickup time you choose, to prepare your order.
- Server logs: IP address and time of access for security, deleted after 14 days (Art. 6(1)(f) GDPR).

## Cookies
We only use cookies that are necessary for the shop: your session, your cart, your language and your preferred store. We do not use tracking or advertising cookies.

## Recipients
Payment providers and carriers receive the data they need for payment and delivery.

## Storage period
Order data are kept as long as commercial and tax law requires (up to 10 years).

## Your rights
You have the right of access, rectification, erasure, restriction of processing, data portability and objection, and the right to lodge a complaint with a supervisory authority.`,
    },
    de: {
      title: 'Datenschutzerklärung',
      body: `Demo-Inhalt: die Datenschutzerklärung des fiktiven Demo-Unternehmens Velo & Outdoor. Dies ist keine Rechtsberatung.

## Verantwortlicher
Velo & Outdoor GmbH, Musterstraße 12, 10115 Berlin, E-Mail: datenschutz@velo-outdoor.example

## Welche Daten wir verarbeiten und warum
- Bestellungen: Name, Adressen, E-Mail und Bestelldaten zur Vertragserfüllung (Art. 6 Abs. 1 lit. b DSGVO).
- Kundenkonto: Ihre E-Mail, Ihr Name und der Hash Ihres Passworts, solange Sie das Konto behalten.
- Click & Collect: die gewählte Filiale und Abholzeit, um Ihre Bestellung vorzubereiten.
- Server-Logs: IP-Adresse und Zugriffszeit zur Sicherheit, nach 14 Tagen gelöscht (Art. 6 Abs. 1 lit. f DSGVO).

## Cookies
Wir verwenden nur Cookies, die für den Shop notwendig sind: Ihre Sitzung, Ihren Warenkorb, Ihre Sprache und Ihre bevorzugte Filiale. Tracking- oder Werbe-Cookies setzen wir nicht ein.

## Empfänger
Zahlungsdienstleister und Versanddienstleister erhalten die Daten, die sie für Zahlung und Lieferung benötigen.

## Speicherdauer
Bestelldaten bewahren wir so lange auf, wie es Handels- und Steuerrecht verlangen (bis zu 10 Jahre).

## Ihre Rechte
Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung, Datenübertragbarkeit und Widerspruch sowie das Recht, sich bei einer Aufsichtsbehörde zu beschweren.`,
    },
  },
  shipping: {
    en: {
      title: 'Shipping and payment',
      body: `Demo content: the shipping terms of the fictitious demo company Velo & Outdoor.

## Shipping costs in Germany
- Home delivery: €4.95 per order.
- Free home delivery from a goods value of €50.00.
- Bulky goods (cargo bikes): €39.00 freight surcharge per item, also above €50.00.
- Click & collect in our stores in Berlin, Hamburg and Munich: free.
- Ship to store: free.

All prices include VAT. The shipping costs carry the VAT rate of the goods.

## Delivery times
Items in stock ship within 1–2 working days; delivery takes another 1–3 working days. Click & collect orders from a store's stock are ready the same day.

## Payment
- Invoice (due within 14 days)
- Card
- Payment at pickup (click & collect)`,
    },
    de: {
      title: 'Versand und Zahlung',
      body: `Demo-Inhalt: die Versandbedingungen des fiktiven Demo-Unternehmens Velo & Outdoor.

## Versandkosten innerhalb Deutschlands
- Lieferung nach Hause: 4,95 € pro Bestellung.
- Versandkostenfreie Lieferung ab 50,00 € Warenwert.
- Sperrgut (Lastenräder): 39,00 € Speditionszuschlag pro Stück, auch ab 50,00 €.
- Click & Collect in unseren Filialen in Berlin, Hamburg und München: kostenlos.
- Lieferung in die Filiale: kostenlos.

Alle Preise inkl. MwSt. Die Versandkosten tragen den Steuersatz der Waren.

## Lieferzeiten
Vorrätige Artikel versenden wir innerhalb von 1–2 Werktagen; die Zustellung dauert weitere 1–3 Werktage. Click-&-Collect-Bestellungen aus dem Bestand einer Filiale liegen noch am selben Tag bereit.

## Zahlung
- Rechnung (zahlbar innerhalb von 14 Tagen)
- Karte
- Bezahlung bei Abholung (Click & Collect)`,
    },
  },
};
