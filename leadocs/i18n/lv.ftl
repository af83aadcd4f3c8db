# Static text of the built-in network documents, in Latvian (latviešu valoda).
# -network-name forms: dat = dative ("pievienoties LEA līgumslēdzēju iestāžu tīklam").
# Same messages and { $variables } as en.ftl; formal register of an official letter (jūs).
# Inserted names cannot be declined here, so each stands in the nominative where Latvian allows
# it: after a declined generic noun ("organizācijas X vārdā", "tīkla LEA-N dalībnieki"), after a
# colon, or as a subject; never the word "tīkls" before the network's name. The e-mail greeting
# has no name (it would need the genitive before "kundze"/"kungs") and ends with "!".
# EU terms: dotācijas nolīgums (grant agreement), līgumslēdzēja iestāde (contracting authority),
# inovāciju iepirkums (innovation procurement), pirmskomercializācijas iepirkums (PCP),
# inovatīvu risinājumu publiskais iepirkums (PPI); „Apvārsnis 2020”, Eiropas Komisija.

## common

common-page = Lappuse
common-of = no
common-draft-generated = Sagatavots ar leadocs
common-date-place = Datums un vieta
common-name = Vārds, uzvārds
common-title = Amats
common-signature = Paraksts
common-seal = Organizācijas zīmogs
common-signatory-line = Organizācijas pilnvarotā pārstāvja paraksts
common-place-date = { $place }, { $date }
common-date = { $date }
common-funding-line = Projekts { $project } (dotācijas nolīgums Nr. { $grant_agreement }) tiek finansēts programmas „{ $programme }” ietvaros. Finansētājs: { $funder }.
common-to-complete = [jāpapildina]

## loi

loi-title = Nodomu vēstule – { -network-name } ({ $network_acronym })
loi-non-binding = Norādām, ka šis dokuments nav juridiski saistošs.
loi-undersigned = Es, apakšā parakstījies (-usies), savas organizācijas { $organisation } vārdā apliecinu mūsu ieinteresētību iepriekš minētajā projektā un nodomu pievienoties šādam tīklam: { $network_description }. Mēs vēlamies saņemt informāciju par projekta un tīkla darbību gaitu un sniegt savu ieguldījumu to attīstībā.
loi-default-description = { -network-name }
loi-why = KĀPĒC?
loi-how = KĀ?
loi-what = KO?
loi-tasks-intro = Ņemot to vērā, uzskatām, ka organizācija { $organisation } varētu piedalīties šādos uzdevumos:
loi-tasks-hint = (☒ = izvēlēts uzdevums)
loi-return = Parakstīto vēstuli lūdzam nosūtīt: { $contact } ({ $email }).
loi-keyword = nodomu vēstule

## assistance

assistance-title = Palīdzības un atbalsta pieprasījums – tīkla { $network_acronym } dalībnieki
assistance-intro = Lūdzam aprakstīt jūsu organizācijas vajadzības, lai tīkla { $network_acronym } partneri varētu piedāvāt piemērotu palīdzību un atbalstu inovāciju iepirkumu jomā.
assistance-purpose-intro = Šī veidlapa:
assistance-organisation = Organizācijas nosaukums
assistance-type = Organizācijas veids
assistance-country = Valsts
assistance-address = Adrese
assistance-website = Tīmekļvietne
assistance-contact = Kontaktpersona
assistance-experience = Iepriekšēja pieredze inovāciju iepirkumos
assistance-assistance = Pieprasītā palīdzība un atbalsts
assistance-timeline = Laika grafiks
assistance-additional = Papildu informācija (piemēram, apzinātās izglītības vajadzības, kas būtu jāiekļauj pieprasījuma politikā)
assistance-return = Aizpildīto veidlapu lūdzam nosūtīt: { $contact } ({ $email }).
assistance-keyword = palīdzības pieprasījums

## benefits

benefits-title = Dalības tīklā { $network_acronym } priekšrocības un dalībnieku paredzamais ieguldījums
benefits-table-heading = Dalības tīklā { $network_acronym } priekšrocības
benefits-contribution-heading = Dalībnieku paredzamais ieguldījums
benefits-keyword = dalības priekšrocības

## types

types-procurer = Līgumslēdzēja iestāde
types-school = Skola
types-supplier = Piegādātājs
types-learntech-expert = Mācību tehnoloģiju eksperts

## report

report-title = Ziņojums par dalību tīklā { $network_acronym }
report-partner = Partneris
report-deadlines = Iesniegt adresātam { $report_to } līdz:
report-number = Nr.
report-member-state = Dalībvalsts
report-responsible = Atbildīgais partneris
report-committed = Apzināts tīkla { $network_acronym } dalībnieks, kas apņēmies piedalīties
report-additional-heading = Papildu apzināti tīkla { $network_acronym } dalībnieki, kas apņēmušies piedalīties
report-additional-member = Organizācija
report-additional-country = Valsts
report-additional-status = Statuss (kontakts nodibināts / nodomu vēstule parakstīta)
report-description-heading = Tīkla { $network_acronym } paplašināšanai veiktā darba apraksts
report-description-hint = Īss apraksts par darbu, ko jūsu organizācija veikusi, lai piesaistītu jaunus dalībniekus.
report-challenges-heading = Procesā konstatētās grūtības
report-challenges-hint = Ja tādas bija, lūdzam tās aprakstīt un norādīt, kā no tām nākotnē varētu izvairīties.
report-no-member-states = Šim partnerim nav piešķirta neviena dalībvalsts; papildu dalībniekus norādiet turpmāk.
report-keyword = partnera ziņojums

## email

email-greeting = { $salutation ->
        [ms] Godātā kundze!
        [mr] Godātais kungs!
       *[none] Godātā kundze, godātais kungs!
    }
email-loi-subject = { $organisation }: nodomu vēstule par pievienošanos tīklam { $network_acronym }
email-loi-body =
    { email-greeting }

    Pielikumā nosūtām organizācijas { $organisation } nodomu vēstuli par pievienošanos { -network-name.forms ->
        [inflected] { -network-name(case: "dat") }
       *[one] šādam tīklam: { -network-name }
    } ({ $network_acronym }). Tajā jau atzīmēti jūsu izvēlētie uzdevumi. Lūdzam vēstuli pārbaudīt, nodrošināt, ka to paraksta { $signatory }, un nosūtīt to: { $return_contact } ({ $return_email }).

    Ar cieņu

    { $sender }
email-assistance-subject = { $organisation }: palīdzības un atbalsta pieprasījums tīklam { $network_acronym }
email-assistance-body =
    { email-greeting }

    Pielikumā nosūtām organizācijas { $organisation } palīdzības un atbalsta pieprasījuma veidlapu, kurā jau ievadīta mums zināmā informācija. Lūdzam to aizpildīt un nosūtīt: { $return_contact } ({ $return_email }).

    Ar cieņu

    { $sender }

## notice_sheet

notice-sheet-title = Datu lapa: { $notice }
notice-sheet-intro = eForms paziņojuma apakštips { $subtype }, SDK { $sdk }. Biznesa termini tādā veidā, kā tie tiks publicēti; to nosaukumi ņemti no eForms SDK.
notice-sheet-term = Termins
notice-sheet-name = Nosaukums
notice-sheet-value = Vērtība
notice-sheet-missing = Trūkstošās vērtības
notice-sheet-missing-line = { $term } { $label }: trūkst; norādiet { $key }
notice-sheet-pin = iepriekšējs informatīvs paziņojums
notice-sheet-pmc = paziņojums par tirgus izpēti
notice-sheet-cn = paziņojums par līgumu
notice-sheet-can = paziņojums par līguma slēgšanas tiesību piešķiršanu

## web

web-nav-signup = Pievienojieties tīklam
web-nav-assistance = Lūgt palīdzību
web-nav-contacts = Valstu kontaktpunkti
web-nav-coordinator = Koordinatori
web-language = Valoda
web-signup-title = { -network-name.forms ->
        [inflected] Pievienojieties { -network-name(case: "dat") } ({ $network_acronym })
       *[one] Pievienošanās: { -network-name } ({ $network_acronym })
    }
web-signup-intro = Aizpildiet šo veidlapu, lai pievienotos tīklam. Pēc tam varēsiet lejupielādēt savu nodomu vēstuli ar ievadītajiem datiem, lai to parakstītu un nosūtītu atpakaļ.
web-assistance-title = Palīdzības un atbalsta pieprasījums – tīkla { $network_acronym } dalībnieki
web-assistance-intro = Aprakstiet savas organizācijas vajadzības, lai tīkla { $network_acronym } partneri varētu piedāvāt piemērotu palīdzību un atbalstu inovāciju iepirkumu jomā.
web-section-organisation = Jūsu organizācija
web-section-contact = Kontaktpersona
web-section-signatory = Parakstītājs
web-section-tasks = Uzdevumi, kuros jūs piedalītos
web-section-request = Jūsu pieprasījums
web-field-name = Organizācijas nosaukums
web-field-short-name = Īsais nosaukums vai saīsinājums
web-field-type = Organizācijas veids
web-field-country = Valsts
web-field-street = Iela un mājas numurs
web-field-postcode = Pasta indekss
web-field-city = Pilsēta
web-field-website = Tīmekļvietne
web-field-person = Vārds, uzvārds
web-field-role = Loma
web-field-email = E-pasts
web-field-phone = Tālrunis
web-field-title = Amats
web-field-language = Dokumentu valoda
web-field-experience = Iepriekšēja pieredze inovāciju iepirkumos
web-field-assistance = Pieprasītā palīdzība un atbalsts
web-field-timeline = Laika grafiks
web-field-additional = Papildu informācija (piemēram, apzinātās izglītības vajadzības, kas būtu jāiekļauj pieprasījuma politikā)
web-choose = – izvēlieties –
web-required = obligāts
web-submit-signup = Nosūtīt un saņemt vēstuli
web-submit-assistance = Nosūtīt pieprasījumu
web-errors-intro = Lūdzu, izlabojiet turpmāk atzīmētos laukus; jūsu ievadītie dati ir saglabāti.
web-error-required = Šis lauks ir obligāts.
web-error-too-long = Izmantojiet ne vairāk kā { $max } rakstzīmes.
web-error-email = Šī nav derīga e-pasta adrese.
web-error-country = Izvēlieties valsti no saraksta.
web-error-url = Šī nav tīmekļa adrese (piemēram, https://www.example.eu).
web-error-language = Izvēlieties valodu no saraksta.
web-error-choice = Izvēlieties kādu no piedāvātajām iespējām.
web-error-control = Tekstā ir neredzama vadības rakstzīme; lūdzu, ievadiet to vēlreiz.
web-done-title = Paldies!
web-done-signup = Esam saņēmuši organizācijas { $organisation } pieteikumu. Lejupielādējiet nodomu vēstuli, nodrošiniet, ka tā tiek parakstīta, un nosūtiet to: { $contact } ({ $email }).
web-done-assistance = Esam saņēmuši organizācijas { $organisation } pieprasījumu. Tīkla { $network_acronym } partneri ar jums sazināsies. Šeit varat saglabāt savu pieprasījuma veidlapu.
web-done-email = Apstiprinājums nosūtīts uz adresi { $email }.
web-download-docx = Lejupielādēt (Word)
web-download-pdf = Lejupielādēt (PDF)
web-contacts-title = Valstu kontaktpunkti
web-contacts-intro = Par inovāciju iepirkumiem un tīklu jautājiet savas valsts kontaktpunktam.
web-contacts-none = Kontaktpunkti vēl nav publicēti.
web-error-title = Atvainojiet
web-error-400 = Veidlapas derīguma termiņš bija beidzies vai tā netika nosūtīta no šīs vietnes. Lūdzu, ielādējiet lapu vēlreiz un nosūtiet veidlapu atkārtoti.
web-error-404 = Šāda lapa nepastāv.
web-error-413 = Nosūtītie dati ir pārāk apjomīgi. Lūdzu, saīsiniet tekstus un nosūtiet vēlreiz.
web-error-429 = No jūsu adreses saņemts pārāk daudz pieprasījumu. Lūdzu, uzgaidiet minūti un mēģiniet vēlreiz.
web-error-500 = Mūsu pusē radās kļūda. Lūdzu, mēģiniet vēlāk.

## desk

desk-nav-submissions = Iesniegtās veidlapas
desk-nav-members = Dalībnieki un rādītāji
desk-nav-contacts = Kontaktpunkti
desk-nav-public = Publiskā vietne
desk-log-out = Iziet ({ $user })
desk-login-title = Koordinatora pieteikšanās
desk-login-failed = Nepareizs lietotājvārds vai parole.
desk-username = Lietotājvārds
desk-password = Parole
desk-log-in = Pieteikties
desk-all = visi
desk-pending = gaida izskatīšanu
desk-accepted = apstiprināts
desk-rejected = noraidīts
desk-member = pieteikums dalībai
desk-assistance = palīdzības pieprasījums
desk-received = Saņemts
desk-kind = Veids
desk-status = Statuss
desk-reviewed-by = Izskatīja
desk-none = Šeit nav iesniegtu veidlapu.
desk-received-in = Saņemts { $date }, dokumentu valoda: { $lang }, versija { $version }.
desk-document = Dokuments (Word)
desk-conflict = Kopš jūs atvērāt šo veidlapu, to ir mainījis kāds cits. Veidlapā tagad redzama saglabātā versija; veiciet izmaiņas vēlreiz.
desk-save = Saglabāt izmaiņas
desk-accept = Apstiprināt
desk-reject = Noraidīt
desk-covered = Aptvertās ES dalībvalstis (kritiskā masa: { $target })
desk-members = Dalībnieki
desk-procurers = Līgumslēdzējas iestādes
desk-others = Citi sekotāji
desk-export = Eksports
desk-recipients-xlsx = adresātu saraksts (.xlsx)
desk-recipients-csv = adresātu saraksts (.csv)
desk-member-files = organizāciju datnes (.zip)
desk-kpi-table = rādītāju tabula (.xlsx)
desk-legend = – dalībnieku skaits; ar kontūru iezīmētajās valstīs dalībniekus piesaista partneris. Kartes dati: Natural Earth.
desk-map = Dalībnieki pa valstīm
desk-per-partner = Pa atbildīgajiem partneriem
desk-partner = Atbildīgais partneris
desk-member-states = Dalībvalstis
desk-states-covered = Aptverts
desk-by-country = Pa valstīm
desk-accepted-members = Apstiprinātie dalībnieki
desk-remove = Noņemt
desk-add-contact = Pievienot kontaktpunktu
desk-add = Pievienot

## consolidated
consolidated-title = Konsolidētais ziņojums par dalību tīklā { $network_acronym }
consolidated-intro = Partneru ziņojumi par darbu tīkla { $network_acronym } paplašināšanā (7.1. pielikums), ko { $date } konsolidējis { $report_to }. Saņemto ziņojumu skaits: { $received }; ziņojumu iesniegušie partneri: { $reporting } no { $partners }; periodi: { $periods }. Ņem vērā katra partnera jaunāko ziņojumu; tam iepriekšējais ziņojums parāda panākto progresu.
consolidated-kpi-heading = Galvenie darbības rādītāji
consolidated-kpi-covered = Aptvertās ES dalībvalstis: { $covered }; kritiskā masa: { $target }
consolidated-kpi-reached = Dalībvalstu kritiskā masa ({ $target }) ir sasniegta.
consolidated-kpi-missing = Dalībvalstu skaits, kas vēl nepieciešams kritiskās masas sasniegšanai: { $missing }
consolidated-kpi-members = Tīkla { $network_acronym } dalībnieki, kas apņēmušies piedalīties (nodomu vēstule parakstīta): { $committed }; kontakts nodibināts, bet apņemšanās vēl nav: { $contacted }
consolidated-kpi-progress = Progress – aptverto ES dalībvalstu skaits katrā ziņojumu iesniegšanas termiņā: { $progress }
consolidated-chart-coverage = ES dalībvalstis, kurās ir dalībnieks, kas apņēmies piedalīties, katrā ziņojumu iesniegšanas termiņā salīdzinājumā ar kritisko masu: { $target } (raustīta līnija)
consolidated-chart-members = Tīkla { $network_acronym } dalībnieki pa dalībvalstīm: apņēmušies piedalīties un ar nodibinātu kontaktu
consolidated-axis-deadline = Ziņojumu iesniegšanas termiņš
consolidated-axis-states = Aptvertās ES dalībvalstis
consolidated-axis-members = Dalībnieki
consolidated-target = Kritiskā masa: { $target }
consolidated-states-heading = Dalībvalstis un atbildīgie partneri
consolidated-committed-short = Apņēmušies
consolidated-contacted = Kontakts nodibināts
consolidated-total = Visas dalībvalstis
consolidated-eea = EEZ valsts
consolidated-eea-note = Kritiskajā masā ieskaita tikai ES dalībvalstis; EEZ valsts ir norādīta kopā ar tās dalībniekiem, taču netiek ieskaitīta.
consolidated-partners-heading = Dalībnieki pa partneriem un progress
consolidated-partners-intro = Dalībnieki, kas apņēmušies piedalīties, un aptvertās dalībvalstis saskaņā ar katra partnera jaunāko ziņojumu; ja partneris ziņojumu iesniedzis arī iepriekš, vispirms norādīts iepriekšējais skaitlis (iepriekšējais → jaunākais).
consolidated-member-states = Dalībvalstis
consolidated-latest = Jaunākais ziņojums
consolidated-covered = Aptvertās dalībvalstis
consolidated-no-report = ziņojums nav iesniegts
consolidated-status-contacted = kontakts nodibināts
consolidated-status-loi-signed = nodomu vēstule parakstīta
consolidated-no-additional = Neviens partneris nav ziņojis par papildu dalībniekiem.
consolidated-missing-heading = Partneri, kas nav iesnieguši ziņojumu

## reminder
reminder-subject = Atgādinājums: { $subject }
reminder-body =
    { email-greeting }

    Mēs { $sent } jums nosūtījām vēstuli „{ $subject }”, kurai bija pievienots dokuments { $document }. Dokumentu atpakaļ vēl neesam saņēmuši, tāpēc pievienojam to atkārtoti. Lūdzam to parakstīt un nosūtīt: { $return_contact } ({ $return_email }). Ja to jau esat nosūtījuši, pateicamies un lūdzam šo atgādinājumu neņemt vērā.

    Ar cieņu

    { $sender }
