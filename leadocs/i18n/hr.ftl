# Static text of the built-in network documents, in Croatian (hrvatski).
# Same messages and { $variables } as en.ftl; formal register (persiranje) of an official letter.
# Names cannot be declined here, so placeholders stand in the nominative: after a noun
# ("organizacija X", "mreža X"), after a colon or as a subject. Quotation marks „…“.
# EU terms: sporazum o dodjeli bespovratnih sredstava (grant agreement), javni naručitelj
# (contracting authority), javna nabava inovacija (innovation procurement), prekomercijalna
# javna nabava (PCP), javna nabava inovativnih rješenja (PPI).
# -network-name forms: dat = dative, after "pristupanja" (pristupanja Mreži javnih naručitelja LEA).

## common

common-page = Stranica
common-of = od
common-draft-generated = Izrađeno programom leadocs
common-date-place = Datum i mjesto
common-place-date = { $place }, { $date }
common-date = { $date }
common-name = Ime i prezime
common-title = Funkcija
common-signature = Potpis
common-seal = Pečat organizacije
common-signatory-line = Potpis ovlaštenog predstavnika organizacije
common-funding-line = Projekt { $project } (sporazum o dodjeli bespovratnih sredstava br. { $grant_agreement }) financira se iz programa { $programme }. Financijer: { $funder }.

## loi

loi-title = Pismo namjere – { -network-name } ({ $network_acronym })
loi-keyword = pismo namjere
loi-non-binding = Napominjemo da ovaj dokument nije pravno obvezujući.
loi-undersigned = Ja, niže potpisani/-a, u ime svoje organizacije, { $organisation }, potvrđujem naš interes za gore navedeni projekt i namjeru pristupanja ovoj mreži: { $network_description }. Želimo biti obaviješteni o napretku projekta i aktivnostima mreže te im doprinositi.
loi-default-description = { -network-name }
loi-why = ZAŠTO?
loi-how = KAKO?
loi-what = ŠTO?
loi-tasks-intro = Na temelju toga predviđamo moguće sudjelovanje organizacije { $organisation } u sljedećim zadacima:
loi-tasks-hint = (☒ = odabrani zadatak)
loi-return = Potpisano pismo molimo vratite na adresu: { $contact } ({ $email }).

## assistance

assistance-title = Zahtjev za pomoć i potporu – članovi mreže { $network_acronym }
assistance-keyword = zahtjev za pomoć i potporu
assistance-intro = Molimo opišite potrebe svoje organizacije kako bi partneri mreže { $network_acronym } mogli ponuditi odgovarajuću pomoć i potporu u javnoj nabavi inovacija.
assistance-purpose-intro = Ovaj obrazac:
assistance-organisation = Naziv organizacije
assistance-type = Vrsta organizacije
assistance-country = Država
assistance-address = Adresa
assistance-website = Mrežna stranica
assistance-contact = Osoba za kontakt
assistance-experience = Dosadašnje iskustvo u javnoj nabavi inovacija
assistance-assistance = Tražena pomoć i potpora
assistance-timeline = Vremenski okvir
assistance-additional = Dodatne informacije (na primjer utvrđene obrazovne potrebe koje treba uključiti u politiku potražnje)
assistance-return = Ispunjeni obrazac molimo vratite na adresu: { $contact } ({ $email }).

## benefits

benefits-title = Pogodnosti članstva u mreži { $network_acronym } i očekivani doprinos
benefits-keyword = pogodnosti članstva
benefits-table-heading = Pogodnosti članstva u mreži { $network_acronym }
benefits-contribution-heading = Očekivani doprinos članova

## types

types-procurer = Javni naručitelj
types-school = Škola
types-supplier = Dobavljač
types-learntech-expert = Stručnjak za obrazovne tehnologije

## report

report-title = Izvješće o sudjelovanju u mreži { $network_acronym }
report-keyword = izvješće partnera
report-partner = Partner
report-deadlines = Dostaviti: { $report_to }, u roku do:
report-number = Br.
report-member-state = Država članica
report-responsible = Odgovorni partner
report-committed = Utvrđeni član mreže { $network_acronym } koji je potvrdio sudjelovanje
report-additional-heading = Dodatni utvrđeni članovi mreže { $network_acronym } koji su potvrdili sudjelovanje
report-additional-member = Organizacija
report-additional-country = Država
report-additional-status = Status (uspostavljen kontakt / pismo namjere potpisano)
report-description-heading = Opis aktivnosti provedenih radi proširenja mreže { $network_acronym }
report-description-hint = Kratak opis aktivnosti koje je vaša organizacija provela radi privlačenja novih članova.
report-challenges-heading = Poteškoće utvrđene tijekom postupka
report-challenges-hint = Ako ih je bilo, molimo opišite ih i navedite kako bi se mogle izbjeći u budućnosti.
report-no-member-states = Ovom partneru nije dodijeljena nijedna država članica; dodatne članove navedite u nastavku.

## email

email-loi-subject = { $organisation }: pismo namjere za pristupanje mreži { $network_acronym }
email-loi-body =
    { email-greeting }

    u prilogu vam dostavljamo pismo namjere kojim organizacija { $organisation } izražava namjeru pristupanja { -network-name.forms ->
            [inflected] { -network-name(case: "dat") } ({ $network_acronym }).
           *[one] ovoj mreži: { -network-name } ({ $network_acronym }).
        } U pismu su već označeni zadaci koje ste odabrali. Molimo vas da ga provjerite, osigurate potpis (potpisnik: { $signatory }) i vratite ga na adresu: { $return_contact } ({ $return_email }).

    S poštovanjem

    { $sender }
email-assistance-subject = { $organisation }: zahtjev za pomoć i potporu upućen mreži { $network_acronym }
email-assistance-body =
    { email-greeting }

    u prilogu vam dostavljamo obrazac zahtjeva za pomoć i potporu za organizaciju { $organisation }, unaprijed ispunjen podacima kojima raspolažemo. Molimo vas da ga dopunite i vratite na adresu: { $return_contact } ({ $return_email }).

    S poštovanjem

    { $sender }
email-greeting =
    { $salutation ->
        [ms] Poštovana gospođo { $contact_family_name },
        [mr] Poštovani gospodine { $contact_family_name },
       *[none] Poštovani,
    }

## notice_sheet

notice-sheet-title = Podatkovni list: { $notice }
notice-sheet-intro = Podvrsta obavijesti eForms { $subtype }, SDK { $sdk }. Poslovni pojmovi onako kako će biti objavljeni; njihovi su nazivi preuzeti iz eForms SDK-a.
notice-sheet-term = Pojam
notice-sheet-name = Naziv
notice-sheet-value = Vrijednost
notice-sheet-missing = Podaci koji nedostaju
notice-sheet-missing-line = { $term } { $label }: nedostaje; unesite { $key }
notice-sheet-pin = prethodna informacijska obavijest
notice-sheet-pmc = obavijest o prethodnom savjetovanju sa zainteresiranim gospodarskim subjektima
notice-sheet-cn = obavijest o nadmetanju
notice-sheet-can = obavijest o dodjeli ugovora

## web

web-nav-signup = Pristupite mreži
web-nav-assistance = Zatražite pomoć
web-nav-contacts = Nacionalne kontaktne točke
web-nav-coordinator = Koordinatori
web-language = Jezik
web-signup-title = { -network-name } ({ $network_acronym }) – prijava za članstvo
web-signup-intro = Ako želite pristupiti mreži, ispunite ovaj obrazac. Zatim preuzmite pismo namjere ispunjeno vašim podacima, potpišite ga i vratite.
web-assistance-title = Zahtjev za pomoć i potporu – članovi mreže { $network_acronym }
web-assistance-intro = Opišite potrebe svoje organizacije kako bi partneri mreže { $network_acronym } mogli ponuditi odgovarajuću pomoć i potporu u javnoj nabavi inovacija.
web-section-organisation = Vaša organizacija
web-section-contact = Osoba za kontakt
web-section-signatory = Potpisnik
web-section-tasks = Zadaci u kojima biste sudjelovali
web-section-request = Vaš zahtjev
web-field-name = Naziv organizacije
web-field-short-name = Skraćeni naziv ili kratica
web-field-type = Vrsta organizacije
web-field-country = Država
web-field-street = Ulica i kućni broj
web-field-postcode = Poštanski broj
web-field-city = Mjesto
web-field-website = Mrežna stranica
web-field-person = Ime i prezime
web-field-role = Radno mjesto
web-field-email = E-pošta
web-field-phone = Telefon
web-field-title = Funkcija
web-field-language = Jezik dokumenata
web-field-experience = Dosadašnje iskustvo u javnoj nabavi inovacija
web-field-assistance = Tražena pomoć i potpora
web-field-timeline = Vremenski okvir
web-field-additional = Dodatne informacije (na primjer utvrđene obrazovne potrebe koje treba uključiti u politiku potražnje)
web-choose = – odaberite –
web-required = obvezno
web-submit-signup = Pošalji i preuzmi pismo
web-submit-assistance = Pošalji zahtjev
web-errors-intro = Ispravite polja označena u nastavku; uneseni su podaci sačuvani.
web-error-required = Ovo je polje obvezno.
web-error-too-long = Upotrijebite najviše { $max } znakova.
web-error-email = Ovo nije valjana adresa e-pošte.
web-error-country = Odaberite državu s popisa.
web-error-url = Ovo nije mrežna adresa (na primjer https://www.example.eu).
web-error-language = Odaberite jezik s popisa.
web-error-choice = Odaberite jednu od ponuđenih mogućnosti.
web-error-control = Tekst sadržava nevidljiv kontrolni znak; unesite ga ponovno.
web-done-title = Hvala!
web-done-signup = Zaprimili smo prijavu organizacije { $organisation }. Preuzmite pismo namjere, osigurajte potpis i vratite ga na adresu: { $contact } ({ $email }).
web-done-assistance = Zaprimili smo zahtjev organizacije { $organisation }. Partneri mreže { $network_acronym } javit će vam se. Obrazac zahtjeva možete sačuvati.
web-done-email = Potvrda je poslana na adresu { $email }.
web-download-docx = Preuzmi (Word)
web-download-pdf = Preuzmi (PDF)
web-contacts-title = Nacionalne kontaktne točke
web-contacts-intro = Za pitanja o javnoj nabavi inovacija i o mreži obratite se kontaktnoj točki u svojoj državi.
web-contacts-none = Kontaktne točke još nisu objavljene.
web-error-title = Ispričavamo se
web-error-400 = Obrazac je istekao ili nije poslan s ove stranice. Ponovno učitajte stranicu i pošaljite ga još jednom.
web-error-404 = Ova stranica ne postoji.
web-error-413 = Poslani su podaci preveliki. Skratite tekstove i pošaljite ih ponovno.
web-error-429 = Previše zahtjeva s vaše adrese. Pričekajte minutu i pokušajte ponovno.
web-error-500 = Došlo je do pogreške na našoj strani. Pokušajte ponovno poslije.

## desk

desk-nav-submissions = Prijave i zahtjevi
desk-nav-members = Članovi i pokazatelji
desk-nav-contacts = Kontaktne točke
desk-nav-public = Javne stranice
desk-log-out = Odjava ({ $user })
desk-login-title = Prijava koordinatora
desk-login-failed = Pogrešno korisničko ime ili lozinka.
desk-username = Korisničko ime
desk-password = Lozinka
desk-log-in = Prijava
desk-all = sve
desk-pending = na čekanju
desk-accepted = prihvaćeno
desk-rejected = odbijeno
desk-member = prijava za članstvo
desk-assistance = zahtjev za pomoć
desk-received = Zaprimljeno
desk-kind = Vrsta
desk-status = Status
desk-reviewed-by = Pregledao/la
desk-none = Ovdje nema prijava ni zahtjeva.
desk-received-in = Zaprimljeno { $date }, jezik dokumenata: { $lang }, verzija { $version }.
desk-document = Dokument (Word)
desk-conflict = Otkad ste otvorili ovaj unos, netko drugi ga je promijenio. Obrazac sada prikazuje spremljenu verziju; ponovno unesite svoju promjenu.
desk-save = Spremi promjene
desk-accept = Prihvati
desk-reject = Odbij
desk-covered = Obuhvaćene države članice EU-a (kritična masa: { $target })
desk-members = Članovi
desk-procurers = Javni naručitelji
desk-others = Ostali pratitelji
desk-export = Izvoz
desk-recipients-xlsx = popis primatelja (.xlsx)
desk-recipients-csv = popis primatelja (.csv)
desk-member-files = datoteke organizacija (.zip)
desk-kpi-table = tablica pokazatelja (.xlsx)
desk-legend = članova; obrubljeno: ondje članove pridobiva partner. Podaci karte: Natural Earth.
desk-map = Članovi po državama
desk-per-partner = Po odgovornom partneru
desk-partner = Odgovorni partner
desk-member-states = Države članice
desk-states-covered = Obuhvaćene
desk-by-country = Po državama
desk-accepted-members = Prihvaćeni članovi
desk-remove = Ukloni
desk-add-contact = Dodaj kontaktnu točku
desk-add = Dodaj

common-to-complete = [popuniti]

## consolidated
consolidated-title = Objedinjeno izvješće o sudjelovanju u mreži { $network_acronym }
consolidated-intro = Izvješća partnera o aktivnostima provedenima radi proširenja mreže { $network_acronym } (prilog 7.1), koja je organizacija { $report_to } objedinila dana { $date }. Zaprimljena izvješća: { $received }, od { $reporting } od ukupno { $partners } partnera, za razdoblja: { $periods }. Uzima se u obzir posljednje izvješće svakog partnera; prethodno izvješće pokazuje ostvareni napredak.
consolidated-kpi-heading = Ključni pokazatelji uspješnosti
consolidated-kpi-covered = Obuhvaćene države članice EU-a: { $covered } od kritične mase { $target }
consolidated-kpi-reached = Kritična masa država članica ({ $target }) je dosegnuta.
consolidated-kpi-missing = Broj država članica koje još nedostaju za postizanje kritične mase: { $missing }
consolidated-kpi-members = Članovi mreže { $network_acronym } koji su potvrdili sudjelovanje (pismo namjere potpisano): { $committed }; uspostavljen kontakt, sudjelovanje još nije potvrđeno: { $contacted }
consolidated-kpi-progress = Napredak – broj obuhvaćenih država članica EU-a na svaki rok za izvješćivanje: { $progress }
consolidated-chart-coverage = Države članice EU-a s članom koji je potvrdio sudjelovanje na svaki rok za izvješćivanje, u usporedbi s kritičnom masom { $target } (isprekidana crta)
consolidated-chart-members = Članovi mreže { $network_acronym } po državama članicama: s potvrđenim sudjelovanjem i s uspostavljenim kontaktom
consolidated-axis-deadline = Rok za izvješćivanje
consolidated-axis-states = Obuhvaćene države članice EU-a
consolidated-axis-members = Članovi
consolidated-target = Kritična masa: { $target }
consolidated-states-heading = Države članice i odgovorni partneri
consolidated-committed-short = Potvrđeno sudjelovanje
consolidated-contacted = Uspostavljen kontakt
consolidated-total = Sve države članice
consolidated-eea = Zemlja EGP-a
consolidated-eea-note = U kritičnu masu ubrajaju se samo države članice EU-a; zemlja EGP-a prikazana je sa svojim članovima, ali se ne ubraja.
consolidated-partners-heading = Članovi po partnerima i napredak
consolidated-partners-intro = Članovi koji su potvrdili sudjelovanje i obuhvaćene države članice prema posljednjem izvješću svakog partnera; ako je partner već prije dostavio izvješće, najprije se navodi raniji podatak (raniji → posljednji).
consolidated-member-states = Države članice
consolidated-latest = Posljednje izvješće
consolidated-covered = Obuhvaćene države članice
consolidated-no-report = nema izvješća
consolidated-status-contacted = uspostavljen kontakt
consolidated-status-loi-signed = pismo namjere potpisano
consolidated-no-additional = Nijedan partner nije prijavio dodatne članove.
consolidated-missing-heading = Partneri koji nisu dostavili izvješće

## reminder
reminder-subject = Podsjetnik: { $subject }
reminder-body =
    { email-greeting }

    dana { $sent } poslali smo vam poruku „{ $subject }“ s priloženim dokumentom { $document }. Dokument nam još nije vraćen pa ga ponovno prilažemo. Molimo vas da ga potpišete i vratite na adresu: { $return_contact } ({ $return_email }). Ako ste ga već poslali, zahvaljujemo vam i molimo da zanemarite ovaj podsjetnik.

    S poštovanjem

    { $sender }
