# Static text of the built-in network documents, in Swedish (svenska).
# Same messages and { $variables } as en.ftl; formal register of a letter to a public authority.
# EU terms: bidragsavtal (grant agreement), innovationsupphandling, förkommersiell
# upphandling (PCP), offentlig upphandling av innovativa lösningar (PPI).

## common

common-page = Sida
common-of = av
common-draft-generated = Skapad med leadocs
common-date-place = Datum och ort
common-place-date = { $place } den { $date }
common-date = { $date }
common-name = Namn
common-title = Befattning
common-signature = Underskrift
common-seal = Organisationens stämpel
common-signatory-line = behörig företrädares underskrift
common-funding-line = Projektet { $project } (bidragsavtal nr { $grant_agreement }) finansieras inom { $programme }. Finansiär: { $funder }.
common-to-complete = [att fyllas i]

## loi

loi-title = Avsiktsförklaring – { -network-name } ({ $network_acronym })
loi-keyword = avsiktsförklaring
loi-non-binding = Observera att detta dokument inte är juridiskt bindande.
loi-undersigned = Undertecknad bekräftar härmed, på uppdrag av min organisation, { $organisation }, vårt intresse för ovannämnda projekt och vår avsikt att ansluta oss till följande nätverk: { $network_description }. Vi önskar hållas informerade om och bidra till utvecklingen av projektet och nätverkets verksamhet.
loi-default-description = { -network-name }
loi-why = VARFÖR?
loi-how = HUR?
loi-what = VAD?
loi-tasks-intro = Mot denna bakgrund ser vi att { $organisation } kan komma att medverka i följande uppgifter:
loi-tasks-hint = (☒ = vald uppgift)
loi-return = Den undertecknade avsiktsförklaringen skickas till { $contact } ({ $email }).

## assistance

assistance-title = Begäran om stöd och rådgivning – medlemmar i nätverket { $network_acronym }
assistance-keyword = begäran om stöd
assistance-intro = Vi ber er beskriva er organisations behov, så att partnerna i { $network_acronym } kan erbjuda rätt stöd och rådgivning inom innovationsupphandling.
assistance-purpose-intro = Detta formulär:
assistance-organisation = Organisationens namn
assistance-type = Typ av organisation
assistance-country = Land
assistance-address = Adress
assistance-website = Webbplats
assistance-contact = Kontaktperson
assistance-experience = Tidigare erfarenhet av innovationsupphandling
assistance-assistance = Efterfrågat stöd och rådgivning
assistance-timeline = Tidsplan
assistance-additional = Övrig information (till exempel identifierade utbildningsbehov som bör ingå i efterfrågepolicyn)
assistance-return = Det ifyllda formuläret skickas till { $contact } ({ $email }).

## benefits

benefits-title = Fördelar med medlemskap i { $network_acronym } och förväntade insatser
benefits-keyword = förmåner
benefits-table-heading = Fördelar med medlemskap i { $network_acronym }
benefits-contribution-heading = Förväntade insatser från medlemmarna

## types

types-procurer = Upphandlande organisation
types-school = Skola
types-supplier = Leverantör
types-learntech-expert = Expert på lärteknik

## report

report-title = Rapport om deltagandet i { $network_acronym }
report-keyword = partnerrapport
report-partner = Partner
report-deadlines = Lämnas till { $report_to } senast:
report-number = Nr
report-member-state = Medlemsstat
report-responsible = Ansvarig partner
report-committed = Medlem i { $network_acronym } som identifierats och anslutit sig
report-additional-heading = Ytterligare medlemmar i { $network_acronym } som identifierats och anslutit sig
report-additional-member = Organisation
report-additional-country = Land
report-additional-status = Status (kontaktad / avsiktsförklaring undertecknad)
report-description-heading = Beskrivning av arbetet med att utvidga { $network_acronym }
report-description-hint = Kort beskrivning av det arbete som er organisation har utfört för att attrahera nya medlemmar.
report-challenges-heading = Utmaningar som identifierats under arbetet
report-challenges-hint = Beskriv i förekommande fall dessa utmaningar och hur de skulle kunna undvikas i framtiden.
report-no-member-states = Inga medlemsstater har tilldelats denna partner; redovisa ytterligare medlemmar nedan.

## email

email-loi-subject = { $organisation }: avsiktsförklaring om anslutning till { $network_acronym }
email-loi-body =
    { email-greeting }

    Bifogat finns avsiktsförklaringen för { $organisation } om anslutning till { -network-name } ({ $network_acronym }). Den är förifylld med de uppgifter ni har valt. Vänligen kontrollera den, låt { $signatory } underteckna den och skicka den därefter till { $return_contact } ({ $return_email }).

    Med vänliga hälsningar

    { $sender }
email-assistance-subject = { $organisation }: begäran om stöd och rådgivning från { $network_acronym }
email-assistance-body =
    { email-greeting }

    Bifogat finns formuläret för begäran om stöd och rådgivning för { $organisation }, förifyllt med de uppgifter vi har. Vänligen komplettera det och skicka det till { $return_contact } ({ $return_email }).

    Med vänliga hälsningar

    { $sender }
email-greeting = Bästa { $contact },

## notice_sheet

notice-sheet-title = Datablad för { $notice }
notice-sheet-intro = eForms-meddelandets undertyp { $subtype }, SDK { $sdk }. Affärstermerna så som de kommer att publiceras; namnen är eForms SDK:s.
notice-sheet-term = Begrepp
notice-sheet-name = Namn
notice-sheet-value = Värde
notice-sheet-missing = Saknade uppgifter
notice-sheet-missing-line = { $term } { $label }: saknas; ange { $key }
notice-sheet-pin = förhandsmeddelandet
notice-sheet-pmc = meddelandet om marknadsdialog
notice-sheet-cn = meddelandet om upphandling
notice-sheet-can = meddelandet om tilldelning av kontrakt

## web

web-nav-signup = Gå med i nätverket
web-nav-assistance = Be om stöd
web-nav-contacts = Nationella kontaktpunkter
web-nav-coordinator = Samordnare
web-language = Språk
web-signup-title = Gå med i nätverket: { -network-name } ({ $network_acronym })
web-signup-intro = Fyll i formuläret för att gå med i nätverket. Sedan laddar du ner din avsiktsförklaring, ifylld med det du skrivit, för att skriva under och skicka tillbaka.
web-assistance-title = Begäran om hjälp och stöd – { $network_acronym }-medlemmar
web-assistance-intro = Beskriv din organisations behov så att { $network_acronym }-partnerna kan erbjuda rätt hjälp och stöd för innovationsupphandling.
web-section-organisation = Din organisation
web-section-contact = Kontaktperson
web-section-signatory = Undertecknare
web-section-tasks = Uppgifter ni vill delta i
web-section-request = Er begäran
web-field-name = Organisationens namn
web-field-short-name = Kortnamn eller förkortning
web-field-type = Typ av organisation
web-field-country = Land
web-field-street = Gatuadress
web-field-postcode = Postnummer
web-field-city = Ort
web-field-website = Webbplats
web-field-person = Namn
web-field-role = Roll
web-field-email = E-post
web-field-phone = Telefon
web-field-title = Titel
web-field-language = Dokumentens språk
web-field-experience = Tidigare erfarenhet av innovationsupphandling
web-field-assistance = Önskad hjälp och stöd
web-field-timeline = Tidplan
web-field-additional = Övrig information (till exempel identifierade utbildningsbehov som bör ingå i efterfrågepolicyn)
web-choose = – välj –
web-required = obligatoriskt
web-submit-signup = Skicka och hämta mitt brev
web-submit-assistance = Skicka min begäran
web-errors-intro = Rätta fälten som är markerade nedan; det du skrivit finns kvar.
web-error-required = Fältet är obligatoriskt.
web-error-too-long = Använd högst { $max } tecken.
web-error-email = Det här är inte en giltig e-postadress.
web-error-country = Välj ett land i listan.
web-error-url = Det här är inte en webbadress (till exempel https://www.example.eu).
web-error-language = Välj ett språk i listan.
web-error-choice = Välj bland alternativen som visas.
web-error-control = Texten innehåller ett osynligt styrtecken; skriv den igen.
web-done-title = Tack!
web-done-signup = Vi har tagit emot anmälan från { $organisation }. Ladda ner avsiktsförklaringen, låt den skrivas under och skicka den till { $contact } ({ $email }).
web-done-assistance = Vi har tagit emot begäran från { $organisation }. { $network_acronym }-partnerna kontaktar er. Här är ert formulär att spara.
web-done-email = En bekräftelse har skickats till { $email }.
web-download-docx = Ladda ner (Word)
web-download-pdf = Ladda ner (PDF)
web-contacts-title = Nationella kontaktpunkter
web-contacts-intro = Fråga kontaktpunkten i ditt land om innovationsupphandling och nätverket.
web-contacts-none = Inga kontaktpunkter har publicerats ännu.
web-error-title = Tyvärr
web-error-400 = Formuläret hade gått ut eller kom inte från den här webbplatsen. Ladda sidan igen och skicka en gång till.
web-error-404 = Sidan finns inte.
web-error-413 = Det som skickades är för stort. Korta texterna och skicka igen.
web-error-429 = För många förfrågningar från din adress. Vänta en minut och försök igen.
web-error-500 = Något gick fel hos oss. Försök igen senare.

## desk

desk-nav-submissions = Inskickat
desk-nav-members = Medlemmar och nyckeltal
desk-nav-contacts = Kontaktpunkter
desk-nav-public = Den öppna webbplatsen
desk-log-out = Logga ut { $user }
desk-login-title = Inloggning för samordnare
desk-login-failed = Fel användarnamn eller lösenord.
desk-username = Användarnamn
desk-password = Lösenord
desk-log-in = Logga in
desk-all = alla
desk-pending = väntar
desk-accepted = godkänd
desk-rejected = avslagen
desk-member = anmälan
desk-assistance = begäran om stöd
desk-received = Mottagen
desk-kind = Typ
desk-status = Läge
desk-reviewed-by = Granskad av
desk-none = Inget inskickat här.
desk-received-in = Mottagen { $date }, dokument på { $lang }, version { $version }.
desk-document = Dokumentet (Word)
desk-conflict = Någon annan har ändrat det här sedan du öppnade det. Formuläret visar nu den sparade versionen; gör din ändring igen.
desk-save = Spara ändringar
desk-accept = Godkänn
desk-reject = Avslå
desk-covered = EU-medlemsstater som täcks (kritisk massa: { $target })
desk-members = Medlemmar
desk-procurers = Upphandlare
desk-others = Övriga följare
desk-export = Exportera
desk-recipients-xlsx = mottagarlista (.xlsx)
desk-recipients-csv = mottagarlista (.csv)
desk-member-files = organisationsfiler (.zip)
desk-kpi-table = nyckeltalstabell (.xlsx)
desk-legend = medlemmar; med kant: en partner rekryterar där. Kartdata: Natural Earth.
desk-map = Medlemmar per land
desk-per-partner = Per ansvarig partner
desk-partner = Ansvarig partner
desk-member-states = Medlemsstater
desk-states-covered = Täckta
desk-by-country = Per land
desk-accepted-members = Godkända medlemmar
desk-remove = Ta bort
desk-add-contact = Lägg till en kontaktpunkt
desk-add = Lägg till

## consolidated

consolidated-title = Sammanställd rapport om deltagandet i { $network_acronym }
consolidated-intro = Partnernas rapporter om arbetet med att utvidga { $network_acronym } (bilaga 7.1), sammanställda av { $report_to } den { $date }. Inkomna rapporter: { $received }, från { $reporting } av { $partners } partner, för { $periods }. Varje partners senaste rapport räknas; den föregående visar utvecklingen.
consolidated-kpi-heading = Nyckeltal
consolidated-kpi-covered = EU-medlemsstater som täcks: { $covered } av den kritiska massan på { $target }
consolidated-kpi-reached = Den kritiska massan på { $target } medlemsstater är nådd.
consolidated-kpi-missing = Medlemsstater som fortfarande behövs för att nå den kritiska massan: { $missing }
consolidated-kpi-members = Medlemmar i { $network_acronym } som anslutit sig (avsiktsförklaring undertecknad): { $committed }; kontaktade men ännu inte anslutna: { $contacted }
consolidated-kpi-progress = Utveckling, EU-medlemsstater som täcks vid varje rapporteringstidpunkt: { $progress }
consolidated-chart-coverage = EU-medlemsstater med en ansluten medlem vid varje rapporteringstidpunkt, jämfört med den kritiska massan på { $target } (streckad linje)
consolidated-chart-members = Medlemmar i { $network_acronym } per medlemsstat: anslutna och kontaktade
consolidated-axis-deadline = Rapporteringstidpunkt
consolidated-axis-states = EU-medlemsstater som täcks
consolidated-axis-members = Medlemmar
consolidated-target = Kritisk massa: { $target }
consolidated-states-heading = Medlemsstater och ansvariga partner
consolidated-committed-short = Anslutna
consolidated-contacted = Kontaktade
consolidated-total = Alla medlemsstater
consolidated-eea = EES-land
consolidated-eea-note = Endast EU:s medlemsstater räknas mot den kritiska massan; ett EES-land visas med sina medlemmar men räknas inte.
consolidated-partners-heading = Medlemmar per partner och utveckling
consolidated-partners-intro = Anslutna medlemmar och medlemsstater som täcks enligt varje partners senaste rapport; har partnern rapporterat tidigare står den tidigare siffran först (tidigare → senaste).
consolidated-member-states = Medlemsstater
consolidated-latest = Senaste rapport
consolidated-covered = Medlemsstater som täcks
consolidated-no-report = ingen rapport
consolidated-status-contacted = kontaktad
consolidated-status-loi-signed = avsiktsförklaring undertecknad
consolidated-no-additional = Ingen partner har rapporterat ytterligare medlemmar.
consolidated-missing-heading = Partner utan rapport

## reminder

reminder-subject = Påminnelse: { $subject }
reminder-body =
    { email-greeting }

    Den { $sent } skickade vi meddelandet ”{ $subject }” med { $document } bifogat. Vi har ännu inte fått tillbaka dokumentet; det bifogas här igen. Vänligen underteckna det och skicka det till { $return_contact } ({ $return_email }). Om du redan har skickat det tackar vi och ber dig bortse från denna påminnelse.

    Med vänliga hälsningar

    { $sender }
