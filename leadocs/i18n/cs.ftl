# Static text of the built-in network documents, in Czech (čeština).
# Same messages and { $variables } as en.ftl; formal register (vykání) of an official letter.
# Names cannot be declined here, so placeholders stand in the nominative: after a noun
# ("organizace X", "síť X"), after a colon or as a subject. Quotation marks „…“.
# EU terms: grantová dohoda (grant agreement), veřejný zadavatel (contracting authority),
# zadávání veřejných zakázek v oblasti inovací (innovation procurement), předobchodní
# zadávání veřejných zakázek (PCP), zadávání veřejných zakázek na inovativní řešení (PPI).
# In sentences a no-break space follows one-letter prepositions and conjunctions (k, s, v,
# z, o, u, a, i), which must not end a line; short labels keep plain spaces.
# -network-name forms: dat = dative, after "přistoupit k" (k Síti zadavatelů LEA).

## common

common-page = Strana
common-of = z
common-draft-generated = Vytvořeno pomocí programu leadocs
common-date-place = Datum a místo
common-place-date = { $place } dne { $date }
common-date = { $date }
common-name = Jméno a příjmení
common-title = Funkce
common-signature = Podpis
common-seal = Razítko organizace
common-signatory-line = Podpis oprávněného zástupce organizace
common-funding-line = Projekt { $project } (grantová dohoda č. { $grant_agreement }) je financován z programu { $programme }. Poskytovatel finančních prostředků: { $funder }.

## loi

loi-title = Prohlášení o záměru – { -network-name } ({ $network_acronym })
loi-keyword = prohlášení o záměru
loi-non-binding = Upozorňujeme, že tento dokument není právně závazný.
loi-undersigned = Já, níže podepsaný/á, jménem své organizace, { $organisation }, potvrzuji náš zájem o výše uvedený projekt a záměr přistoupit k této síti: { $network_description }. Přejeme si být informováni o průběhu projektu a o činnosti sítě a přispívat k nim.
loi-default-description = { -network-name }
loi-why = PROČ?
loi-how = JAK?
loi-what = CO?
loi-tasks-intro = Na tomto základě předpokládáme možné zapojení organizace { $organisation } do těchto úkolů:
loi-tasks-hint = (☒ = zvolený úkol)
loi-return = Podepsané prohlášení zašlete prosím na adresu: { $contact } ({ $email }).

## assistance

assistance-title = Žádost o pomoc a podporu – členové sítě { $network_acronym }
assistance-keyword = žádost o pomoc a podporu
assistance-intro = Popište prosím potřeby své organizace, aby partneři sítě { $network_acronym } mohli nabídnout vhodnou pomoc a podporu při zadávání veřejných zakázek v oblasti inovací.
assistance-purpose-intro = Tento formulář:
assistance-organisation = Název organizace
assistance-type = Druh organizace
assistance-country = Země
assistance-address = Adresa
assistance-website = Internetové stránky
assistance-contact = Kontaktní osoba
assistance-experience = Dosavadní zkušenosti se zadáváním veřejných zakázek v oblasti inovací
assistance-assistance = Požadovaná pomoc a podpora
assistance-timeline = Harmonogram
assistance-additional = Další informace (například zjištěné vzdělávací potřeby, které je třeba zahrnout do politiky poptávky)
assistance-return = Vyplněný formulář zašlete prosím na adresu: { $contact } ({ $email }).

## benefits

benefits-title = Přínosy členství v síti { $network_acronym } a očekávaný příspěvek
benefits-keyword = přínosy členství
benefits-table-heading = Přínosy členství v síti { $network_acronym }
benefits-contribution-heading = Očekávaný příspěvek členů

## types

types-procurer = Veřejný zadavatel
types-school = Škola
types-supplier = Dodavatel
types-learntech-expert = Odborník na vzdělávací technologie

## report

report-title = Zpráva o účasti v síti { $network_acronym }
report-keyword = zpráva partnera
report-partner = Partner
report-deadlines = Předkládá se: { $report_to }, v termínu do:
report-number = Č.
report-member-state = Členský stát
report-responsible = Odpovědný partner
report-committed = Zjištěný člen sítě { $network_acronym }, který přislíbil účast
report-additional-heading = Další zjištění členové sítě { $network_acronym }, kteří přislíbili účast
report-additional-member = Organizace
report-additional-country = Země
report-additional-status = Stav (kontaktováno / prohlášení podepsáno)
report-description-heading = Popis činností vykonaných za účelem rozšíření sítě { $network_acronym }
report-description-hint = Stručný popis činností, které Vaše organizace vykonala k získání nových členů.
report-challenges-heading = Obtíže zjištěné v průběhu procesu
report-challenges-hint = Pokud k nim došlo, popište je prosím a uveďte, jak by se jim dalo v budoucnu předejít.
report-no-member-states = Tomuto partnerovi nejsou přiděleny žádné členské státy; další členy uveďte níže.

## email

email-loi-subject = { $organisation }: prohlášení o záměru přistoupit k síti { $network_acronym }
email-loi-body =
    { email-greeting }

    v příloze Vám zasíláme prohlášení o záměru, jímž organizace { $organisation } vyjadřuje záměr přistoupit { -network-name.forms ->
            [inflected] k { -network-name(case: "dat") } ({ $network_acronym }).
           *[one] k této síti: { -network-name } ({ $network_acronym }).
        } Prohlášení je předvyplněno úkoly, které jste zvolili. Prosíme Vás o jeho kontrolu, zajištění podpisu (podepisuje: { $signatory }) a zaslání na adresu: { $return_contact } ({ $return_email }).

    S pozdravem

    { $sender }
email-assistance-subject = { $organisation }: žádost o pomoc a podporu adresovaná síti { $network_acronym }
email-assistance-body =
    { email-greeting }

    v příloze Vám zasíláme formulář žádosti o pomoc a podporu pro organizaci { $organisation }, předvyplněný údaji, které máme k dispozici. Prosíme Vás o jeho doplnění a zaslání na adresu: { $return_contact } ({ $return_email }).

    S pozdravem

    { $sender }
email-greeting =
    { $salutation ->
        [ms] Vážená paní,
        [mr] Vážený pane,
       *[none] Vážená paní, vážený pane,
    }

## notice_sheet

notice-sheet-title = Datový list: { $notice }
notice-sheet-intro = Podtyp oznámení eForms { $subtype }, SDK { $sdk }. Obchodní pojmy v podobě, v jaké budou zveřejněny; jejich názvy jsou převzaty z eForms SDK.
notice-sheet-term = Pojem
notice-sheet-name = Název
notice-sheet-value = Hodnota
notice-sheet-missing = Chybějící údaje
notice-sheet-missing-line = { $term } { $label }: chybí; doplňte { $key }
notice-sheet-pin = předběžné oznámení
notice-sheet-pmc = oznámení o předběžné tržní konzultaci
notice-sheet-cn = oznámení o zahájení zadávacího řízení
notice-sheet-can = oznámení o výsledku zadávacího řízení

## web

web-nav-signup = Přistoupit k síti
web-nav-assistance = Požádat o podporu
web-nav-contacts = Národní kontaktní místa
web-nav-coordinator = Koordinátoři
web-language = Jazyk
web-signup-title = { -network-name } ({ $network_acronym }) – přihláška ke členství
web-signup-intro = Vyplňte tento formulář, chcete-li přistoupit k síti. Poté si stáhněte prohlášení o záměru vyplněné Vašimi údaji, podepište je a zašlete zpět.
web-assistance-title = Žádost o pomoc a podporu – členové sítě { $network_acronym }
web-assistance-intro = Popište potřeby své organizace, aby partneři sítě { $network_acronym } mohli nabídnout vhodnou pomoc a podporu při zadávání veřejných zakázek v oblasti inovací.
web-section-organisation = Vaše organizace
web-section-contact = Kontaktní osoba
web-section-signatory = Kdo podepisuje
web-section-tasks = Úkoly, na kterých byste se podíleli
web-section-request = Vaše žádost
web-field-name = Název organizace
web-field-short-name = Zkrácený název nebo zkratka
web-field-type = Druh organizace
web-field-country = Země
web-field-street = Ulice a číslo popisné
web-field-postcode = PSČ
web-field-city = Obec
web-field-website = Internetové stránky
web-field-person = Jméno a příjmení
web-field-role = Pracovní zařazení
web-field-email = E-mail
web-field-phone = Telefon
web-field-title = Funkce
web-field-language = Jazyk dokumentů
web-field-experience = Dosavadní zkušenosti se zadáváním veřejných zakázek v oblasti inovací
web-field-assistance = Požadovaná pomoc a podpora
web-field-timeline = Harmonogram
web-field-additional = Další informace (například zjištěné vzdělávací potřeby, které je třeba zahrnout do politiky poptávky)
web-choose = – vyberte –
web-required = povinné
web-submit-signup = Odeslat a získat prohlášení
web-submit-assistance = Odeslat žádost
web-errors-intro = Opravte prosím níže označená pole; zadané údaje zůstaly zachovány.
web-error-required = Toto pole je povinné.
web-error-too-long = Použijte nejvýše { $max } znaků.
web-error-email = Toto není platná e-mailová adresa.
web-error-country = Vyberte zemi ze seznamu.
web-error-url = Toto není internetová adresa (například https://www.example.eu).
web-error-language = Vyberte jazyk ze seznamu.
web-error-choice = Vyberte jednu z nabízených možností.
web-error-control = Text obsahuje neviditelný řídicí znak; napište jej prosím znovu.
web-done-title = Děkujeme!
web-done-signup = Přihlášku organizace { $organisation } jsme obdrželi. Stáhněte si prohlášení o záměru, nechte je podepsat a zašlete je na adresu: { $contact } ({ $email }).
web-done-assistance = Žádost organizace { $organisation } jsme obdrželi. Partneři sítě { $network_acronym } Vás budou kontaktovat. Formulář žádosti si můžete uschovat.
web-done-email = Potvrzení bylo zasláno na adresu { $email }.
web-download-docx = Stáhnout (Word)
web-download-pdf = Stáhnout (PDF)
web-contacts-title = Národní kontaktní místa
web-contacts-intro = Obraťte se na kontaktní místo ve své zemi s dotazy k zadávání veřejných zakázek v oblasti inovací a k síti.
web-contacts-none = Zatím nebyla zveřejněna žádná kontaktní místa.
web-error-title = Omlouváme se
web-error-400 = Platnost formuláře vypršela nebo formulář nepochází z této stránky. Načtěte prosím stránku znovu a odešlete jej ještě jednou.
web-error-404 = Tato stránka neexistuje.
web-error-413 = Odeslaná data jsou příliš velká. Zkraťte prosím texty a odešlete je znovu.
web-error-429 = Příliš mnoho požadavků z Vaší adresy. Počkejte prosím minutu a zkuste to znovu.
web-error-500 = Na naší straně došlo k chybě. Zkuste to prosím později.

## desk

desk-nav-submissions = Přihlášky a žádosti
desk-nav-members = Členové a ukazatele
desk-nav-contacts = Kontaktní místa
desk-nav-public = Veřejné stránky
desk-log-out = Odhlásit ({ $user })
desk-login-title = Přihlášení koordinátorů
desk-login-failed = Nesprávné uživatelské jméno nebo heslo.
desk-username = Uživatelské jméno
desk-password = Heslo
desk-log-in = Přihlásit
desk-all = vše
desk-pending = čeká na posouzení
desk-accepted = přijato
desk-rejected = zamítnuto
desk-member = přihláška
desk-assistance = žádost o podporu
desk-received = Přijato
desk-kind = Druh
desk-status = Stav
desk-reviewed-by = Posoudil/a
desk-none = Žádné přihlášky ani žádosti.
desk-received-in = Přijato { $date }, jazyk dokumentů: { $lang }, verze { $version }.
desk-document = Dokument (Word)
desk-conflict = Od doby, kdy jste tento záznam otevřeli, jej změnil někdo jiný. Formulář nyní zobrazuje uloženou verzi; proveďte prosím svou změnu znovu.
desk-save = Uložit změny
desk-accept = Přijmout
desk-reject = Zamítnout
desk-covered = Pokryté členské státy EU (kritické množství: { $target })
desk-members = Členové
desk-procurers = Veřejní zadavatelé
desk-others = Ostatní sledující
desk-export = Export
desk-recipients-xlsx = seznam příjemců (.xlsx)
desk-recipients-csv = seznam příjemců (.csv)
desk-member-files = soubory organizací (.zip)
desk-kpi-table = tabulka ukazatelů (.xlsx)
desk-legend = členů; s obrysem: v dané zemi získává členy partner. Mapové podklady: Natural Earth.
desk-map = Členové podle zemí
desk-per-partner = Podle odpovědného partnera
desk-partner = Odpovědný partner
desk-member-states = Členské státy
desk-states-covered = Pokryto
desk-by-country = Podle zemí
desk-accepted-members = Přijatí členové
desk-remove = Odebrat
desk-add-contact = Přidat kontaktní místo
desk-add = Přidat

common-to-complete = [doplnit]

## consolidated
consolidated-title = Souhrnná zpráva o účasti v síti { $network_acronym }
consolidated-intro = Zprávy partnerů o činnostech vykonaných za účelem rozšíření sítě { $network_acronym } (příloha 7.1), souhrnně zpracované dne { $date } (zpracovatel: { $report_to }). Počet obdržených zpráv: { $received }, od { $reporting } z { $partners } partnerů, za období: { $periods }. Rozhodující je poslední zpráva každého partnera; zpráva, která jí předchází, ukazuje dosažený pokrok.
consolidated-kpi-heading = Klíčové ukazatele výkonnosti
consolidated-kpi-covered = Pokryté členské státy EU: { $covered } z kritického množství { $target }
consolidated-kpi-reached = Kritického množství členských států ({ $target }) bylo dosaženo.
consolidated-kpi-missing = Počet členských států, které ještě chybějí k dosažení kritického množství: { $missing }
consolidated-kpi-members = Členové sítě { $network_acronym }, kteří přislíbili účast (prohlášení o záměru podepsáno): { $committed }; kontaktovaní, kteří účast dosud nepřislíbili: { $contacted }
consolidated-kpi-progress = Pokrok – počet pokrytých členských států EU k jednotlivým termínům pro podání zprávy: { $progress }
consolidated-chart-coverage = Členské státy EU s členem, který přislíbil účast, k jednotlivým termínům pro podání zprávy ve srovnání s kritickým množstvím { $target } (přerušovaná čára)
consolidated-chart-members = Členové sítě { $network_acronym } podle členských států: s přislíbenou účastí a kontaktovaní
consolidated-axis-deadline = Termín pro podání zprávy
consolidated-axis-states = Pokryté členské státy EU
consolidated-axis-members = Členové
consolidated-target = Kritické množství: { $target }
consolidated-states-heading = Členské státy a odpovědní partneři
consolidated-committed-short = Přislíbená účast
consolidated-contacted = Kontaktovaní
consolidated-total = Všechny členské státy
consolidated-eea = Země EHP
consolidated-eea-note = Do kritického množství se započítávají pouze členské státy EU; země EHP je uvedena se svými členy, ale nezapočítává se.
consolidated-partners-heading = Členové podle partnerů a dosažený pokrok
consolidated-partners-intro = Členové, kteří přislíbili účast, a pokryté členské státy podle poslední zprávy každého partnera; pokud partner podal zprávu již dříve, uvádí se nejprve dřívější údaj (dřívější → poslední).
consolidated-member-states = Členské státy
consolidated-latest = Poslední zpráva
consolidated-covered = Pokryté členské státy
consolidated-no-report = zpráva nepodána
consolidated-status-contacted = kontaktováno
consolidated-status-loi-signed = prohlášení podepsáno
consolidated-no-additional = Žádný partner nevykázal další členy.
consolidated-missing-heading = Partneři, kteří nepodali zprávu

## reminder
reminder-subject = Připomínka: { $subject }
reminder-body =
    { email-greeting }

    dne { $sent } jsme Vám zaslali zprávu „{ $subject }“, k níž byl přiložen dokument { $document }. Podepsaný dokument jsme dosud neobdrželi, a proto jej znovu přikládáme. Prosíme Vás o jeho podpis a zaslání na adresu: { $return_contact } ({ $return_email }). Pokud jste jej již odeslali, děkujeme a tuto připomínku prosím považujte za bezpředmětnou.

    S pozdravem

    { $sender }
