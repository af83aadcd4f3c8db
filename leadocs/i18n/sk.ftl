# Static text of the built-in network documents, in Slovak (slovenčina).
# Same messages and { $variables } as en.ftl; formal register (vykanie) of an official letter.
# Names cannot be declined here, so placeholders stand in the nominative: after a noun
# ("organizácia X", "sieť X"), after a colon or as a subject. Quotation marks „…“.
# EU terms: dohoda o grante (grant agreement), verejný obstarávateľ (contracting authority),
# verejné obstarávanie inovácií (innovation procurement), obstarávanie vo fáze pred
# komercializáciou (PCP), verejné obstarávanie inovatívnych riešení (PPI).
# In sentences a no-break space follows one-letter prepositions and conjunctions (k, s, v,
# z, o, u, a, i), which must not end a line; short labels keep plain spaces.
# -network-name forms: dat = dative, after "pristúpiť k" (k Sieti verejných obstarávateľov LEA).

## common

common-page = Strana
common-of = z
common-draft-generated = Vytvorené pomocou programu leadocs
common-date-place = Dátum a miesto
common-place-date = { $place } { $date }
common-date = { $date }
common-name = Meno a priezvisko
common-title = Funkcia
common-signature = Podpis
common-seal = Pečiatka organizácie
common-signatory-line = Podpis oprávneného zástupcu organizácie
common-funding-line = Projekt { $project } (dohoda o grante č. { $grant_agreement }) je financovaný z programu { $programme }. Poskytovateľ finančných prostriedkov: { $funder }.

## loi

loi-title = Vyhlásenie o zámere – { -network-name } ({ $network_acronym })
loi-keyword = vyhlásenie o zámere
loi-non-binding = Upozorňujeme, že tento dokument nie je právne záväzný.
loi-undersigned = Ja, dolu podpísaný/-á, v mene svojej organizácie, { $organisation }, potvrdzujem náš záujem o vyššie uvedený projekt a zámer pristúpiť k tejto sieti: { $network_description }. Želáme si byť informovaní o napredovaní projektu a o činnosti siete a prispievať k nim.
loi-default-description = { -network-name }
loi-why = PREČO?
loi-how = AKO?
loi-what = ČO?
loi-tasks-intro = Na tomto základe predpokladáme možné zapojenie organizácie { $organisation } do týchto úloh:
loi-tasks-hint = (☒ = zvolená úloha)
loi-return = Podpísané vyhlásenie zašlite, prosím, na adresu: { $contact } ({ $email }).

## assistance

assistance-title = Žiadosť o pomoc a podporu – členovia siete { $network_acronym }
assistance-keyword = žiadosť o pomoc a podporu
assistance-intro = Opíšte, prosím, potreby svojej organizácie, aby partneri siete { $network_acronym } mohli ponúknuť vhodnú pomoc a podporu vo verejnom obstarávaní inovácií.
assistance-purpose-intro = Tento formulár:
assistance-organisation = Názov organizácie
assistance-type = Druh organizácie
assistance-country = Krajina
assistance-address = Adresa
assistance-website = Webové sídlo
assistance-contact = Kontaktná osoba
assistance-experience = Doterajšie skúsenosti s verejným obstarávaním inovácií
assistance-assistance = Požadovaná pomoc a podpora
assistance-timeline = Harmonogram
assistance-additional = Ďalšie informácie (napríklad zistené vzdelávacie potreby, ktoré treba zahrnúť do politiky dopytu)
assistance-return = Vyplnený formulár zašlite, prosím, na adresu: { $contact } ({ $email }).

## benefits

benefits-title = Prínosy členstva v sieti { $network_acronym } a očakávaný príspevok
benefits-keyword = prínosy členstva
benefits-table-heading = Prínosy členstva v sieti { $network_acronym }
benefits-contribution-heading = Očakávaný príspevok členov

## types

types-procurer = Verejný obstarávateľ
types-school = Škola
types-supplier = Dodávateľ
types-learntech-expert = Odborník na vzdelávacie technológie

## report

report-title = Správa o účasti v sieti { $network_acronym }
report-keyword = správa partnera
report-partner = Partner
report-deadlines = Predkladá sa: { $report_to }, v lehote do:
report-number = Č.
report-member-state = Členský štát
report-responsible = Zodpovedný partner
report-committed = Identifikovaný člen siete { $network_acronym }, ktorý prisľúbil účasť
report-additional-heading = Ďalší identifikovaní členovia siete { $network_acronym }, ktorí prisľúbili účasť
report-additional-member = Organizácia
report-additional-country = Krajina
report-additional-status = Stav (kontaktovaná / vyhlásenie podpísané)
report-description-heading = Opis činností vykonaných s cieľom rozšíriť sieť { $network_acronym }
report-description-hint = Stručný opis činností, ktoré Vaša organizácia vykonala na získanie nových členov.
report-challenges-heading = Ťažkosti zistené počas procesu
report-challenges-hint = Ak sa vyskytli, opíšte ich, prosím, a uveďte, ako by sa im dalo v budúcnosti predísť.
report-no-member-states = Tomuto partnerovi nie sú pridelené žiadne členské štáty; ďalších členov uveďte nižšie.

## email

email-loi-subject = { $organisation }: vyhlásenie o zámere pristúpiť k sieti { $network_acronym }
email-loi-body =
    { email-greeting }

    v prílohe Vám zasielame vyhlásenie o zámere, ktorým organizácia { $organisation } vyjadruje zámer pristúpiť { -network-name.forms ->
            [inflected] k { -network-name(case: "dat") } ({ $network_acronym }).
           *[one] k tejto sieti: { -network-name } ({ $network_acronym }).
        } Vyhlásenie je vopred vyplnené úlohami, ktoré ste zvolili. Prosíme Vás o jeho kontrolu, zabezpečenie podpisu (podpisuje: { $signatory }) a zaslanie na adresu: { $return_contact } ({ $return_email }).

    S pozdravom

    { $sender }
email-assistance-subject = { $organisation }: žiadosť o pomoc a podporu adresovaná sieti { $network_acronym }
email-assistance-body =
    { email-greeting }

    v prílohe Vám zasielame formulár žiadosti o pomoc a podporu pre organizáciu { $organisation }, vopred vyplnený údajmi, ktoré máme k dispozícii. Prosíme Vás o jeho doplnenie a zaslanie na adresu: { $return_contact } ({ $return_email }).

    S pozdravom

    { $sender }
email-greeting =
    { $salutation ->
        [ms] Vážená pani { $contact_family_name },
        [mr] Vážený pán { $contact_family_name },
       *[none] Vážená pani, vážený pán,
    }

## notice_sheet

notice-sheet-title = Údajový list: { $notice }
notice-sheet-intro = Podtyp oznámenia eForms { $subtype }, SDK { $sdk }. Obchodné pojmy v podobe, v akej budú uverejnené; ich názvy sú prevzaté z eForms SDK.
notice-sheet-term = Pojem
notice-sheet-name = Názov
notice-sheet-value = Hodnota
notice-sheet-missing = Chýbajúce údaje
notice-sheet-missing-line = { $term } { $label }: chýba; doplňte { $key }
notice-sheet-pin = predbežné oznámenie
notice-sheet-pmc = oznámenie o prípravných trhových konzultáciách
notice-sheet-cn = oznámenie o vyhlásení verejného obstarávania
notice-sheet-can = oznámenie o výsledku verejného obstarávania

## web

web-nav-signup = Pristúpiť k sieti
web-nav-assistance = Požiadať o podporu
web-nav-contacts = Národné kontaktné miesta
web-nav-coordinator = Koordinátori
web-language = Jazyk
web-signup-title = { -network-name } ({ $network_acronym }) – prihláška na členstvo
web-signup-intro = Ak chcete pristúpiť k sieti, vyplňte tento formulár. Potom si stiahnite vyhlásenie o zámere vyplnené Vašimi údajmi, podpíšte ho a zašlite späť.
web-assistance-title = Žiadosť o pomoc a podporu – členovia siete { $network_acronym }
web-assistance-intro = Opíšte potreby svojej organizácie, aby partneri siete { $network_acronym } mohli ponúknuť vhodnú pomoc a podporu vo verejnom obstarávaní inovácií.
web-section-organisation = Vaša organizácia
web-section-contact = Kontaktná osoba
web-section-signatory = Kto podpisuje
web-section-tasks = Úlohy, na ktorých by ste sa podieľali
web-section-request = Vaša žiadosť
web-field-name = Názov organizácie
web-field-short-name = Skrátený názov alebo skratka
web-field-type = Druh organizácie
web-field-country = Krajina
web-field-street = Ulica a číslo
web-field-postcode = PSČ
web-field-city = Obec
web-field-website = Webové sídlo
web-field-person = Meno a priezvisko
web-field-role = Pracovné zaradenie
web-field-email = E-mail
web-field-phone = Telefón
web-field-title = Funkcia
web-field-language = Jazyk dokumentov
web-field-experience = Doterajšie skúsenosti s verejným obstarávaním inovácií
web-field-assistance = Požadovaná pomoc a podpora
web-field-timeline = Harmonogram
web-field-additional = Ďalšie informácie (napríklad zistené vzdelávacie potreby, ktoré treba zahrnúť do politiky dopytu)
web-choose = – vyberte –
web-required = povinné
web-submit-signup = Odoslať a získať vyhlásenie
web-submit-assistance = Odoslať žiadosť
web-errors-intro = Opravte, prosím, polia označené nižšie; zadané údaje sa zachovali.
web-error-required = Toto pole je povinné.
web-error-too-long = Použite najviac { $max } znakov.
web-error-email = Toto nie je platná e-mailová adresa.
web-error-country = Vyberte krajinu zo zoznamu.
web-error-url = Toto nie je webová adresa (napríklad https://www.example.eu).
web-error-language = Vyberte jazyk zo zoznamu.
web-error-choice = Vyberte jednu z ponúkaných možností.
web-error-control = Text obsahuje neviditeľný riadiaci znak; napíšte ho, prosím, znova.
web-done-title = Ďakujeme!
web-done-signup = Prihlášku organizácie { $organisation } sme prijali. Stiahnite si vyhlásenie o zámere, dajte ho podpísať a zašlite ho na adresu: { $contact } ({ $email }).
web-done-assistance = Žiadosť organizácie { $organisation } sme prijali. Partneri siete { $network_acronym } Vás budú kontaktovať. Formulár žiadosti si môžete uschovať.
web-done-email = Potvrdenie sme zaslali na adresu { $email }.
web-download-docx = Stiahnuť (Word)
web-download-pdf = Stiahnuť (PDF)
web-contacts-title = Národné kontaktné miesta
web-contacts-intro = S otázkami o verejnom obstarávaní inovácií a o sieti sa obráťte na kontaktné miesto vo svojej krajine.
web-contacts-none = Zatiaľ neboli uverejnené žiadne kontaktné miesta.
web-error-title = Ospravedlňujeme sa
web-error-400 = Platnosť formulára uplynula alebo formulár nepochádza z tejto stránky. Načítajte, prosím, stránku znova a odošlite ho ešte raz.
web-error-404 = Táto stránka neexistuje.
web-error-413 = Odoslané údaje sú príliš veľké. Skráťte, prosím, texty a odošlite ich znova.
web-error-429 = Príliš veľa požiadaviek z Vašej adresy. Počkajte, prosím, minútu a skúste to znova.
web-error-500 = Na našej strane nastala chyba. Skúste to, prosím, neskôr.

## desk

desk-nav-submissions = Prihlášky a žiadosti
desk-nav-members = Členovia a ukazovatele
desk-nav-contacts = Kontaktné miesta
desk-nav-public = Verejná stránka
desk-log-out = Odhlásiť ({ $user })
desk-login-title = Prihlásenie koordinátorov
desk-login-failed = Nesprávne používateľské meno alebo heslo.
desk-username = Používateľské meno
desk-password = Heslo
desk-log-in = Prihlásiť
desk-all = všetky
desk-pending = čaká na posúdenie
desk-accepted = prijaté
desk-rejected = zamietnuté
desk-member = prihláška
desk-assistance = žiadosť o podporu
desk-received = Prijaté
desk-kind = Druh
desk-status = Stav
desk-reviewed-by = Posúdil(a)
desk-none = Žiadne prihlášky ani žiadosti.
desk-received-in = Prijaté { $date }, jazyk dokumentov: { $lang }, verzia { $version }.
desk-document = Dokument (Word)
desk-conflict = Odkedy ste tento záznam otvorili, zmenil ho niekto iný. Formulár teraz zobrazuje uloženú verziu; vykonajte, prosím, svoju zmenu znova.
desk-save = Uložiť zmeny
desk-accept = Prijať
desk-reject = Zamietnuť
desk-covered = Pokryté členské štáty EÚ (kritické množstvo: { $target })
desk-members = Členovia
desk-procurers = Verejní obstarávatelia
desk-others = Ostatní sledujúci
desk-export = Export
desk-recipients-xlsx = zoznam príjemcov (.xlsx)
desk-recipients-csv = zoznam príjemcov (.csv)
desk-member-files = súbory organizácií (.zip)
desk-kpi-table = tabuľka ukazovateľov (.xlsx)
desk-legend = členov; s obrysom: v danej krajine získava členov partner. Mapové podklady: Natural Earth.
desk-map = Členovia podľa krajín
desk-per-partner = Podľa zodpovedného partnera
desk-partner = Zodpovedný partner
desk-member-states = Členské štáty
desk-states-covered = Pokryté
desk-by-country = Podľa krajín
desk-accepted-members = Prijatí členovia
desk-remove = Odstrániť
desk-add-contact = Pridať kontaktné miesto
desk-add = Pridať

common-to-complete = [doplniť]

## consolidated
consolidated-title = Súhrnná správa o účasti v sieti { $network_acronym }
consolidated-intro = Správy partnerov o činnostiach vykonaných s cieľom rozšíriť sieť { $network_acronym } (príloha 7.1), súhrnne spracované dňa { $date } (spracovateľ: { $report_to }). Počet prijatých správ: { $received }, od { $reporting } z { $partners } partnerov, za obdobia: { $periods }. Rozhodujúca je posledná správa každého partnera; správa, ktorá jej predchádza, ukazuje dosiahnutý pokrok.
consolidated-kpi-heading = Kľúčové ukazovatele výkonnosti
consolidated-kpi-covered = Pokryté členské štáty EÚ: { $covered } z kritickej masy { $target }
consolidated-kpi-reached = Kritická masa členských štátov ({ $target }) bola dosiahnutá.
consolidated-kpi-missing = Počet členských štátov, ktoré ešte chýbajú na dosiahnutie kritickej masy: { $missing }
consolidated-kpi-members = Členovia siete { $network_acronym }, ktorí prisľúbili účasť (vyhlásenie o zámere podpísané): { $committed }; kontaktovaní, ktorí účasť zatiaľ neprisľúbili: { $contacted }
consolidated-kpi-progress = Pokrok – počet pokrytých členských štátov EÚ k jednotlivým termínom na predloženie správy: { $progress }
consolidated-chart-coverage = Členské štáty EÚ s členom, ktorý prisľúbil účasť, k jednotlivým termínom na predloženie správy v porovnaní s kritickou masou { $target } (prerušovaná čiara)
consolidated-chart-members = Členovia siete { $network_acronym } podľa členských štátov: s prisľúbenou účasťou a kontaktovaní
consolidated-axis-deadline = Termín na predloženie správy
consolidated-axis-states = Pokryté členské štáty EÚ
consolidated-axis-members = Členovia
consolidated-target = Kritická masa: { $target }
consolidated-states-heading = Členské štáty a zodpovední partneri
consolidated-committed-short = Prisľúbená účasť
consolidated-contacted = Kontaktovaní
consolidated-total = Všetky členské štáty
consolidated-eea = Krajina EHP
consolidated-eea-note = Do kritickej masy sa započítavajú len členské štáty EÚ; krajina EHP je uvedená so svojimi členmi, ale nezapočítava sa.
consolidated-partners-heading = Členovia podľa partnerov a dosiahnutý pokrok
consolidated-partners-intro = Členovia, ktorí prisľúbili účasť, a pokryté členské štáty podľa poslednej správy každého partnera; ak partner predložil správu už skôr, najprv sa uvádza skorší údaj (skorší → posledný).
consolidated-member-states = Členské štáty
consolidated-latest = Posledná správa
consolidated-covered = Pokryté členské štáty
consolidated-no-report = správa nepredložená
consolidated-status-contacted = kontaktovaná
consolidated-status-loi-signed = vyhlásenie podpísané
consolidated-no-additional = Žiadny partner nevykázal ďalších členov.
consolidated-missing-heading = Partneri, ktorí nepredložili správu

## reminder
reminder-subject = Pripomenutie: { $subject }
reminder-body =
    { email-greeting }

    dňa { $sent } sme Vám zaslali správu „{ $subject }“, ku ktorej bol priložený dokument { $document }. Podpísaný dokument sme zatiaľ nedostali, a preto ho opätovne prikladáme. Prosíme Vás o jeho podpísanie a zaslanie na adresu: { $return_contact } ({ $return_email }). Ak ste ho už odoslali, ďakujeme a toto pripomenutie, prosím, považujte za bezpredmetné.

    S pozdravom

    { $sender }
