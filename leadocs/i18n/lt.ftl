# Static text of the built-in network documents, in Lithuanian (lietuvių kalba).
# -network-name forms: gen = genitive ("prisijungti prie LEA perkančiųjų organizacijų tinklo").
# Same messages and { $variables } as en.ftl; formal register of an official letter (jūs).
# Inserted names cannot be declined here, so each stands in the nominative where Lithuanian
# allows it: after a declined generic noun ("organizacijos X vardu", "tinklo LEA-N nariai", as
# with quoted names), after a colon, or as a subject; never the word "tinklas" before the
# network's name. The e-mail greeting has no name (it would need the vocative).
# The dateline puts the date first, then the place, as Lithuanian documents do.
# EU terms: dotacijos susitarimas (grant agreement), perkančioji organizacija (contracting
# authority), inovacijų viešieji pirkimai (innovation procurement), ikiprekybiniai pirkimai
# (PCP), inovatyvių sprendimų viešieji pirkimai (PPI); „Horizontas 2020“, Europos Komisija.

## common

common-page = Puslapis
common-of = iš
common-draft-generated = Parengta naudojant leadocs
common-date-place = Data ir vieta
common-name = Vardas, pavardė
common-title = Pareigos
common-signature = Parašas
common-seal = Organizacijos antspaudas
common-signatory-line = Organizacijos įgaliotojo atstovo parašas
common-place-date = { $date }, { $place }
common-date = { $date }
common-funding-line = Projektas { $project } (dotacijos susitarimo Nr. { $grant_agreement }) finansuojamas pagal programą „{ $programme }“. Finansuotojas: { $funder }.
common-to-complete = [papildyti]

## loi

loi-title = Ketinimų raštas – { -network-name } ({ $network_acronym })
loi-non-binding = Pažymima, kad šis dokumentas nėra teisiškai privalomas.
loi-undersigned = Aš, toliau pasirašęs (-iusi), savo organizacijos { $organisation } vardu patvirtinu, kad esame suinteresuoti pirmiau minėtu projektu ir ketiname prisijungti prie šio tinklo: { $network_description }. Norėtume būti informuojami apie projekto ir tinklo veiklos pažangą ir prie jos prisidėti.
loi-default-description = { -network-name }
loi-why = KODĖL?
loi-how = KAIP?
loi-what = KĄ?
loi-tasks-intro = Atsižvelgdami į tai, manome, kad organizacija { $organisation } galėtų dalyvauti vykdant šias užduotis:
loi-tasks-hint = (☒ = pasirinkta užduotis)
loi-return = Pasirašytą raštą prašome grąžinti: { $contact } ({ $email }).
loi-keyword = ketinimų raštas

## assistance

assistance-title = Pagalbos ir paramos prašymas – tinklo { $network_acronym } nariai
assistance-intro = Prašome aprašyti jūsų organizacijos poreikius, kad tinklo { $network_acronym } partneriai galėtų pasiūlyti tinkamą pagalbą ir paramą, susijusią su inovacijų viešaisiais pirkimais.
assistance-purpose-intro = Ši forma:
assistance-organisation = Organizacijos pavadinimas
assistance-type = Organizacijos tipas
assistance-country = Šalis
assistance-address = Adresas
assistance-website = Interneto svetainė
assistance-contact = Kontaktinis asmuo
assistance-experience = Ankstesnė inovacijų viešųjų pirkimų patirtis
assistance-assistance = Prašoma pagalba ir parama
assistance-timeline = Tvarkaraštis
assistance-additional = Papildoma informacija (pavyzdžiui, nustatyti švietimo poreikiai, kuriuos reikėtų įtraukti į paklausos politiką)
assistance-return = Užpildytą formą prašome grąžinti: { $contact } ({ $email }).
assistance-keyword = pagalbos prašymas

## benefits

benefits-title = Narystės tinkle { $network_acronym } nauda ir tikimasis narių indėlis
benefits-table-heading = Narystės tinkle { $network_acronym } nauda
benefits-contribution-heading = Tikimasis narių indėlis
benefits-keyword = narystės nauda

## types

types-procurer = Perkančioji organizacija
types-school = Mokykla
types-supplier = Tiekėjas
types-learntech-expert = Mokymosi technologijų ekspertas

## report

report-title = Ataskaita apie dalyvavimą tinkle { $network_acronym }
report-partner = Partneris
report-deadlines = Pateikti adresatui { $report_to } iki:
report-number = Nr.
report-member-state = Valstybė narė
report-responsible = Atsakingas partneris
report-committed = Nustatytas ir įsipareigojęs tinklo { $network_acronym } narys
report-additional-heading = Papildomi nustatyti ir įsipareigoję tinklo { $network_acronym } nariai
report-additional-member = Organizacija
report-additional-country = Šalis
report-additional-status = Būsena (susisiekta / ketinimų raštas pasirašytas)
report-description-heading = Darbų, atliktų plečiant tinklą { $network_acronym }, aprašymas
report-description-hint = Trumpas darbų, kuriuos jūsų organizacija atliko siekdama pritraukti naujų narių, aprašymas.
report-challenges-heading = Proceso metu nustatyti sunkumai
report-challenges-hint = Jei jų buvo, prašome juos aprašyti ir nurodyti, kaip jų būtų galima išvengti ateityje.
report-no-member-states = Šiam partneriui nepriskirta jokių valstybių narių; papildomus narius nurodykite toliau.
report-keyword = partnerio ataskaita

## email

email-greeting = { $salutation ->
        [ms] Gerbiamoji ponia,
        [mr] Gerbiamasis pone,
       *[none] Gerbiamieji,
    }
email-loi-subject = { $organisation }: ketinimų raštas dėl prisijungimo prie tinklo { $network_acronym }
email-loi-body =
    { email-greeting }

    Pridedame organizacijos { $organisation } ketinimų raštą dėl prisijungimo prie { -network-name.forms ->
        [inflected] { -network-name(case: "gen") }
       *[one] šio tinklo: { -network-name }
    } ({ $network_acronym }). Jame jau pažymėtos jūsų pasirinktos užduotys. Prašome raštą patikrinti, pasirūpinti, kad jį pasirašytų { $signatory }, ir grąžinti: { $return_contact } ({ $return_email }).

    Pagarbiai

    { $sender }
email-assistance-subject = { $organisation }: pagalbos ir paramos prašymas tinklui { $network_acronym }
email-assistance-body =
    { email-greeting }

    Pridedame organizacijos { $organisation } pagalbos ir paramos prašymo formą, iš anksto užpildytą mums žinoma informacija. Prašome ją užpildyti ir grąžinti: { $return_contact } ({ $return_email }).

    Pagarbiai

    { $sender }

## notice_sheet

notice-sheet-title = Duomenų lapas: { $notice }
notice-sheet-intro = eForms skelbimo potipis { $subtype }, SDK { $sdk }. Verslo terminai tokie, kokie bus paskelbti; jų pavadinimai – iš eForms SDK.
notice-sheet-term = Terminas
notice-sheet-name = Pavadinimas
notice-sheet-value = Reikšmė
notice-sheet-missing = Trūkstamos reikšmės
notice-sheet-missing-line = { $term } { $label }: trūksta; nurodykite { $key }
notice-sheet-pin = išankstinis informacinis skelbimas
notice-sheet-pmc = skelbimas apie preliminarias rinkos konsultacijas
notice-sheet-cn = skelbimas apie pirkimą
notice-sheet-can = skelbimas apie sutarties skyrimą

## web

web-nav-signup = Prisijunkite prie tinklo
web-nav-assistance = Prašyti pagalbos
web-nav-contacts = Nacionaliniai kontaktiniai centrai
web-nav-coordinator = Koordinatoriai
web-language = Kalba
web-signup-title = { -network-name.forms ->
        [inflected] Prisijunkite prie { -network-name(case: "gen") } ({ $network_acronym })
       *[one] Prisijungimas: { -network-name } ({ $network_acronym })
    }
web-signup-intro = Užpildykite šią formą, kad prisijungtumėte prie tinklo. Tada galėsite atsisiųsti savo ketinimų raštą su įvestais duomenimis, jį pasirašyti ir grąžinti.
web-assistance-title = Pagalbos ir paramos prašymas – tinklo { $network_acronym } nariai
web-assistance-intro = Aprašykite savo organizacijos poreikius, kad tinklo { $network_acronym } partneriai galėtų pasiūlyti tinkamą pagalbą ir paramą, susijusią su inovacijų viešaisiais pirkimais.
web-section-organisation = Jūsų organizacija
web-section-contact = Kontaktinis asmuo
web-section-signatory = Pasirašantis asmuo
web-section-tasks = Užduotys, kuriose dalyvautumėte
web-section-request = Jūsų prašymas
web-field-name = Organizacijos pavadinimas
web-field-short-name = Trumpasis pavadinimas arba santrumpa
web-field-type = Organizacijos tipas
web-field-country = Šalis
web-field-street = Gatvė ir namo numeris
web-field-postcode = Pašto kodas
web-field-city = Miestas
web-field-website = Interneto svetainė
web-field-person = Vardas, pavardė
web-field-role = Vaidmuo
web-field-email = El. paštas
web-field-phone = Telefonas
web-field-title = Pareigos
web-field-language = Dokumentų kalba
web-field-experience = Ankstesnė inovacijų viešųjų pirkimų patirtis
web-field-assistance = Prašoma pagalba ir parama
web-field-timeline = Tvarkaraštis
web-field-additional = Papildoma informacija (pavyzdžiui, nustatyti švietimo poreikiai, kuriuos reikėtų įtraukti į paklausos politiką)
web-choose = – pasirinkite –
web-required = privaloma
web-submit-signup = Siųsti ir gauti raštą
web-submit-assistance = Siųsti prašymą
web-errors-intro = Pataisykite toliau pažymėtus laukus; jūsų įvesti duomenys išsaugoti.
web-error-required = Šį lauką būtina užpildyti.
web-error-too-long = Naudokite ne daugiau kaip { $max } simbolių.
web-error-email = Tai nėra galiojantis el. pašto adresas.
web-error-country = Pasirinkite šalį iš sąrašo.
web-error-url = Tai nėra interneto adresas (pavyzdžiui, https://www.example.eu).
web-error-language = Pasirinkite kalbą iš sąrašo.
web-error-choice = Pasirinkite iš pateiktų variantų.
web-error-control = Šiame tekste yra nematomas valdymo simbolis; įveskite jį iš naujo.
web-done-title = Dėkojame!
web-done-signup = Gavome organizacijos { $organisation } registraciją. Atsisiųskite ketinimų raštą, pasirūpinkite, kad jis būtų pasirašytas, ir grąžinkite jį: { $contact } ({ $email }).
web-done-assistance = Gavome organizacijos { $organisation } prašymą. Tinklo { $network_acronym } partneriai su jumis susisieks. Čia galite atsisiųsti savo prašymo formą.
web-done-email = Patvirtinimas išsiųstas adresu { $email }.
web-download-docx = Atsisiųsti (Word)
web-download-pdf = Atsisiųsti (PDF)
web-contacts-title = Nacionaliniai kontaktiniai centrai
web-contacts-intro = Dėl inovacijų viešųjų pirkimų ir tinklo kreipkitės į savo šalies kontaktinį centrą.
web-contacts-none = Kontaktiniai centrai dar nepaskelbti.
web-error-title = Atsiprašome
web-error-400 = Formos galiojimas baigėsi arba ji pateikta ne iš šios svetainės. Įkelkite puslapį iš naujo ir pateikite formą dar kartą.
web-error-404 = Tokio puslapio nėra.
web-error-413 = Pateikti duomenys per dideli. Sutrumpinkite tekstus ir pateikite dar kartą.
web-error-429 = Iš jūsų adreso gauta per daug užklausų. Palaukite minutę ir bandykite dar kartą.
web-error-500 = Mūsų sistemoje įvyko klaida. Bandykite vėliau.

## desk

desk-nav-submissions = Pateiktos formos
desk-nav-members = Nariai ir PVR
desk-nav-contacts = Kontaktiniai centrai
desk-nav-public = Viešoji svetainė
desk-log-out = Atsijungti ({ $user })
desk-login-title = Koordinatoriaus prisijungimas
desk-login-failed = Neteisingas naudotojo vardas arba slaptažodis.
desk-username = Naudotojo vardas
desk-password = Slaptažodis
desk-log-in = Prisijungti
desk-all = visi
desk-pending = laukiama
desk-accepted = priimta
desk-rejected = atmesta
desk-member = registracija
desk-assistance = pagalbos prašymas
desk-received = Gauta
desk-kind = Rūšis
desk-status = Būsena
desk-reviewed-by = Peržiūrėjo
desk-none = Čia pateiktų formų nėra.
desk-received-in = Gauta { $date }, dokumentų kalba: { $lang }, versija { $version }.
desk-document = Dokumentas (Word)
desk-conflict = Po to, kai atidarėte šią formą, ją pakeitė kitas naudotojas. Dabar rodoma išsaugota versija; atlikite pakeitimą iš naujo.
desk-save = Išsaugoti pakeitimus
desk-accept = Priimti
desk-reject = Atmesti
desk-covered = Aprėptos ES valstybės narės (kritinė masė: { $target })
desk-members = Nariai
desk-procurers = Perkančiosios organizacijos
desk-others = Kiti sekėjai
desk-export = Eksportas
desk-recipients-xlsx = gavėjų sąrašas (.xlsx)
desk-recipients-csv = gavėjų sąrašas (.csv)
desk-member-files = organizacijų rinkmenos (.zip)
desk-kpi-table = PVR lentelė (.xlsx)
desk-legend = – narių skaičius; kontūru pažymėtose šalyse narius pritraukia partneris. Žemėlapio duomenys: Natural Earth.
desk-map = Nariai pagal šalį
desk-per-partner = Pagal atsakingą partnerį
desk-partner = Atsakingas partneris
desk-member-states = Valstybės narės
desk-states-covered = Aprėpta
desk-by-country = Pagal šalį
desk-accepted-members = Priimti nariai
desk-remove = Pašalinti
desk-add-contact = Pridėti kontaktinį centrą
desk-add = Pridėti

## consolidated
consolidated-title = Suvestinė ataskaita apie dalyvavimą tinkle { $network_acronym }
consolidated-intro = Partnerių ataskaitos apie darbus, atliktus plečiant tinklą { $network_acronym } (7.1 priedas), kurias { $date } apibendrino { $report_to }. Gauta ataskaitų: { $received }; ataskaitas pateikusių partnerių: { $reporting } iš { $partners }; laikotarpiai: { $periods }. Vertinama naujausia kiekvieno partnerio ataskaita; prieš ją pateikta ataskaita rodo padarytą pažangą.
consolidated-kpi-heading = Pagrindiniai veiklos rodikliai
consolidated-kpi-covered = Aprėpta ES valstybių narių: { $covered }; kritinė masė: { $target }
consolidated-kpi-reached = Kritinė valstybių narių masė ({ $target }) pasiekta.
consolidated-kpi-missing = Valstybių narių, kurių dar trūksta kritinei masei pasiekti, skaičius: { $missing }
consolidated-kpi-members = Įsipareigoję tinklo { $network_acronym } nariai (ketinimų raštas pasirašytas): { $committed }; susisiekta, bet dar neįsipareigoję: { $contacted }
consolidated-kpi-progress = Pažanga – aprėptų ES valstybių narių skaičius kiekvieno ataskaitų teikimo termino dieną: { $progress }
consolidated-chart-coverage = ES valstybės narės, turinčios įsipareigojusį narį, kiekvieno ataskaitų teikimo termino dieną, palyginti su kritine mase: { $target } (punktyrinė linija)
consolidated-chart-members = Tinklo { $network_acronym } nariai pagal valstybes nares: įsipareigoję ir su kuriais susisiekta
consolidated-axis-deadline = Ataskaitų teikimo terminas
consolidated-axis-states = Aprėptos ES valstybės narės
consolidated-axis-members = Nariai
consolidated-target = Kritinė masė: { $target }
consolidated-states-heading = Valstybės narės ir atsakingi partneriai
consolidated-committed-short = Įsipareigoję
consolidated-contacted = Susisiekta
consolidated-total = Visos valstybės narės
consolidated-eea = EEE šalis
consolidated-eea-note = Į kritinę masę įskaičiuojamos tik ES valstybės narės; EEE šalis nurodoma kartu su jos nariais, bet neįskaičiuojama.
consolidated-partners-heading = Nariai pagal partnerius ir pažanga
consolidated-partners-intro = Įsipareigoję nariai ir aprėptos valstybės narės pagal naujausią kiekvieno partnerio ataskaitą; jei partneris ataskaitą teikė ir anksčiau, pirmiausia nurodomas ankstesnis skaičius (ankstesnis → naujausias).
consolidated-member-states = Valstybės narės
consolidated-latest = Naujausia ataskaita
consolidated-covered = Aprėptos valstybės narės
consolidated-no-report = ataskaita nepateikta
consolidated-status-contacted = susisiekta
consolidated-status-loi-signed = ketinimų raštas pasirašytas
consolidated-no-additional = Nė vienas partneris nenurodė papildomų narių.
consolidated-missing-heading = Ataskaitos nepateikę partneriai

## reminder
reminder-subject = Priminimas: { $subject }
reminder-body =
    { email-greeting }

    { $sent } išsiuntėme jums laišką „{ $subject }“, prie kurio buvo pridėtas dokumentas { $document }. Dokumento atgal dar negavome, todėl pridedame jį dar kartą. Prašome jį pasirašyti ir grąžinti: { $return_contact } ({ $return_email }). Jei jau jį išsiuntėte, dėkojame ir prašome į šį priminimą neatsižvelgti.

    Pagarbiai

    { $sender }
