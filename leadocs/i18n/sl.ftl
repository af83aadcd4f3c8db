# Static text of the built-in network documents, in Slovenian (slovenščina).
# Same messages and { $variables } as en.ftl; formal register (vikanje) of an official letter.
# Names cannot be declined here, so placeholders stand in the nominative: after a noun
# ("organizacija X", "mreža X"), after a colon or as a subject. Quotation marks „…“.
# EU terms: sporazum o dodelitvi nepovratnih sredstev (grant agreement), javni naročnik
# (contracting authority), javno naročanje inovacij (innovation procurement), predkomercialno
# javno naročanje (PCP), javno naročanje inovativnih rešitev (PPI).
# -network-name forms: dat = dative, after "se pridruži" (se pridruži Mreži javnih naročnikov LEA).

## common

common-page = Stran
common-of = od
common-draft-generated = Pripravljeno s programom leadocs
common-date-place = Datum in kraj
common-place-date = { $place }, { $date }
common-date = { $date }
common-name = Ime in priimek
common-title = Funkcija
common-signature = Podpis
common-seal = Žig organizacije
common-signatory-line = Podpis pooblaščenega zastopnika organizacije
common-funding-line = Projekt { $project } (sporazum o dodelitvi nepovratnih sredstev št. { $grant_agreement }) se financira iz programa { $programme }. Financer: { $funder }.

## loi

loi-title = Pismo o nameri – { -network-name } ({ $network_acronym })
loi-keyword = pismo o nameri
loi-non-binding = Opozarjamo, da ta dokument ni pravno zavezujoč.
loi-undersigned = Spodaj podpisani/-a v imenu svoje organizacije, { $organisation }, potrjujem naše zanimanje za zgoraj navedeni projekt in namero, da se pridružimo tej mreži: { $network_description }. Želimo biti obveščeni o napredku projekta in dejavnostih mreže ter k njim prispevati.
loi-default-description = { -network-name }
loi-why = ZAKAJ?
loi-how = KAKO?
loi-what = KAJ?
loi-tasks-intro = Na tej podlagi predvidevamo morebitno sodelovanje organizacije { $organisation } pri naslednjih nalogah:
loi-tasks-hint = (☒ = izbrana naloga)
loi-return = Podpisano pismo prosimo vrnite na naslov: { $contact } ({ $email }).

## assistance

assistance-title = Prošnja za pomoč in podporo – člani mreže { $network_acronym }
assistance-keyword = prošnja za pomoč in podporo
assistance-intro = Prosimo, opišite potrebe svoje organizacije, da bodo partnerji mreže { $network_acronym } lahko ponudili ustrezno pomoč in podporo pri javnem naročanju inovacij.
assistance-purpose-intro = Ta obrazec:
assistance-organisation = Ime organizacije
assistance-type = Vrsta organizacije
assistance-country = Država
assistance-address = Naslov
assistance-website = Spletna stran
assistance-contact = Kontaktna oseba
assistance-experience = Dosedanje izkušnje z javnim naročanjem inovacij
assistance-assistance = Zahtevana pomoč in podpora
assistance-timeline = Časovni načrt
assistance-additional = Dodatne informacije (na primer ugotovljene izobraževalne potrebe, ki jih je treba vključiti v politiko povpraševanja)
assistance-return = Izpolnjeni obrazec prosimo vrnite na naslov: { $contact } ({ $email }).

## benefits

benefits-title = Prednosti članstva v mreži { $network_acronym } in pričakovani prispevek
benefits-keyword = prednosti članstva
benefits-table-heading = Prednosti članstva v mreži { $network_acronym }
benefits-contribution-heading = Pričakovani prispevek članov

## types

types-procurer = Javni naročnik
types-school = Šola
types-supplier = Dobavitelj
types-learntech-expert = Strokovnjak za izobraževalne tehnologije

## report

report-title = Poročilo o sodelovanju v mreži { $network_acronym }
report-keyword = poročilo partnerja
report-partner = Partner
report-deadlines = Predložiti: { $report_to }, do:
report-number = Št.
report-member-state = Država članica
report-responsible = Odgovorni partner
report-committed = Ugotovljeni član mreže { $network_acronym }, ki je potrdil sodelovanje
report-additional-heading = Dodatni ugotovljeni člani mreže { $network_acronym }, ki so potrdili sodelovanje
report-additional-member = Organizacija
report-additional-country = Država
report-additional-status = Stanje (vzpostavljen stik / pismo o nameri podpisano)
report-description-heading = Opis opravljenega dela za širitev mreže { $network_acronym }
report-description-hint = Kratek opis dela, ki ga je vaša organizacija opravila za pridobivanje novih članov.
report-challenges-heading = Težave, ugotovljene med postopkom
report-challenges-hint = Če so se pojavile, jih prosimo opišite in navedite, kako bi se jim v prihodnje lahko izognili.
report-no-member-states = Temu partnerju ni dodeljena nobena država članica; dodatne člane navedite spodaj.

## email

email-loi-subject = { $organisation }: pismo o nameri za pristop k mreži { $network_acronym }
email-loi-body =
    { email-greeting }

    v prilogi vam pošiljamo pismo o nameri, s katerim organizacija { $organisation } izraža namero, da se pridruži { -network-name.forms ->
            [inflected] { -network-name(case: "dat") } ({ $network_acronym }).
           *[one] tej mreži: { -network-name } ({ $network_acronym }).
        } V pismu so že označene naloge, ki ste jih izbrali. Prosimo vas, da ga pregledate, zagotovite podpis (podpisnik: { $signatory }) in ga vrnete na naslov: { $return_contact } ({ $return_email }).

    Lep pozdrav

    { $sender }
email-assistance-subject = { $organisation }: prošnja za pomoč in podporo mreži { $network_acronym }
email-assistance-body =
    { email-greeting }

    v prilogi vam pošiljamo obrazec prošnje za pomoč in podporo za organizacijo { $organisation }, vnaprej izpolnjen s podatki, s katerimi razpolagamo. Prosimo vas, da ga dopolnite in vrnete na naslov: { $return_contact } ({ $return_email }).

    Lep pozdrav

    { $sender }
email-greeting =
    { $salutation ->
        [ms] Spoštovana gospa { $contact_family_name },
        [mr] Spoštovani gospod { $contact_family_name },
       *[none] Spoštovani,
    }

## notice_sheet

notice-sheet-title = Podatkovni list: { $notice }
notice-sheet-intro = Podvrsta obvestila eForms { $subtype }, SDK { $sdk }. Poslovni pojmi, kot bodo objavljeni; njihova imena so iz eForms SDK.
notice-sheet-term = Pojem
notice-sheet-name = Ime
notice-sheet-value = Vrednost
notice-sheet-missing = Manjkajoči podatki
notice-sheet-missing-line = { $term } { $label }: manjka; določite { $key }
notice-sheet-pin = predhodno informativno obvestilo
notice-sheet-pmc = obvestilo o predhodnem posvetovanju s trgom
notice-sheet-cn = obvestilo o javnem naročilu
notice-sheet-can = obvestilo o oddaji naročila

## web

web-nav-signup = Pridružite se mreži
web-nav-assistance = Zaprosite za pomoč
web-nav-contacts = Nacionalne kontaktne točke
web-nav-coordinator = Koordinatorji
web-language = Jezik
web-signup-title = { -network-name } ({ $network_acronym }) – prijava za članstvo
web-signup-intro = Če se želite pridružiti mreži, izpolnite ta obrazec. Nato prenesite pismo o nameri, izpolnjeno z vašimi podatki, ga podpišite in vrnite.
web-assistance-title = Prošnja za pomoč in podporo – člani mreže { $network_acronym }
web-assistance-intro = Opišite potrebe svoje organizacije, da bodo partnerji mreže { $network_acronym } lahko ponudili ustrezno pomoč in podporo pri javnem naročanju inovacij.
web-section-organisation = Vaša organizacija
web-section-contact = Kontaktna oseba
web-section-signatory = Podpisnik
web-section-tasks = Naloge, pri katerih bi sodelovali
web-section-request = Vaša prošnja
web-field-name = Ime organizacije
web-field-short-name = Kratko ime ali kratica
web-field-type = Vrsta organizacije
web-field-country = Država
web-field-street = Ulica in hišna številka
web-field-postcode = Poštna številka
web-field-city = Kraj
web-field-website = Spletna stran
web-field-person = Ime in priimek
web-field-role = Delovno mesto
web-field-email = E-pošta
web-field-phone = Telefon
web-field-title = Funkcija
web-field-language = Jezik dokumentov
web-field-experience = Dosedanje izkušnje z javnim naročanjem inovacij
web-field-assistance = Zahtevana pomoč in podpora
web-field-timeline = Časovni načrt
web-field-additional = Dodatne informacije (na primer ugotovljene izobraževalne potrebe, ki jih je treba vključiti v politiko povpraševanja)
web-choose = – izberite –
web-required = obvezno
web-submit-signup = Pošlji in prejmi pismo
web-submit-assistance = Pošlji prošnjo
web-errors-intro = Popravite spodaj označena polja; vneseni podatki so ohranjeni.
web-error-required = To polje je obvezno.
web-error-too-long = Uporabite največ { $max } znakov.
web-error-email = To ni veljaven e-poštni naslov.
web-error-country = Izberite državo s seznama.
web-error-url = To ni spletni naslov (na primer https://www.example.eu).
web-error-language = Izberite jezik s seznama.
web-error-choice = Izberite eno od prikazanih možnosti.
web-error-control = Besedilo vsebuje neviden krmilni znak; vnesite ga znova.
web-done-title = Hvala!
web-done-signup = Prijavo organizacije { $organisation } smo prejeli. Prenesite pismo o nameri, poskrbite za podpis in ga vrnite na naslov: { $contact } ({ $email }).
web-done-assistance = Prošnjo organizacije { $organisation } smo prejeli. Partnerji mreže { $network_acronym } se bodo obrnili na vas. Obrazec prošnje lahko shranite.
web-done-email = Potrditev smo poslali na naslov { $email }.
web-download-docx = Prenesi (Word)
web-download-pdf = Prenesi (PDF)
web-contacts-title = Nacionalne kontaktne točke
web-contacts-intro = Z vprašanji o javnem naročanju inovacij in o mreži se obrnite na kontaktno točko v svoji državi.
web-contacts-none = Kontaktne točke še niso objavljene.
web-error-title = Opravičujemo se
web-error-400 = Obrazec je potekel ali ni bil poslan s tega spletnega mesta. Znova naložite stran in ga pošljite še enkrat.
web-error-404 = Ta stran ne obstaja.
web-error-413 = Poslani podatki so preobsežni. Skrajšajte besedila in jih pošljite znova.
web-error-429 = Z vašega naslova je prišlo preveč zahtev. Počakajte minuto in poskusite znova.
web-error-500 = Na naši strani je prišlo do napake. Poskusite znova pozneje.

## desk

desk-nav-submissions = Prijave in prošnje
desk-nav-members = Člani in kazalniki
desk-nav-contacts = Kontaktne točke
desk-nav-public = Javno spletno mesto
desk-log-out = Odjava ({ $user })
desk-login-title = Prijava koordinatorjev
desk-login-failed = Napačno uporabniško ime ali geslo.
desk-username = Uporabniško ime
desk-password = Geslo
desk-log-in = Prijava
desk-all = vse
desk-pending = v obravnavi
desk-accepted = sprejeto
desk-rejected = zavrnjeno
desk-member = prijava za članstvo
desk-assistance = prošnja za pomoč
desk-received = Prejeto
desk-kind = Vrsta
desk-status = Stanje
desk-reviewed-by = Pregledal(a)
desk-none = Tu ni prijav ali prošenj.
desk-received-in = Prejeto { $date }, jezik dokumentov: { $lang }, različica { $version }.
desk-document = Dokument (Word)
desk-conflict = Odkar ste odprli ta vnos, ga je spremenil nekdo drug. Obrazec zdaj prikazuje shranjeno različico; spremembo vnesite znova.
desk-save = Shrani spremembe
desk-accept = Sprejmi
desk-reject = Zavrni
desk-covered = Zajete države članice EU (kritična masa: { $target })
desk-members = Člani
desk-procurers = Javni naročniki
desk-others = Drugi spremljevalci
desk-export = Izvoz
desk-recipients-xlsx = seznam prejemnikov (.xlsx)
desk-recipients-csv = seznam prejemnikov (.csv)
desk-member-files = datoteke organizacij (.zip)
desk-kpi-table = preglednica kazalnikov (.xlsx)
desk-legend = članov; obrobljeno: tam člane pridobiva partner. Podatki zemljevida: Natural Earth.
desk-map = Člani po državah
desk-per-partner = Po odgovornem partnerju
desk-partner = Odgovorni partner
desk-member-states = Države članice
desk-states-covered = Zajete
desk-by-country = Po državah
desk-accepted-members = Sprejeti člani
desk-remove = Odstrani
desk-add-contact = Dodaj kontaktno točko
desk-add = Dodaj

common-to-complete = [izpolniti]

## consolidated
consolidated-title = Zbirno poročilo o sodelovanju v mreži { $network_acronym }
consolidated-intro = Poročila partnerjev o opravljenem delu za širitev mreže { $network_acronym } (priloga 7.1), ki jih je organizacija { $report_to } združila dne { $date }. Prejeta poročila: { $received }, od { $reporting } izmed { $partners } partnerjev, za obdobja: { $periods }. Upošteva se zadnje poročilo vsakega partnerja; predhodno poročilo kaže doseženi napredek.
consolidated-kpi-heading = Ključni kazalniki uspešnosti
consolidated-kpi-covered = Zajete države članice EU: { $covered } od kritične mase { $target }
consolidated-kpi-reached = Kritična masa držav članic ({ $target }) je dosežena.
consolidated-kpi-missing = Število držav članic, ki še manjkajo do kritične mase: { $missing }
consolidated-kpi-members = Člani mreže { $network_acronym }, ki so potrdili sodelovanje (pismo o nameri podpisano): { $committed }; vzpostavljen stik, sodelovanje še ni potrjeno: { $contacted }
consolidated-kpi-progress = Napredek – število zajetih držav članic EU ob posameznih rokih za poročanje: { $progress }
consolidated-chart-coverage = Države članice EU s članom, ki je potrdil sodelovanje, ob posameznih rokih za poročanje v primerjavi s kritično maso { $target } (črtkana črta)
consolidated-chart-members = Člani mreže { $network_acronym } po državah članicah: s potrjenim sodelovanjem in z vzpostavljenim stikom
consolidated-axis-deadline = Rok za poročanje
consolidated-axis-states = Zajete države članice EU
consolidated-axis-members = Člani
consolidated-target = Kritična masa: { $target }
consolidated-states-heading = Države članice in odgovorni partnerji
consolidated-committed-short = Potrjeno sodelovanje
consolidated-contacted = Vzpostavljen stik
consolidated-total = Vse države članice
consolidated-eea = Država EGP
consolidated-eea-note = V kritično maso se štejejo samo države članice EU; država EGP je prikazana s svojimi člani, vendar se ne šteje.
consolidated-partners-heading = Člani po partnerjih in napredek
consolidated-partners-intro = Člani, ki so potrdili sodelovanje, in zajete države članice po zadnjem poročilu vsakega partnerja; če je partner poročal že prej, je najprej naveden prejšnji podatek (prejšnji → zadnji).
consolidated-member-states = Države članice
consolidated-latest = Zadnje poročilo
consolidated-covered = Zajete države članice
consolidated-no-report = ni poročila
consolidated-status-contacted = vzpostavljen stik
consolidated-status-loi-signed = pismo o nameri podpisano
consolidated-no-additional = Noben partner ni poročal o dodatnih članih.
consolidated-missing-heading = Partnerji brez poročila

## reminder
reminder-subject = Opomnik: { $subject }
reminder-body =
    { email-greeting }

    dne { $sent } smo vam poslali sporočilo „{ $subject }“ s priloženim dokumentom { $document }. Dokumenta še nismo prejeli nazaj, zato ga ponovno prilagamo. Prosimo vas, da ga podpišete in vrnete na naslov: { $return_contact } ({ $return_email }). Če ste ga že poslali, se vam zahvaljujemo in vas prosimo, da ta opomnik prezrete.

    Lep pozdrav

    { $sender }
