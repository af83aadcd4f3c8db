# Static text of the built-in network documents, in German (Deutsch).
# Same messages and { $variables } as en.ftl; formal register (Sie) of an official letter.
# Organisation names stand where any name fits without an article or case ending. The
# network's name is the term -network-name; forms: dat = Dativ mit Artikel ("dem LEA-Netzwerk …").
# EU terms: Finanzhilfevereinbarung (grant agreement), innovationsfördernde öffentliche
# Auftragsvergabe, vorkommerzielle Auftragsvergabe (PCP), öffentliche Beschaffung innovativer
# Lösungen (PPI).

## common

common-page = Seite
common-of = von
common-draft-generated = Erstellt mit leadocs
common-date-place = Datum und Ort
common-place-date = { $place }, { $date }
common-date = { $date }
common-name = Name
common-title = Funktion
common-signature = Unterschrift
common-seal = Stempel der Organisation
common-signatory-line = Unterschrift der vertretungsberechtigten Person
common-funding-line = Das Projekt { $project } (Finanzhilfevereinbarung Nr. { $grant_agreement }) wird im Rahmen von { $programme } gefördert. Fördergeber: { $funder }.
common-to-complete = [noch zu ergänzen]

## loi

loi-title = Absichtserklärung – { -network-name } ({ $network_acronym })
loi-keyword = Absichtserklärung
loi-non-binding = Bitte beachten Sie, dass dieses Dokument rechtlich nicht bindend ist.
loi-undersigned = Hiermit bestätige ich als unterzeichnende Person im Namen meiner Organisation, { $organisation }, unser Interesse an dem oben genannten Projekt und unsere Absicht, dem folgenden Netzwerk beizutreten: { $network_description }. Wir möchten über die Fortschritte des Projekts und die Aktivitäten des Netzwerks informiert werden und dazu beitragen.
loi-default-description = { -network-name }
loi-why = WARUM?
loi-how = WIE?
loi-what = WAS?
loi-tasks-intro = Auf dieser Grundlage sehen wir eine mögliche Beteiligung von { $organisation } an den folgenden Aufgaben:
loi-tasks-hint = (☒ = ausgewählte Aufgabe)
loi-return = Bitte senden Sie die unterzeichnete Absichtserklärung an { $contact } ({ $email }) zurück.

## assistance

assistance-title = Anfrage nach Unterstützung und Beratung – Mitglieder des Netzwerks { $network_acronym }
assistance-keyword = Unterstützungsanfrage
assistance-intro = Bitte beschreiben Sie den Bedarf Ihrer Organisation, damit die Partner von { $network_acronym } Ihnen die passende Unterstützung und Beratung zur innovationsfördernden öffentlichen Auftragsvergabe anbieten können.
assistance-purpose-intro = Dieses Formular:
assistance-organisation = Name der Organisation
assistance-type = Art der Organisation
assistance-country = Land
assistance-address = Anschrift
assistance-website = Internetseite
assistance-contact = Ansprechperson
assistance-experience = Bisherige Erfahrung mit innovationsfördernder öffentlicher Auftragsvergabe
assistance-assistance = Gewünschte Unterstützung und Beratung
assistance-timeline = Zeitplan
assistance-additional = Weitere Angaben (zum Beispiel festgestellter Bildungsbedarf, der in die Nachfragepolitik aufgenommen werden sollte)
assistance-return = Bitte senden Sie das ausgefüllte Formular an { $contact } ({ $email }) zurück.

## benefits

benefits-title = Vorteile der Mitgliedschaft in { $network_acronym } und erwartete Beiträge
benefits-keyword = Vorteile der Mitgliedschaft
benefits-table-heading = Vorteile der Mitgliedschaft in { $network_acronym }
benefits-contribution-heading = Erwartete Beiträge der Mitglieder

## types

types-procurer = Öffentlicher Auftraggeber
types-school = Schule
types-supplier = Anbieter
types-learntech-expert = Fachorganisation für Lerntechnologie

## report

report-title = Bericht über die Beteiligung an { $network_acronym }
report-keyword = Partnerbericht
report-partner = Partner
report-deadlines = Einzureichen bei { $report_to } bis:
report-number = Nr.
report-member-state = Mitgliedstaat
report-responsible = Verantwortlicher Partner
report-committed = Identifiziertes Mitglied von { $network_acronym } mit Beitrittszusage
report-additional-heading = Weitere identifizierte Mitglieder von { $network_acronym } mit Beitrittszusage
report-additional-member = Organisation
report-additional-country = Land
report-additional-status = Stand (kontaktiert / Absichtserklärung unterzeichnet)
report-description-heading = Beschreibung der Arbeiten zur Erweiterung von { $network_acronym }
report-description-hint = Kurze Beschreibung der Arbeiten, die Ihre Organisation zur Gewinnung neuer Mitglieder durchgeführt hat.
report-challenges-heading = Im Verlauf festgestellte Herausforderungen
report-challenges-hint = Bitte beschreiben Sie diese gegebenenfalls und wie sie künftig vermieden werden könnten.
report-no-member-states = Diesem Partner sind keine Mitgliedstaaten zugeordnet; bitte tragen Sie weitere Mitglieder unten ein.

## email

email-loi-subject = { $organisation }: Absichtserklärung zum Beitritt zum Netzwerk { $network_acronym }
email-loi-body =
    { email-greeting }

    anbei erhalten Sie die Absichtserklärung, mit der { $organisation } { -network-name.forms ->
            [inflected] { -network-name(case: "dat") } ({ $network_acronym }) beitreten möchte.
           *[one] dem folgenden Netzwerk beitreten möchte: { -network-name } ({ $network_acronym }).
        } Sie ist mit den von Ihnen ausgewählten Aufgaben vorausgefüllt. Bitte prüfen Sie die Erklärung, lassen Sie sie von { $signatory } unterzeichnen und senden Sie sie an { $return_contact } ({ $return_email }) zurück.

    Mit freundlichen Grüßen

    { $sender }
email-assistance-subject = { $organisation }: Anfrage nach Unterstützung und Beratung an das Netzwerk { $network_acronym }
email-assistance-body =
    { email-greeting }

    anbei erhalten Sie das Formular zur Anfrage nach Unterstützung und Beratung für { $organisation }, vorausgefüllt mit den uns bekannten Angaben. Bitte vervollständigen Sie es und senden Sie es an { $return_contact } ({ $return_email }) zurück.

    Mit freundlichen Grüßen

    { $sender }
email-greeting =
    { $salutation ->
        [ms] Sehr geehrte Frau { $contact_family_name },
        [mr] Sehr geehrter Herr { $contact_family_name },
       *[none] Sehr geehrte Damen und Herren,
    }

## notice_sheet

notice-sheet-title = Datenblatt der { $notice }
notice-sheet-intro = eForms-Bekanntmachungsunterart { $subtype }, SDK { $sdk }. Die Geschäftsbegriffe, wie sie veröffentlicht werden; ihre Namen sind die des eForms-SDK.
notice-sheet-term = Begriff
notice-sheet-name = Bezeichnung
notice-sheet-value = Wert
notice-sheet-missing = Fehlende Angaben
notice-sheet-missing-line = { $term } { $label }: fehlt; anzugeben unter { $key }
notice-sheet-pin = Vorinformation
notice-sheet-pmc = Bekanntmachung der Markterkundung
notice-sheet-cn = Auftragsbekanntmachung
notice-sheet-can = Vergabebekanntmachung

## web

web-nav-signup = Dem Netzwerk beitreten
web-nav-assistance = Unterstützung anfragen
web-nav-contacts = Nationale Kontaktstellen
web-nav-coordinator = Koordination
web-language = Sprache
web-signup-title = Dem Netzwerk beitreten: { -network-name } ({ $network_acronym })
web-signup-intro = Füllen Sie dieses Formular aus, um dem Netzwerk beizutreten. Danach laden Sie Ihre Absichtserklärung herunter, ausgefüllt mit Ihren Angaben, um sie zu unterschreiben und zurückzusenden.
web-assistance-title = Anfrage nach Hilfe und Unterstützung – { $network_acronym }-Mitglieder
web-assistance-intro = Beschreiben Sie den Bedarf Ihrer Organisation, damit die { $network_acronym }-Partner die passende Hilfe und Unterstützung für die Innovationsbeschaffung anbieten können.
web-section-organisation = Ihre Organisation
web-section-contact = Kontaktperson
web-section-signatory = Unterzeichnende Person
web-section-tasks = Aufgaben, an denen Sie mitwirken würden
web-section-request = Ihre Anfrage
web-field-name = Name der Organisation
web-field-short-name = Kurzname oder Abkürzung
web-field-type = Art der Organisation
web-field-country = Land
web-field-street = Straße und Hausnummer
web-field-postcode = Postleitzahl
web-field-city = Ort
web-field-website = Website
web-field-person = Name
web-field-role = Funktion
web-field-email = E-Mail
web-field-phone = Telefon
web-field-title = Position
web-field-language = Sprache der Dokumente
web-field-experience = Bisherige Erfahrung mit Innovationsbeschaffung
web-field-assistance = Gewünschte Hilfe und Unterstützung
web-field-timeline = Zeitplan
web-field-additional = Weitere Informationen (zum Beispiel ermittelter Bildungsbedarf, der in die Nachfragestrategie aufgenommen werden sollte)
web-choose = – bitte wählen –
web-required = Pflichtfeld
web-submit-signup = Absenden und Schreiben erhalten
web-submit-assistance = Anfrage absenden
web-errors-intro = Bitte korrigieren Sie die unten markierten Felder; Ihre Eingaben bleiben erhalten.
web-error-required = Dieses Feld ist erforderlich.
web-error-too-long = Bitte höchstens { $max } Zeichen.
web-error-email = Das ist keine gültige E-Mail-Adresse.
web-error-country = Wählen Sie ein Land aus der Liste.
web-error-url = Das ist keine Webadresse (zum Beispiel https://www.example.eu).
web-error-language = Wählen Sie eine Sprache aus der Liste.
web-error-choice = Wählen Sie unter den angezeigten Möglichkeiten.
web-error-control = Der Text enthält ein unsichtbares Steuerzeichen; bitte geben Sie ihn neu ein.
web-done-title = Vielen Dank!
web-done-signup = Wir haben die Anmeldung von { $organisation } erhalten. Laden Sie die Absichtserklärung herunter, lassen Sie sie unterschreiben und senden Sie sie an { $contact } ({ $email }).
web-done-assistance = Wir haben die Anfrage von { $organisation } erhalten. Die { $network_acronym }-Partner melden sich bei Ihnen. Hier ist Ihr Formular für Ihre Unterlagen.
web-done-email = Eine Bestätigung wurde an { $email } gesendet.
web-download-docx = Herunterladen (Word)
web-download-pdf = Herunterladen (PDF)
web-contacts-title = Nationale Kontaktstellen
web-contacts-intro = Fragen Sie die Kontaktstelle Ihres Landes nach Innovationsbeschaffung und dem Netzwerk.
web-contacts-none = Es wurden noch keine Kontaktstellen veröffentlicht.
web-error-title = Leider
web-error-400 = Das Formular war abgelaufen oder kam nicht von dieser Website. Bitte laden Sie die Seite neu und senden Sie es noch einmal.
web-error-404 = Diese Seite gibt es nicht.
web-error-413 = Die gesendeten Daten sind zu groß. Bitte kürzen Sie die Texte und senden Sie erneut.
web-error-429 = Zu viele Anfragen von Ihrer Adresse. Bitte warten Sie eine Minute und versuchen Sie es erneut.
web-error-500 = Bei uns ist ein Fehler aufgetreten. Bitte versuchen Sie es später erneut.

## desk

desk-nav-submissions = Eingänge
desk-nav-members = Mitglieder und Kennzahlen
desk-nav-contacts = Kontaktstellen
desk-nav-public = Öffentliche Seiten
desk-log-out = { $user } abmelden
desk-login-title = Anmeldung für die Koordination
desk-login-failed = Falscher Benutzername oder falsches Passwort.
desk-username = Benutzername
desk-password = Passwort
desk-log-in = Anmelden
desk-all = alle
desk-pending = offen
desk-accepted = angenommen
desk-rejected = abgelehnt
desk-member = Anmeldung
desk-assistance = Unterstützungsanfrage
desk-received = Eingegangen
desk-kind = Art
desk-status = Stand
desk-reviewed-by = Geprüft von
desk-none = Hier gibt es keine Eingänge.
desk-received-in = Eingegangen am { $date }, Dokumente auf { $lang }, Version { $version }.
desk-document = Das Dokument (Word)
desk-conflict = Jemand anderes hat diesen Eingang geändert, seit Sie ihn geöffnet haben. Das Formular zeigt jetzt die gespeicherte Fassung; nehmen Sie Ihre Änderung erneut vor.
desk-save = Änderungen speichern
desk-accept = Annehmen
desk-reject = Ablehnen
desk-covered = Abgedeckte EU-Mitgliedstaaten (kritische Masse: { $target })
desk-members = Mitglieder
desk-procurers = Auftraggeber
desk-others = Andere Follower
desk-export = Exportieren
desk-recipients-xlsx = Empfängerliste (.xlsx)
desk-recipients-csv = Empfängerliste (.csv)
desk-member-files = Organisationsdateien (.zip)
desk-kpi-table = Kennzahlentabelle (.xlsx)
desk-legend = Mitglieder; umrandet: ein Partner wirbt dort an. Kartendaten: Natural Earth.
desk-map = Mitglieder nach Land
desk-per-partner = Nach verantwortlichem Partner
desk-partner = Verantwortlicher Partner
desk-member-states = Mitgliedstaaten
desk-states-covered = Abgedeckt
desk-by-country = Nach Land
desk-accepted-members = Angenommene Mitglieder
desk-remove = Entfernen
desk-add-contact = Kontaktstelle hinzufügen
desk-add = Hinzufügen

## consolidated

consolidated-title = Konsolidierter Bericht über die Beteiligung an { $network_acronym }
consolidated-intro = Die Berichte der Partner über ihre Arbeit zur Erweiterung von { $network_acronym } (Anhang 7.1), konsolidiert von { $report_to } am { $date }. Eingegangene Berichte: { $received }, von { $reporting } der { $partners } Partner, für { $periods }. Es zählt jeweils der letzte Bericht eines Partners; der vorherige zeigt den Fortschritt.
consolidated-kpi-heading = Leistungskennzahlen
consolidated-kpi-covered = Abgedeckte EU-Mitgliedstaaten: { $covered } von der kritischen Masse von { $target }
consolidated-kpi-reached = Die kritische Masse von { $target } Mitgliedstaaten ist erreicht.
consolidated-kpi-missing = Bis zur kritischen Masse noch benötigte Mitgliedstaaten: { $missing }
consolidated-kpi-members = Mitglieder von { $network_acronym } mit Beitrittszusage (Absichtserklärung unterzeichnet): { $committed }; kontaktiert, noch ohne Zusage: { $contacted }
consolidated-kpi-progress = Fortschritt, abgedeckte EU-Mitgliedstaaten zu jedem Berichtstermin: { $progress }
consolidated-chart-coverage = EU-Mitgliedstaaten mit einem Mitglied mit Beitrittszusage zu jedem Berichtstermin, gemessen an der kritischen Masse von { $target } (gestrichelte Linie)
consolidated-chart-members = Mitglieder von { $network_acronym } je Mitgliedstaat: mit Zusage und kontaktiert
consolidated-axis-deadline = Berichtstermin
consolidated-axis-states = Abgedeckte EU-Mitgliedstaaten
consolidated-axis-members = Mitglieder
consolidated-target = Kritische Masse: { $target }
consolidated-states-heading = Mitgliedstaaten und verantwortliche Partner
consolidated-committed-short = Mit Zusage
consolidated-contacted = Kontaktiert
consolidated-total = Alle Mitgliedstaaten
consolidated-eea = EWR-Land
consolidated-eea-note = Nur EU-Mitgliedstaaten zählen zur kritischen Masse; ein EWR-Land wird mit seinen Mitgliedern gezeigt, aber nicht mitgezählt.
consolidated-partners-heading = Mitglieder je Partner und Fortschritt
consolidated-partners-intro = Mitglieder mit Zusage und abgedeckte Mitgliedstaaten laut dem letzten Bericht jedes Partners; hat ein Partner schon früher berichtet, steht die frühere Zahl zuerst (früher → zuletzt).
consolidated-member-states = Mitgliedstaaten
consolidated-latest = Letzter Bericht
consolidated-covered = Abgedeckte Mitgliedstaaten
consolidated-no-report = kein Bericht
consolidated-status-contacted = kontaktiert
consolidated-status-loi-signed = Absichtserklärung unterzeichnet
consolidated-no-additional = Kein Partner hat weitere Mitglieder gemeldet.
consolidated-missing-heading = Partner ohne Bericht

## reminder

reminder-subject = Erinnerung: { $subject }
reminder-body =
    { email-greeting }

    am { $sent } haben wir Ihnen die Nachricht „{ $subject }“ mit { $document } im Anhang gesendet. Wir haben das Dokument noch nicht zurückerhalten; es ist hier erneut angehängt. Bitte unterzeichnen Sie es und senden Sie es an { $return_contact } ({ $return_email }) zurück. Falls Sie es bereits gesendet haben, vielen Dank; diese Erinnerung ist dann gegenstandslos.

    Mit freundlichen Grüßen

    { $sender }
