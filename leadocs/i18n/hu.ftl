# Static text of the built-in network documents, in Hungarian (magyar).
# Same messages and { $variables } as en.ftl; formal register (Ön) of an official letter.
# Organisation names stand in the nominative: as a possessor ("az X nevében"), before a
# hyphenated noun ("LEA-N-hálózat") or after a colon. ARTICLE(…) gives "a"/"az" for the name
# that follows. The network's name is the term -network-name; forms: all = -hoz/-hez/-höz.
# EU terms: támogatási megállapodás (grant agreement), innovációs célú közbeszerzés,
# kereskedelmi hasznosítást megelőző beszerzés (PCP), innovatív megoldások közbeszerzése (PPI).

## common

common-page = Oldal:
common-of = /
common-draft-generated = Készült a leadocs programmal
common-date-place = Dátum és hely
common-place-date = { $place }, { $date }
common-date = { $date }
common-name = Név
common-title = Beosztás
common-signature = Aláírás
common-seal = A szervezet bélyegzője
common-signatory-line = a szervezet képviseletére jogosult személy aláírása
common-funding-line = { ARTICLE($project, capital: "yes") } { $project }-projekt (támogatási megállapodás száma: { $grant_agreement }) { ARTICLE($programme) } { $programme } program keretében valósul meg. Finanszírozó: { $funder }.
common-to-complete = [kitöltendő]

## loi

loi-title = Szándéknyilatkozat – { -network-name } ({ $network_acronym })
loi-keyword = szándéknyilatkozat
loi-non-binding = Felhívjuk figyelmét, hogy ez a dokumentum jogilag nem kötelező erejű.
loi-undersigned = Alulírott { ARTICLE($organisation) } { $organisation } képviseletében megerősítem szervezetünk érdeklődését a fent említett projekt iránt, valamint csatlakozási szándékunkat a következő hálózathoz: { $network_description }. Szeretnénk tájékoztatást kapni a projekt és a hálózat tevékenységének előrehaladásáról, és hozzájárulni ahhoz.
loi-default-description = { -network-name }
loi-why = MIÉRT?
loi-how = HOGYAN?
loi-what = MIT?
loi-tasks-intro = Fentiek alapján { ARTICLE($organisation) } { $organisation } az alábbi feladatokban vehet részt:
loi-tasks-hint = (☒ = kiválasztott feladat)
loi-return = Kérjük, az aláírt nyilatkozatot juttassa vissza a következő címzettnek: { $contact } ({ $email }).

## assistance

assistance-title = Segítség- és támogatáskérés – { ARTICLE($network_acronym) } { $network_acronym }-hálózat tagjai
assistance-keyword = segítségkérés
assistance-intro = Kérjük, írja le szervezete igényeit, hogy { ARTICLE($network_acronym) } { $network_acronym }-hálózat partnerei megfelelő segítséget és támogatást nyújthassanak az innovációs célú közbeszerzésekhez.
assistance-purpose-intro = Ez az űrlap:
assistance-organisation = A szervezet neve
assistance-type = A szervezet típusa
assistance-country = Ország
assistance-address = Cím
assistance-website = Honlap
assistance-contact = Kapcsolattartó
assistance-experience = Korábbi tapasztalatok az innovációs célú közbeszerzések terén
assistance-assistance = Igényelt segítség és támogatás
assistance-timeline = Ütemezés
assistance-additional = További információk (például azonosított oktatási igények, amelyeket a keresletpolitikában figyelembe kell venni)
assistance-return = Kérjük, a kitöltött űrlapot juttassa vissza a következő címzettnek: { $contact } ({ $email }).

## benefits

benefits-title = { ARTICLE($network_acronym, capital: "yes") } { $network_acronym }-tagság előnyei és a tagoktól elvárt hozzájárulás
benefits-keyword = előnyök
benefits-table-heading = { ARTICLE($network_acronym, capital: "yes") } { $network_acronym }-tagság előnyei
benefits-contribution-heading = A tagoktól elvárt hozzájárulás

## types

types-procurer = Ajánlatkérő
types-school = Iskola
types-supplier = Szállító
types-learntech-expert = Oktatástechnológiai szakértő

## report

report-title = Jelentés { ARTICLE($network_acronym) } { $network_acronym }-hálózatban való részvételről
report-keyword = partneri jelentés
report-partner = Partner
report-deadlines = Benyújtandó a következő címzettnek: { $report_to }. Határidő:
report-number = Sorsz.
report-member-state = Tagállam
report-responsible = Felelős partner
report-committed = Azonosított és csatlakozást vállaló { $network_acronym }-tag
report-additional-heading = További azonosított és csatlakozást vállaló { $network_acronym }-tagok
report-additional-member = Szervezet
report-additional-country = Ország
report-additional-status = Állapot (megkeresve / szándéknyilatkozat aláírva)
report-description-heading = { ARTICLE($network_acronym, capital: "yes") } { $network_acronym }-hálózat bővítése érdekében végzett munka leírása
report-description-hint = Rövid leírás arról, milyen munkát végzett szervezete új tagok megnyerése érdekében.
report-challenges-heading = A folyamat során azonosított nehézségek
report-challenges-hint = Amennyiben voltak ilyenek, kérjük, ismertesse őket, és azt is, hogyan lehetne a jövőben elkerülni őket.
report-no-member-states = Ehhez a partnerhez nincs tagállam rendelve; a további tagokat kérjük, alább tüntesse fel.

## email

email-loi-subject = { $organisation }: szándéknyilatkozat { ARTICLE($network_acronym) } { $network_acronym }-hálózathoz való csatlakozásról
email-loi-body =
    { email-greeting }

    Mellékelten megküldjük { ARTICLE($organisation) } { $organisation } szándéknyilatkozatát { -network-name.forms ->
            [inflected] { ARTICLE(-network-name(case: "all")) } { -network-name(case: "all") } ({ $network_acronym }) való csatlakozásról.
           *[one] a következő hálózathoz való csatlakozásról: { -network-name } ({ $network_acronym }).
        } A nyilatkozatban előre bejelöltük az Ön által kiválasztott feladatokat. Kérjük, ellenőrizze, írassa alá (aláíró: { $signatory }), majd juttassa vissza a következő címzettnek: { $return_contact } ({ $return_email }).

    Üdvözlettel:

    { $sender }
email-assistance-subject = { $organisation }: segítség- és támogatáskérés { ARTICLE($network_acronym) } { $network_acronym }-hálózattól
email-assistance-body =
    { email-greeting }

    Mellékelten megküldjük { ARTICLE($organisation) } { $organisation } segítség- és támogatáskérő űrlapját, amelyet a rendelkezésünkre álló adatokkal előre kitöltöttünk. Kérjük, egészítse ki, majd juttassa vissza a következő címzettnek: { $return_contact } ({ $return_email }).

    Üdvözlettel:

    { $sender }
email-greeting =
    { $salutation ->
        [ms] Tisztelt { $contact } asszony!
        [mr] Tisztelt { $contact } úr!
       *[none] Tisztelt { $contact }!
    }

## notice_sheet

notice-sheet-title = Adatlap: { $notice }
notice-sheet-intro = eForms hirdetményaltípus: { $subtype }, SDK { $sdk }. Az üzleti fogalmak úgy, ahogy közzéteszik őket; a nevek az eForms SDK nevei.
notice-sheet-term = Fogalom
notice-sheet-name = Név
notice-sheet-value = Érték
notice-sheet-missing = Hiányzó adatok
notice-sheet-missing-line = { $term } { $label }: hiányzik; adja meg: { $key }
notice-sheet-pin = előzetes tájékoztató
notice-sheet-pmc = előzetes piaci konzultációról szóló hirdetmény
notice-sheet-cn = ajánlati felhívás
notice-sheet-can = eljárás eredményéről szóló tájékoztató

## web

web-nav-signup = Csatlakozás a hálózathoz
web-nav-assistance = Támogatás kérése
web-nav-contacts = Nemzeti kapcsolattartó pontok
web-nav-coordinator = Koordinátorok
web-language = Nyelv
web-signup-title = Csatlakozás a hálózathoz: { -network-name } ({ $network_acronym })
web-signup-intro = Töltse ki ezt az űrlapot a hálózathoz való csatlakozáshoz. Ezután letöltheti a megadott adatokkal kitöltött szándéknyilatkozatát, amelyet aláírva küldjön vissza.
web-assistance-title = Segítség- és támogatáskérés – { $network_acronym }-tagok
web-assistance-intro = Írja le szervezete igényeit, hogy a { $network_acronym }-partnerek megfelelő segítséget és támogatást nyújthassanak az innovációs beszerzéshez.
web-section-organisation = Az Ön szervezete
web-section-contact = Kapcsolattartó
web-section-signatory = Aláíró
web-section-tasks = Feladatok, amelyekben részt venne
web-section-request = Az Ön kérése
web-field-name = A szervezet neve
web-field-short-name = Rövid név vagy rövidítés
web-field-type = A szervezet típusa
web-field-country = Ország
web-field-street = Utca, házszám
web-field-postcode = Irányítószám
web-field-city = Település
web-field-website = Weboldal
web-field-person = Név
web-field-role = Beosztás
web-field-email = E-mail
web-field-phone = Telefon
web-field-title = Tisztség
web-field-language = A dokumentumok nyelve
web-field-experience = Korábbi tapasztalat az innovációs beszerzés terén
web-field-assistance = Kért segítség és támogatás
web-field-timeline = Ütemterv
web-field-additional = További információk (például azonosított oktatási igények, amelyeket a keresleti politikába be kell építeni)
web-choose = – válasszon –
web-required = kötelező
web-submit-signup = Küldés és a levelem letöltése
web-submit-assistance = Kérés elküldése
web-errors-intro = Javítsa ki az alább jelölt mezőket; a beírt adatok megmaradtak.
web-error-required = Ez a mező kötelező.
web-error-too-long = Legfeljebb { $max } karaktert használjon.
web-error-email = Ez nem érvényes e-mail-cím.
web-error-country = Válasszon országot a listából.
web-error-url = Ez nem webcím (például https://www.example.eu).
web-error-language = Válasszon nyelvet a listából.
web-error-choice = Válasszon a megjelenített lehetőségek közül.
web-error-control = A szöveg láthatatlan vezérlőkaraktert tartalmaz; kérjük, írja be újra.
web-done-title = Köszönjük!
web-done-signup = Megkaptuk { ARTICLE($organisation) } { $organisation } jelentkezését. Töltse le a szándéknyilatkozatot, írassa alá, és küldje el ide: { $contact } ({ $email }).
web-done-assistance = Megkaptuk { ARTICLE($organisation) } { $organisation } kérését. { ARTICLE($network_acronym, capital: "yes") } { $network_acronym }-partnerek felveszik Önnel a kapcsolatot. Itt az űrlapja megőrzésre.
web-done-email = Visszaigazolást küldtünk ide: { $email }.
web-download-docx = Letöltés (Word)
web-download-pdf = Letöltés (PDF)
web-contacts-title = Nemzeti kapcsolattartó pontok
web-contacts-intro = Kérdezze országa kapcsolattartó pontját az innovációs beszerzésről és a hálózatról.
web-contacts-none = Még nem tettek közzé kapcsolattartó pontot.
web-error-title = Sajnáljuk
web-error-400 = Az űrlap lejárt, vagy nem erről az oldalról érkezett. Töltse be újra az oldalt, és küldje el még egyszer.
web-error-404 = Ez az oldal nem létezik.
web-error-413 = Az elküldött adat túl nagy. Rövidítse a szövegeket, és küldje el újra.
web-error-429 = Túl sok kérés érkezett az Ön címéről. Várjon egy percet, és próbálja újra.
web-error-500 = Hiba történt nálunk. Kérjük, próbálja újra később.

## desk

desk-nav-submissions = Beérkezett
desk-nav-members = Tagok és mutatók
desk-nav-contacts = Kapcsolattartó pontok
desk-nav-public = Nyilvános oldal
desk-log-out = Kijelentkezés ({ $user })
desk-login-title = Koordinátori bejelentkezés
desk-login-failed = Hibás felhasználónév vagy jelszó.
desk-username = Felhasználónév
desk-password = Jelszó
desk-log-in = Bejelentkezés
desk-all = mind
desk-pending = függőben
desk-accepted = elfogadva
desk-rejected = elutasítva
desk-member = jelentkezés
desk-assistance = támogatáskérés
desk-received = Beérkezett
desk-kind = Fajta
desk-status = Állapot
desk-reviewed-by = Elbírálta
desk-none = Itt nincs beérkezett anyag.
desk-received-in = Beérkezett: { $date }, a dokumentumok nyelve: { $lang }, { $version }. változat.
desk-document = A dokumentum (Word)
desk-conflict = Valaki más módosította ezt, mióta megnyitotta. Az űrlap most a mentett változatot mutatja; végezze el újra a módosítását.
desk-save = Módosítások mentése
desk-accept = Elfogadás
desk-reject = Elutasítás
desk-covered = Lefedett uniós tagállamok (kritikus tömeg: { $target })
desk-members = Tagok
desk-procurers = Ajánlatkérők
desk-others = Egyéb követők
desk-export = Exportálás
desk-recipients-xlsx = címzettlista (.xlsx)
desk-recipients-csv = címzettlista (.csv)
desk-member-files = szervezeti fájlok (.zip)
desk-kpi-table = mutatótáblázat (.xlsx)
desk-legend = tag; körvonalas: ott egy partner toboroz. Térképadatok: Natural Earth.
desk-map = Tagok országonként
desk-per-partner = Felelős partnerenként
desk-partner = Felelős partner
desk-member-states = Tagállamok
desk-states-covered = Lefedve
desk-by-country = Országonként
desk-accepted-members = Elfogadott tagok
desk-remove = Eltávolítás
desk-add-contact = Kapcsolattartó pont hozzáadása
desk-add = Hozzáadás

## consolidated

consolidated-title = Összesített jelentés { ARTICLE($network_acronym) } { $network_acronym }-hálózatban való részvételről
consolidated-intro = A partnerek jelentései { ARTICLE($network_acronym) } { $network_acronym } bővítéséért végzett munkáról (7.1. melléklet). Összesítette: { $report_to }, { $date }. Beérkezett jelentések: { $received }, { $partners } partnerből { $reporting } partnertől, időszakok: { $periods }. Minden partner legutóbbi jelentése számít; az azt megelőző mutatja a haladást.
consolidated-kpi-heading = Fő teljesítménymutatók
consolidated-kpi-covered = Lefedett uniós tagállamok: { $covered } (kritikus tömeg: { $target })
consolidated-kpi-reached = A kritikus tömeg ({ $target } tagállam) elérve.
consolidated-kpi-missing = A kritikus tömeg eléréséhez még szükséges tagállamok: { $missing }
consolidated-kpi-members = Csatlakozást vállaló { $network_acronym }-tagok (aláírt szándéknyilatkozattal): { $committed }; megkeresett, még nem csatlakozott: { $contacted }
consolidated-kpi-progress = Haladás, lefedett uniós tagállamok jelentési határidőnként: { $progress }
consolidated-chart-coverage = Csatlakozást vállaló taggal rendelkező uniós tagállamok jelentési határidőnként, a kritikus tömeghez ({ $target }, szaggatott vonal) viszonyítva
consolidated-chart-members = { $network_acronym }-tagok tagállamonként: csatlakozást vállalók és megkeresettek
consolidated-axis-deadline = Jelentési határidő
consolidated-axis-states = Lefedett uniós tagállamok
consolidated-axis-members = Tagok
consolidated-target = Kritikus tömeg: { $target }
consolidated-states-heading = Tagállamok és felelős partnerek
consolidated-committed-short = Csatlakozott
consolidated-contacted = Megkeresett
consolidated-total = Összes tagállam
consolidated-eea = EGT-ország
consolidated-eea-note = A kritikus tömegbe csak az uniós tagállamok számítanak; az EGT-ország a tagjaival együtt szerepel, de nem számít bele.
consolidated-partners-heading = Tagok partnerenként és haladás
consolidated-partners-intro = Csatlakozást vállaló tagok és lefedett tagállamok az egyes partnerek legutóbbi jelentése szerint; ha a partner korábban is jelentett, elöl a korábbi szám áll (korábbi → legutóbbi).
consolidated-member-states = Tagállamok
consolidated-latest = Legutóbbi jelentés
consolidated-covered = Lefedett tagállamok
consolidated-no-report = nincs jelentés
consolidated-status-contacted = megkeresve
consolidated-status-loi-signed = szándéknyilatkozat aláírva
consolidated-no-additional = Egyik partner sem jelentett további tagokat.
consolidated-missing-heading = Jelentést nem küldött partnerek

## reminder

reminder-subject = Emlékeztető: { $subject }
reminder-body =
    { email-greeting }

    { $sent } napján elküldtük Önnek { ARTICLE($subject) } „{ $subject }” tárgyú üzenetet, mellékletként a következővel: { $document }. A dokumentumot még nem kaptuk vissza, ezért ismét mellékeljük. Kérjük, írja alá, és juttassa vissza a következő címzettnek: { $return_contact } ({ $return_email }). Ha már elküldte, köszönjük, és kérjük, tekintse tárgytalannak ezt az emlékeztetőt.

    Üdvözlettel:

    { $sender }
