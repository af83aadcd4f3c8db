# Static text of the built-in network documents, in Romanian (română).
# Same messages and { $variables } as en.ftl; formal register (dumneavoastră) of an official
# letter. Names take no article or case ending here, so placeholders follow a noun
# ("organizația X", "rețeaua X") or a colon. Quotation marks „…”; letters ș and ț with comma.
# EU terms: acord de grant (grant agreement), autoritate contractantă (contracting authority),
# achiziții publice în domeniul inovării (innovation procurement), achiziții publice înainte
# de comercializare (PCP), achiziții publice de soluții inovatoare (PPI).
# -network-name forms: none; after "la" the name stands as written (Rețeaua LEA …).

## common

common-page = Pagina
common-of = din
common-draft-generated = Generat cu leadocs
common-date-place = Data și locul
common-place-date = { $place }, { $date }
common-date = { $date }
common-name = Numele și prenumele
common-title = Funcția
common-signature = Semnătura
common-seal = Ștampila organizației
common-signatory-line = Semnătura reprezentantului autorizat al organizației
common-funding-line = Proiectul { $project } (acordul de grant nr. { $grant_agreement }) este finanțat prin programul { $programme }. Finanțator: { $funder }.

## loi

loi-title = Scrisoare de intenție – { -network-name } ({ $network_acronym })
loi-keyword = scrisoare de intenție
loi-non-binding = Vă atragem atenția că prezentul document nu are caracter juridic obligatoriu.
loi-undersigned = Subsemnatul/Subsemnata confirm, în numele organizației mele, { $organisation }, interesul nostru față de proiectul menționat mai sus și intenția de a adera la următoarea rețea: { $network_description }. Dorim să fim informați cu privire la evoluția proiectului și la activitățile rețelei și să contribuim la acestea.
loi-default-description = { -network-name }
loi-why = DE CE?
loi-how = CUM?
loi-what = CE?
loi-tasks-intro = Pe această bază, întrevedem o posibilă implicare a organizației { $organisation } în următoarele sarcini:
loi-tasks-hint = (☒ = sarcină selectată)
loi-return = Vă rugăm să returnați scrisoarea semnată la: { $contact } ({ $email }).

## assistance

assistance-title = Cerere de asistență și sprijin – membrii rețelei { $network_acronym }
assistance-keyword = cerere de asistență și sprijin
assistance-intro = Vă rugăm să descrieți nevoile organizației dumneavoastră, astfel încât partenerii rețelei { $network_acronym } să vă poată oferi asistența și sprijinul adecvate în materie de achiziții publice în domeniul inovării.
assistance-purpose-intro = Prezentul formular:
assistance-organisation = Denumirea organizației
assistance-type = Tipul organizației
assistance-country = Țara
assistance-address = Adresa
assistance-website = Site-ul web
assistance-contact = Persoana de contact
assistance-experience = Experiența anterioară în achiziții publice în domeniul inovării
assistance-assistance = Asistența și sprijinul solicitate
assistance-timeline = Calendarul
assistance-additional = Informații suplimentare (de exemplu, nevoi educaționale identificate care ar trebui incluse în politica privind cererea)
assistance-return = Vă rugăm să returnați formularul completat la: { $contact } ({ $email }).

## benefits

benefits-title = Avantajele calității de membru al rețelei { $network_acronym } și contribuția așteptată
benefits-keyword = avantajele calității de membru
benefits-table-heading = Avantajele calității de membru al rețelei { $network_acronym }
benefits-contribution-heading = Contribuția așteptată din partea membrilor

## types

types-procurer = Autoritate contractantă
types-school = Școală
types-supplier = Furnizor
types-learntech-expert = Expert în tehnologii educaționale

## report

report-title = Raport privind participarea la rețeaua { $network_acronym }
report-keyword = raportul partenerului
report-partner = Partener
report-deadlines = De transmis către { $report_to } până la:
report-number = Nr.
report-member-state = Statul membru
report-responsible = Partenerul responsabil
report-committed = Membru al rețelei { $network_acronym } identificat și angajat
report-additional-heading = Alți membri ai rețelei { $network_acronym } identificați și angajați
report-additional-member = Organizația
report-additional-country = Țara
report-additional-status = Stadiul (contactat / scrisoare de intenție semnată)
report-description-heading = Descrierea activităților desfășurate pentru extinderea rețelei { $network_acronym }
report-description-hint = Scurtă descriere a activităților desfășurate de organizația dumneavoastră pentru atragerea de noi membri.
report-challenges-heading = Dificultăți identificate în cursul procesului
report-challenges-hint = Dacă este cazul, vă rugăm să le descrieți și să arătați cum ar putea fi evitate în viitor.
report-no-member-states = Acestui partener nu i-a fost atribuit niciun stat membru; vă rugăm să indicați mai jos membrii suplimentari.

## email

email-loi-subject = { $organisation }: scrisoare de intenție privind aderarea la rețeaua { $network_acronym }
email-loi-body =
    { email-greeting }

    Vă transmitem, atașat, scrisoarea de intenție prin care organizația { $organisation } își exprimă intenția de a adera la { -network-name } ({ $network_acronym }). Scrisoarea este precompletată cu sarcinile pe care le-ați selectat. Vă rugăm să o verificați, să asigurați semnarea ei (semnatar: { $signatory }) și să o returnați la: { $return_contact } ({ $return_email }).

    Cu stimă,

    { $sender }
email-assistance-subject = { $organisation }: cerere de asistență și sprijin adresată rețelei { $network_acronym }
email-assistance-body =
    { email-greeting }

    Vă transmitem, atașat, formularul de cerere de asistență și sprijin pentru organizația { $organisation }, precompletat cu informațiile de care dispunem. Vă rugăm să îl completați și să îl returnați la: { $return_contact } ({ $return_email }).

    Cu stimă,

    { $sender }
email-greeting =
    { $salutation ->
        [ms] Stimată doamnă { $contact_family_name },
        [mr] Stimate domnule { $contact_family_name },
       *[none] Stimată doamnă, stimate domnule,
    }

## notice_sheet

notice-sheet-title = Fișă de date: { $notice }
notice-sheet-intro = Subtipul de anunț eForms { $subtype }, SDK { $sdk }. Termenii de afaceri, astfel cum vor fi publicați; denumirile lor sunt cele din eForms SDK.
notice-sheet-term = Termen
notice-sheet-name = Denumire
notice-sheet-value = Valoare
notice-sheet-missing = Valori lipsă
notice-sheet-missing-line = { $term } { $label }: lipsește; completați { $key }
notice-sheet-pin = anunț de intenție
notice-sheet-pmc = anunț privind consultarea preliminară a pieței
notice-sheet-cn = anunț de participare
notice-sheet-can = anunț de atribuire a contractului

## web

web-nav-signup = Aderați la rețea
web-nav-assistance = Solicitați asistență
web-nav-contacts = Puncte naționale de contact
web-nav-coordinator = Coordonatori
web-language = Limba
web-signup-title = Aderare la { -network-name } ({ $network_acronym })
web-signup-intro = Completați acest formular pentru a adera la rețea. Apoi descărcați scrisoarea de intenție, completată cu datele introduse, pentru a o semna și a o returna.
web-assistance-title = Cerere de asistență și sprijin – membrii rețelei { $network_acronym }
web-assistance-intro = Descrieți nevoile organizației dumneavoastră, astfel încât partenerii rețelei { $network_acronym } să vă poată oferi asistența și sprijinul adecvate în materie de achiziții publice în domeniul inovării.
web-section-organisation = Organizația dumneavoastră
web-section-contact = Persoana de contact
web-section-signatory = Semnatarul
web-section-tasks = Sarcinile la care ați participa
web-section-request = Cererea dumneavoastră
web-field-name = Denumirea organizației
web-field-short-name = Denumirea scurtă sau acronimul
web-field-type = Tipul organizației
web-field-country = Țara
web-field-street = Strada și numărul
web-field-postcode = Codul poștal
web-field-city = Localitatea
web-field-website = Site-ul web
web-field-person = Numele și prenumele
web-field-role = Postul
web-field-email = E-mail
web-field-phone = Telefon
web-field-title = Funcția
web-field-language = Limba documentelor
web-field-experience = Experiența anterioară în achiziții publice în domeniul inovării
web-field-assistance = Asistența și sprijinul solicitate
web-field-timeline = Calendarul
web-field-additional = Informații suplimentare (de exemplu, nevoi educaționale identificate care ar trebui incluse în politica privind cererea)
web-choose = – alegeți –
web-required = obligatoriu
web-submit-signup = Trimiteți și primiți scrisoarea
web-submit-assistance = Trimiteți cererea
web-errors-intro = Vă rugăm să corectați câmpurile marcate mai jos; datele introduse au fost păstrate.
web-error-required = Acest câmp este obligatoriu.
web-error-too-long = Textul este prea lung; numărul maxim de caractere: { $max }.
web-error-email = Aceasta nu este o adresă de e-mail validă.
web-error-country = Alegeți o țară din listă.
web-error-url = Aceasta nu este o adresă web (de exemplu, https://www.example.eu).
web-error-language = Alegeți o limbă din listă.
web-error-choice = Alegeți una dintre opțiunile afișate.
web-error-control = Textul conține un caracter de control invizibil; vă rugăm să îl introduceți din nou.
web-done-title = Vă mulțumim!
web-done-signup = Am primit înscrierea organizației { $organisation }. Descărcați scrisoarea de intenție, asigurați semnarea ei și returnați-o la: { $contact } ({ $email }).
web-done-assistance = Am primit cererea organizației { $organisation }. Partenerii rețelei { $network_acronym } vă vor contacta. Formularul cererii este disponibil aici pentru evidența dumneavoastră.
web-done-email = O confirmare a fost trimisă la { $email }.
web-download-docx = Descărcați (Word)
web-download-pdf = Descărcați (PDF)
web-contacts-title = Puncte naționale de contact
web-contacts-intro = Adresați-vă punctului de contact din țara dumneavoastră pentru întrebări privind achizițiile publice în domeniul inovării și rețeaua.
web-contacts-none = Nu a fost publicat încă niciun punct de contact.
web-error-title = Ne pare rău
web-error-400 = Formularul a expirat sau nu provine de pe acest site. Vă rugăm să reîncărcați pagina și să îl trimiteți din nou.
web-error-404 = Această pagină nu există.
web-error-413 = Datele trimise sunt prea mari. Vă rugăm să scurtați textele și să le trimiteți din nou.
web-error-429 = Prea multe cereri de la adresa dumneavoastră. Vă rugăm să așteptați un minut și să încercați din nou.
web-error-500 = A apărut o eroare din partea noastră. Vă rugăm să încercați din nou mai târziu.

## desk

desk-nav-submissions = Înscrieri și cereri
desk-nav-members = Membri și indicatori
desk-nav-contacts = Puncte de contact
desk-nav-public = Site-ul public
desk-log-out = Deconectare ({ $user })
desk-login-title = Autentificarea coordonatorilor
desk-login-failed = Nume de utilizator sau parolă greșită.
desk-username = Nume de utilizator
desk-password = Parolă
desk-log-in = Autentificare
desk-all = toate
desk-pending = în așteptare
desk-accepted = acceptate
desk-rejected = respinse
desk-member = înscriere
desk-assistance = cerere de asistență
desk-received = Primită
desk-kind = Tip
desk-status = Stadiu
desk-reviewed-by = Examinată de
desk-none = Nu există înscrieri sau cereri aici.
desk-received-in = Primită la { $date }, documente în limba: { $lang }, versiunea { $version }.
desk-document = Documentul (Word)
desk-conflict = De când ați deschis această înregistrare, ea a fost modificată de altcineva. Formularul afișează acum versiunea salvată; vă rugăm să reintroduceți modificarea.
desk-save = Salvați modificările
desk-accept = Acceptați
desk-reject = Respingeți
desk-covered = State membre ale UE acoperite (masa critică: { $target })
desk-members = Membri
desk-procurers = Autorități contractante
desk-others = Alți urmăritori
desk-export = Export
desk-recipients-xlsx = lista destinatarilor (.xlsx)
desk-recipients-csv = lista destinatarilor (.csv)
desk-member-files = fișierele organizațiilor (.zip)
desk-kpi-table = tabelul indicatorilor (.xlsx)
desk-legend = membri; conturat: acolo recrutează un partener. Date cartografice: Natural Earth.
desk-map = Membri pe țări
desk-per-partner = Pe partener responsabil
desk-partner = Partenerul responsabil
desk-member-states = State membre
desk-states-covered = Acoperite
desk-by-country = Pe țări
desk-accepted-members = Membri acceptați
desk-remove = Eliminați
desk-add-contact = Adăugați un punct de contact
desk-add = Adăugați

common-to-complete = [de completat]

## consolidated
consolidated-title = Raport consolidat privind participarea la rețeaua { $network_acronym }
consolidated-intro = Rapoartele partenerilor privind activitățile desfășurate pentru extinderea rețelei { $network_acronym } (anexa 7.1), consolidate de { $report_to } la data de { $date }. Rapoarte primite: { $received }; parteneri care au raportat: { $reporting } din { $partners }; perioade: { $periods }. Se ia în considerare cel mai recent raport al fiecărui partener; raportul anterior acestuia arată progresele înregistrate.
consolidated-kpi-heading = Indicatori-cheie de performanță
consolidated-kpi-covered = State membre ale UE acoperite: { $covered } din masa critică de { $target }
consolidated-kpi-reached = Masa critică de state membre ({ $target }) a fost atinsă.
consolidated-kpi-missing = Numărul de state membre necesare în continuare pentru atingerea masei critice: { $missing }
consolidated-kpi-members = Membri ai rețelei { $network_acronym } angajați (scrisoare de intenție semnată): { $committed }; contactați, dar încă neangajați: { $contacted }
consolidated-kpi-progress = Progrese – state membre ale UE acoperite la fiecare termen de raportare: { $progress }
consolidated-chart-coverage = State membre ale UE cu un membru angajat la fiecare termen de raportare, în raport cu masa critică de { $target } (linie întreruptă)
consolidated-chart-members = Membri ai rețelei { $network_acronym } pe stat membru: angajați și contactați
consolidated-axis-deadline = Termen de raportare
consolidated-axis-states = State membre ale UE acoperite
consolidated-axis-members = Membri
consolidated-target = Masa critică: { $target }
consolidated-states-heading = State membre și parteneri responsabili
consolidated-committed-short = Angajați
consolidated-contacted = Contactați
consolidated-total = Toate statele membre
consolidated-eea = Țară SEE
consolidated-eea-note = Doar statele membre ale UE sunt luate în calcul pentru masa critică; o țară SEE este prezentată împreună cu membrii săi, dar nu este luată în calcul.
consolidated-partners-heading = Membri pe partener și progrese
consolidated-partners-intro = Membrii angajați și statele membre acoperite conform celui mai recent raport al fiecărui partener; dacă partenerul a mai raportat anterior, se indică mai întâi cifra anterioară (anterior → cel mai recent).
consolidated-member-states = State membre
consolidated-latest = Cel mai recent raport
consolidated-covered = State membre acoperite
consolidated-no-report = niciun raport
consolidated-status-contacted = contactat
consolidated-status-loi-signed = scrisoare de intenție semnată
consolidated-no-additional = Niciun partener nu a raportat membri suplimentari.
consolidated-missing-heading = Parteneri care nu au transmis raportul

## reminder
reminder-subject = Reamintire: { $subject }
reminder-body =
    { email-greeting }

    La data de { $sent } v-am transmis mesajul „{ $subject }”, având atașat documentul { $document }. Întrucât nu am primit încă documentul înapoi, vi-l transmitem din nou, atașat. Vă rugăm să îl semnați și să îl returnați la: { $return_contact } ({ $return_email }). Dacă l-ați transmis deja, vă mulțumim și vă rugăm să nu țineți seama de acest mesaj.

    Cu stimă,

    { $sender }
