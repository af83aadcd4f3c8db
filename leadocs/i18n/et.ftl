# Static text of the built-in network documents, in Estonian (eesti keel).
# -network-name forms: kom = comitative ("ühinemiseks LEA … võrgustikuga", "Ühinege … võrgustikuga").
# Same messages and { $variables } as en.ftl; formal register of a letter to a public authority
# (the reader is addressed as "teie").
# Inserted names cannot take case endings here, so each stands in the nominative: after a
# declined generic noun ("organisatsiooni X nimel", "võrgustiku LEA-N partnerid", as the
# Estonian Language Institute recommends), after a colon, or as a subject; the network's name
# never follows the word "võrgustik".
# EU terms: toetusleping (grant agreement), avaliku sektori hankija (contracting authority),
# innovatsioonihanked (innovation procurement), kommertskasutuseelsed hanked (PCP),
# innovaatiliste lahenduste riigihanked (PPI); Horisont 2020, Euroopa Komisjon.

## common

common-page = Lehekülg
common-of = /
common-draft-generated = Koostatud rakendusega leadocs
common-date-place = Kuupäev ja koht
common-name = Nimi
common-title = Ametikoht
common-signature = Allkiri
common-seal = Organisatsiooni pitser
common-signatory-line = Organisatsiooni volitatud esindaja allkiri
common-place-date = { $place }, { $date }
common-date = { $date }
common-funding-line = Projekti { $project } (toetusleping nr { $grant_agreement }) rahastatakse programmist { $programme }. Rahastaja: { $funder }.
common-to-complete = [täiendada]

## loi

loi-title = Kavatsuskiri – { -network-name } ({ $network_acronym })
loi-non-binding = Märgitakse, et käesolev dokument ei ole õiguslikult siduv.
loi-undersigned = Mina, allakirjutanu, kinnitan organisatsiooni { $organisation } nimel, et oleme huvitatud eespool nimetatud projektist ja soovime ühineda järgmise võrgustikuga: { $network_description }. Soovime saada teavet projekti ja võrgustiku tegevuse edenemise kohta ning sellesse panustada.
loi-default-description = { -network-name }
loi-why = MIKS?
loi-how = KUIDAS?
loi-what = MIDA?
loi-tasks-intro = Eeltoodu põhjal näeme, et organisatsioon { $organisation } võiks osaleda järgmistes ülesannetes:
loi-tasks-hint = (☒ = valitud ülesanne)
loi-return = Palume allkirjastatud kavatsuskiri tagastada: { $contact } ({ $email }).
loi-keyword = kavatsuskiri

## assistance

assistance-title = Abi- ja toetustaotlus – võrgustiku { $network_acronym } liikmed
assistance-intro = Palume kirjeldada teie organisatsiooni vajadusi, et võrgustiku { $network_acronym } partnerid saaksid pakkuda innovatsioonihangeteks sobivat abi ja tuge.
assistance-purpose-intro = Käesolev vorm:
assistance-organisation = Organisatsiooni nimi
assistance-type = Organisatsiooni liik
assistance-country = Riik
assistance-address = Aadress
assistance-website = Veebisait
assistance-contact = Kontaktisik
assistance-experience = Varasemad kogemused innovatsioonihangetega
assistance-assistance = Soovitud abi ja tugi
assistance-timeline = Ajakava
assistance-additional = Lisateave (nt tuvastatud haridusvajadused, mis tuleks nõudluspoliitikasse lisada)
assistance-return = Palume täidetud vorm tagastada: { $contact } ({ $email }).
assistance-keyword = abitaotlus

## benefits

benefits-title = Võrgustiku { $network_acronym } liikmesuse eelised ja liikmetelt oodatav panus
benefits-table-heading = Võrgustiku { $network_acronym } liikmesuse eelised
benefits-contribution-heading = Liikmetelt oodatav panus
benefits-keyword = liikmesuse eelised

## types

types-procurer = Avaliku sektori hankija
types-school = Kool
types-supplier = Tarnija
types-learntech-expert = Õppetehnoloogia ekspert

## report

report-title = Aruanne võrgustikus { $network_acronym } osalemise kohta
report-partner = Partner
report-deadlines = Esitada adressaadile { $report_to } hiljemalt:
report-number = Nr
report-member-state = Liikmesriik
report-responsible = Vastutav partner
report-committed = Tuvastatud ja osalemiskohustuse võtnud võrgustiku { $network_acronym } liige
report-additional-heading = Täiendavad tuvastatud ja osalemiskohustuse võtnud võrgustiku { $network_acronym } liikmed
report-additional-member = Organisatsioon
report-additional-country = Riik
report-additional-status = Seis (ühendust võetud / kavatsuskiri allkirjastatud)
report-description-heading = Võrgustiku { $network_acronym } laiendamiseks tehtud töö kirjeldus
report-description-hint = Lühikirjeldus tööst, mida teie organisatsioon on teinud uute liikmete leidmiseks.
report-challenges-heading = Protsessi käigus ilmnenud probleemid
report-challenges-hint = Kui probleeme esines, palume need kirjeldada ja selgitada, kuidas neid edaspidi vältida.
report-no-member-states = Sellele partnerile ei ole liikmesriike määratud; täiendavad liikmed märkige allpool.
report-keyword = partneri aruanne

## email

email-greeting = { $salutation ->
        [ms] Lugupeetud proua { $contact_family_name },
        [mr] Lugupeetud härra { $contact_family_name },
       *[none] Lugupeetud { $contact },
    }

email-loi-subject = { $organisation }: kavatsuskiri võrgustikuga { $network_acronym } ühinemiseks
email-loi-body =
    { email-greeting }

    Manuses on organisatsiooni { $organisation } kavatsuskiri ühinemiseks { -network-name.forms ->
        [inflected] { -network-name(case: "kom") }
       *[one] järgmise võrgustikuga: { -network-name }
    } ({ $network_acronym }). Kirja on eelnevalt märgitud teie valitud ülesanded. Palume kiri üle vaadata, lasta sellele alla kirjutada isikul { $signatory } ja tagastada see: { $return_contact } ({ $return_email }).

    Lugupidamisega

    { $sender }
email-assistance-subject = { $organisation }: abi- ja toetustaotlus võrgustikule { $network_acronym }
email-assistance-body =
    { email-greeting }

    Manuses on organisatsiooni { $organisation } abi- ja toetustaotluse vorm, kuhu on eelnevalt sisestatud meile teadaolevad andmed. Palume vorm täita ja tagastada: { $return_contact } ({ $return_email }).

    Lugupidamisega

    { $sender }

## notice_sheet

notice-sheet-title = Andmeleht: { $notice }
notice-sheet-intro = eForms-teate alaliik { $subtype }, SDK { $sdk }. Ärimõisted sellisel kujul, nagu need avaldatakse; nende nimetused pärinevad eForms SDK-st.
notice-sheet-term = Mõiste
notice-sheet-name = Nimetus
notice-sheet-value = Väärtus
notice-sheet-missing = Puuduvad väärtused
notice-sheet-missing-line = { $term } { $label }: puudub; määrake { $key }
notice-sheet-pin = eelteade
notice-sheet-pmc = turu-uuringu teade
notice-sheet-cn = hanketeade
notice-sheet-can = hankelepingu sõlmimise teade

## web

web-nav-signup = Ühinege võrgustikuga
web-nav-assistance = Taotlege abi
web-nav-contacts = Riiklikud kontaktpunktid
web-nav-coordinator = Koordinaatorid
web-language = Keel
web-signup-title = { -network-name.forms ->
        [inflected] Ühinege { -network-name(case: "kom") } ({ $network_acronym })
       *[one] Ühinemine: { -network-name } ({ $network_acronym })
    }
web-signup-intro = Võrgustikuga ühinemiseks täitke see vorm. Seejärel saate alla laadida teie sisestatud andmetega täidetud kavatsuskirja, et see allkirjastada ja tagastada.
web-assistance-title = Abi- ja toetustaotlus – võrgustiku { $network_acronym } liikmed
web-assistance-intro = Kirjeldage oma organisatsiooni vajadusi, et võrgustiku { $network_acronym } partnerid saaksid pakkuda innovatsioonihangeteks sobivat abi ja tuge.
web-section-organisation = Teie organisatsioon
web-section-contact = Kontaktisik
web-section-signatory = Allkirjastaja
web-section-tasks = Ülesanded, milles osaleksite
web-section-request = Teie taotlus
web-field-name = Organisatsiooni nimi
web-field-short-name = Lühinimi või lühend
web-field-type = Organisatsiooni liik
web-field-country = Riik
web-field-street = Tänav ja maja number
web-field-postcode = Postiindeks
web-field-city = Linn
web-field-website = Veebisait
web-field-person = Nimi
web-field-role = Roll
web-field-email = E-post
web-field-phone = Telefon
web-field-title = Ametikoht
web-field-language = Dokumentide keel
web-field-experience = Varasemad kogemused innovatsioonihangetega
web-field-assistance = Soovitud abi ja tugi
web-field-timeline = Ajakava
web-field-additional = Lisateave (nt tuvastatud haridusvajadused, mis tuleks nõudluspoliitikasse lisada)
web-choose = – valige –
web-required = kohustuslik
web-submit-signup = Saada ja laadi kavatsuskiri alla
web-submit-assistance = Saada taotlus
web-errors-intro = Palume parandada allpool märgitud väljad; teie sisestatud andmed on säilinud.
web-error-required = See väli on kohustuslik.
web-error-too-long = Kasutage kuni { $max } tähemärki.
web-error-email = See ei ole kehtiv e-posti aadress.
web-error-country = Valige riik loendist.
web-error-url = See ei ole veebiaadress (nt https://www.example.eu).
web-error-language = Valige keel loendist.
web-error-choice = Valige kuvatud valikute hulgast.
web-error-control = Tekstis on nähtamatu juhtmärk; palun sisestage see uuesti.
web-done-title = Täname!
web-done-signup = Oleme organisatsiooni { $organisation } registreerimise kätte saanud. Laadige kavatsuskiri alla, laske see allkirjastada ja tagastage see: { $contact } ({ $email }).
web-done-assistance = Oleme organisatsiooni { $organisation } taotluse kätte saanud. Võrgustiku { $network_acronym } partnerid võtavad teiega ühendust. Siin on teie taotluse vorm hoidmiseks.
web-done-email = Kinnitus on saadetud aadressile { $email }.
web-download-docx = Laadi alla (Word)
web-download-pdf = Laadi alla (PDF)
web-contacts-title = Riiklikud kontaktpunktid
web-contacts-intro = Küsige oma riigi kontaktpunktilt innovatsioonihangete ja võrgustiku kohta.
web-contacts-none = Kontaktpunkte ei ole veel avaldatud.
web-error-title = Vabandust
web-error-400 = Vorm oli aegunud või ei pärinenud sellelt veebisaidilt. Laadige leht uuesti ja saatke vorm veel kord.
web-error-404 = Seda lehte ei ole olemas.
web-error-413 = Saadetud andmed on liiga mahukad. Palun lühendage tekste ja saatke uuesti.
web-error-429 = Teie aadressilt on tulnud liiga palju päringuid. Oodake minut ja proovige uuesti.
web-error-500 = Meie poolel tekkis viga. Palun proovige hiljem uuesti.

## desk

desk-nav-submissions = Esitatud vormid
desk-nav-members = Liikmed ja tulemusnäitajad
desk-nav-contacts = Kontaktpunktid
desk-nav-public = Avalik veebisait
desk-log-out = Logi välja ({ $user })
desk-login-title = Koordinaatori sisselogimine
desk-login-failed = Vale kasutajanimi või parool.
desk-username = Kasutajanimi
desk-password = Parool
desk-log-in = Logi sisse
desk-all = kõik
desk-pending = ootel
desk-accepted = heaks kiidetud
desk-rejected = tagasi lükatud
desk-member = registreerimine
desk-assistance = abitaotlus
desk-received = Saabunud
desk-kind = Liik
desk-status = Seis
desk-reviewed-by = Läbi vaadanud
desk-none = Siin ei ole esitatud vorme.
desk-received-in = Saabunud { $date }, dokumentide keel: { $lang }, versioon { $version }.
desk-document = Dokument (Word)
desk-conflict = Keegi teine on seda vormi pärast selle avamist muutnud. Vormil on nüüd salvestatud versioon; tehke oma muudatus uuesti.
desk-save = Salvesta muudatused
desk-accept = Kiida heaks
desk-reject = Lükka tagasi
desk-covered = Hõlmatud ELi liikmesriigid (kriitiline mass: { $target })
desk-members = Liikmed
desk-procurers = Hankijad
desk-others = Muud jälgijad
desk-export = Eksport
desk-recipients-xlsx = adressaatide loend (.xlsx)
desk-recipients-csv = adressaatide loend (.csv)
desk-member-files = organisatsioonide failid (.zip)
desk-kpi-table = tulemusnäitajate tabel (.xlsx)
desk-legend = liiget; kontuuriga: seal värbab partner. Kaardiandmed: Natural Earth.
desk-map = Liikmed riigiti
desk-per-partner = Vastutava partneri kaupa
desk-partner = Vastutav partner
desk-member-states = Liikmesriigid
desk-states-covered = Hõlmatud
desk-by-country = Riigiti
desk-accepted-members = Heakskiidetud liikmed
desk-remove = Eemalda
desk-add-contact = Lisa kontaktpunkt
desk-add = Lisa

## consolidated
consolidated-title = Koondaruanne võrgustikus { $network_acronym } osalemise kohta
consolidated-intro = Partnerite aruanded võrgustiku { $network_acronym } laiendamiseks tehtud töö kohta (lisa 7.1); koondaruande koostas { $report_to } (kuupäev: { $date }). Saadud aruandeid: { $received }; aruande esitanud partnerid: { $reporting } (partnereid kokku: { $partners }); perioodid: { $periods }. Arvesse läheb iga partneri viimane aruanne; sellele eelnenud aruanne näitab edusamme.
consolidated-kpi-heading = Peamised tulemusnäitajad
consolidated-kpi-covered = Hõlmatud ELi liikmesriike: { $covered }; kriitiline mass: { $target }
consolidated-kpi-reached = Liikmesriikide kriitiline mass ({ $target }) on saavutatud.
consolidated-kpi-missing = Kriitilise massi saavutamiseks veel vajalike liikmesriikide arv: { $missing }
consolidated-kpi-members = Osalemiskohustuse võtnud võrgustiku { $network_acronym } liikmed (kavatsuskiri allkirjastatud): { $committed }; ühendust võetud, kuid kohustust veel võtmata: { $contacted }
consolidated-kpi-progress = Edusammud: hõlmatud ELi liikmesriikide arv iga aruandlustähtaja seisuga: { $progress }
consolidated-chart-coverage = ELi liikmesriigid, kus on osalemiskohustuse võtnud liige, iga aruandlustähtaja seisuga, võrrelduna kriitilise massiga { $target } (katkendjoon)
consolidated-chart-members = Võrgustiku { $network_acronym } liikmed liikmesriigiti: kohustuse võtnud ja ühendust võetud
consolidated-axis-deadline = Aruandlustähtaeg
consolidated-axis-states = Hõlmatud ELi liikmesriigid
consolidated-axis-members = Liikmed
consolidated-target = Kriitiline mass: { $target }
consolidated-states-heading = Liikmesriigid ja vastutavad partnerid
consolidated-committed-short = Kohustuse võtnud
consolidated-contacted = Ühendust võetud
consolidated-total = Kõik liikmesriigid
consolidated-eea = EMP riik
consolidated-eea-note = Kriitilise massi hulka arvatakse ainult ELi liikmesriigid; EMP riik on esitatud koos oma liikmetega, kuid seda ei arvestata.
consolidated-partners-heading = Liikmed partnerite kaupa ja edusammud
consolidated-partners-intro = Osalemiskohustuse võtnud liikmed ja hõlmatud liikmesriigid iga partneri viimase aruande järgi; kui partner on aruande esitanud ka varem, on esimesena esitatud varasem näitaja (varasem → viimane).
consolidated-member-states = Liikmesriigid
consolidated-latest = Viimane aruanne
consolidated-covered = Hõlmatud liikmesriigid
consolidated-no-report = aruanne puudub
consolidated-status-contacted = ühendust võetud
consolidated-status-loi-signed = kavatsuskiri allkirjastatud
consolidated-no-additional = Ükski partner ei teatanud täiendavatest liikmetest.
consolidated-missing-heading = Partnerid, kes ei ole aruannet esitanud

## reminder
reminder-subject = Meeldetuletus: { $subject }
reminder-body =
    { email-greeting }

    Saatsime teile { $sent } sõnumi „{ $subject }“, mille manuses oli dokument { $document }. Me ei ole dokumenti veel tagasi saanud, seetõttu lisame selle uuesti manusesse. Palume dokument allkirjastada ja tagastada: { $return_contact } ({ $return_email }). Kui olete selle juba saatnud, täname teid ja palume seda meeldetuletust mitte arvestada.

    Lugupidamisega

    { $sender }
