# Static text of the built-in network documents, in Danish (dansk).
# -network-name forms: none (Danish names do not inflect; the name carries its own article).
# Same messages and { $variables } as en.ftl; formal register of a letter to a public authority
# (the organisation is addressed as "I/jeres", the web forms address the reader as "du").
# Names are not inflected in Danish; placeholders stand after a noun ("organisationen X"),
# after a colon or as a subject, never right after "netværk". The e-mail greeting is "Kære"
# with the full name, whatever the form of address (Danish uses no Fru/Hr. there).
# EU terms: tilskudsaftale (grant agreement), ordregivende myndighed (contracting authority),
# innovative offentlige indkøb (innovation procurement), prækommercielle indkøb (PCP),
# offentlige indkøb af innovative løsninger (PPI); Horisont 2020, Europa-Kommissionen.

## common

common-page = Side
common-of = af
common-draft-generated = Udarbejdet med leadocs
common-date-place = Dato og sted
common-name = Navn
common-title = Stilling
common-signature = Underskrift
common-seal = Organisationens stempel
common-signatory-line = Underskrift af organisationens bemyndigede repræsentant
common-place-date = { $place }, den { $date }
common-date = { $date }
common-funding-line = Projektet { $project } (tilskudsaftale nr. { $grant_agreement }) finansieres under { $programme }. Tilskudsyder: { $funder }.
common-to-complete = [udfyldes]

## loi

loi-title = Hensigtserklæring – { -network-name } ({ $network_acronym })
loi-non-binding = Det bemærkes, at dette dokument ikke er juridisk bindende.
loi-undersigned = Undertegnede bekræfter hermed på vegne af min organisation, { $organisation }, vores interesse i ovennævnte projekt og vores hensigt om at tilslutte os følgende netværk: { $network_description }. Vi ønsker at holdes orienteret om og bidrage til projektets fremdrift og netværkets aktiviteter.
loi-default-description = { -network-name }
loi-why = HVORFOR?
loi-how = HVORDAN?
loi-what = HVAD?
loi-tasks-intro = På dette grundlag ser vi mulighed for, at { $organisation } kan deltage i følgende opgaver:
loi-tasks-hint = (☒ = valgt opgave)
loi-return = Den underskrevne erklæring bedes returneret til: { $contact } ({ $email }).
loi-keyword = hensigtserklæring

## assistance

assistance-title = Anmodning om bistand og støtte – medlemmer af { $network_acronym }
assistance-intro = Vi beder jer beskrive jeres organisations behov, så partnerne i { $network_acronym } kan tilbyde den rette bistand og støtte til innovative offentlige indkøb.
assistance-purpose-intro = Denne formular:
assistance-organisation = Organisationens navn
assistance-type = Organisationstype
assistance-country = Land
assistance-address = Adresse
assistance-website = Websted
assistance-contact = Kontaktperson
assistance-experience = Tidligere erfaring med innovative offentlige indkøb
assistance-assistance = Ønsket bistand og støtte
assistance-timeline = Tidsplan
assistance-additional = Yderligere oplysninger (f.eks. konstaterede uddannelsesbehov, som bør indgå i efterspørgselspolitikken)
assistance-return = Den udfyldte formular bedes returneret til: { $contact } ({ $email }).
assistance-keyword = anmodning om bistand

## benefits

benefits-title = Fordele ved medlemskab af { $network_acronym } og forventet bidrag
benefits-table-heading = Fordele ved medlemskab af { $network_acronym }
benefits-contribution-heading = Medlemmernes forventede bidrag
benefits-keyword = fordele

## types

types-procurer = Ordregivende myndighed
types-school = Skole
types-supplier = Leverandør
types-learntech-expert = Ekspert i læringsteknologi

## report

report-title = Rapport om deltagelse i { $network_acronym }
report-partner = Partner
report-deadlines = Afleveres til { $report_to } senest:
report-number = Nr.
report-member-state = Medlemsstat
report-responsible = Ansvarlig partner
report-committed = Identificeret medlem af { $network_acronym }, der har givet tilsagn
report-additional-heading = Yderligere identificerede medlemmer af { $network_acronym }, der har givet tilsagn
report-additional-member = Organisation
report-additional-country = Land
report-additional-status = Status (kontaktet / hensigtserklæring underskrevet)
report-description-heading = Beskrivelse af arbejdet med at udvide { $network_acronym }
report-description-hint = Kort beskrivelse af det arbejde, jeres organisation har udført for at tiltrække nye medlemmer.
report-challenges-heading = Udfordringer i processen
report-challenges-hint = Beskriv eventuelle udfordringer, og hvordan de kan undgås fremover.
report-no-member-states = Der er ikke tildelt denne partner nogen medlemsstater; yderligere medlemmer anføres nedenfor.
report-keyword = partnerrapport

## email

email-greeting = Kære { $contact },

email-loi-subject = { $organisation }: hensigtserklæring om tilslutning til { $network_acronym }
email-loi-body =
    { email-greeting }

    Vedhæftet følger hensigtserklæringen fra organisationen { $organisation } om tilslutning til { -network-name } ({ $network_acronym }). Den er udfyldt på forhånd med de opgaver, I har valgt. Vi beder jer kontrollere den, få den underskrevet af { $signatory } og returnere den til: { $return_contact } ({ $return_email }).

    Med venlig hilsen

    { $sender }
email-assistance-subject = { $organisation }: anmodning om bistand og støtte fra { $network_acronym }
email-assistance-body =
    { email-greeting }

    Vedhæftet følger formularen til anmodning om bistand og støtte for organisationen { $organisation }, udfyldt på forhånd med de oplysninger, vi har. Vi beder jer udfylde den og returnere den til: { $return_contact } ({ $return_email }).

    Med venlig hilsen

    { $sender }

## notice_sheet

notice-sheet-title = Datablad: { $notice }
notice-sheet-intro = eForms-bekendtgørelsens undertype { $subtype }, SDK { $sdk }. Forretningsbegreberne, som de vil blive offentliggjort; navnene er eForms SDK's.
notice-sheet-term = Begreb
notice-sheet-name = Navn
notice-sheet-value = Værdi
notice-sheet-missing = Manglende værdier
notice-sheet-missing-line = { $term } { $label }: mangler; angiv { $key }
notice-sheet-pin = forhåndsmeddelelse
notice-sheet-pmc = bekendtgørelse om markedsundersøgelse
notice-sheet-cn = udbudsbekendtgørelse
notice-sheet-can = bekendtgørelse om indgåede kontrakter

## web

web-nav-signup = Tilslut dig netværket
web-nav-assistance = Anmod om bistand
web-nav-contacts = Nationale kontaktpunkter
web-nav-coordinator = Koordinatorer
web-language = Sprog
web-signup-title = Tilslut dig { -network-name } ({ $network_acronym })
web-signup-intro = Udfyld denne formular for at tilslutte dig netværket. Derefter kan du downloade din hensigtserklæring, udfyldt med dine oplysninger, til underskrift og returnering.
web-assistance-title = Anmodning om bistand og støtte – medlemmer af { $network_acronym }
web-assistance-intro = Beskriv din organisations behov, så partnerne i { $network_acronym } kan tilbyde den rette bistand og støtte til innovative offentlige indkøb.
web-section-organisation = Din organisation
web-section-contact = Kontaktperson
web-section-signatory = Underskriver
web-section-tasks = Opgaver, du vil deltage i
web-section-request = Din anmodning
web-field-name = Organisationens navn
web-field-short-name = Kort navn eller forkortelse
web-field-type = Organisationstype
web-field-country = Land
web-field-street = Vej og husnummer
web-field-postcode = Postnummer
web-field-city = By
web-field-website = Websted
web-field-person = Navn
web-field-role = Funktion
web-field-email = E-mail
web-field-phone = Telefon
web-field-title = Stilling
web-field-language = Dokumenternes sprog
web-field-experience = Tidligere erfaring med innovative offentlige indkøb
web-field-assistance = Ønsket bistand og støtte
web-field-timeline = Tidsplan
web-field-additional = Yderligere oplysninger (f.eks. konstaterede uddannelsesbehov, som bør indgå i efterspørgselspolitikken)
web-choose = – vælg –
web-required = skal udfyldes
web-submit-signup = Send og hent min erklæring
web-submit-assistance = Send min anmodning
web-errors-intro = Ret venligst de felter, der er markeret nedenfor; det, du har skrevet, er bevaret.
web-error-required = Dette felt skal udfyldes.
web-error-too-long = Brug højst { $max } tegn.
web-error-email = Dette er ikke en gyldig e-mailadresse.
web-error-country = Vælg et land på listen.
web-error-url = Dette er ikke en webadresse (f.eks. https://www.example.eu).
web-error-language = Vælg et sprog på listen.
web-error-choice = Vælg blandt de viste muligheder.
web-error-control = Teksten indeholder et usynligt kontroltegn; skriv den venligst igen.
web-done-title = Tak!
web-done-signup = Vi har modtaget tilmeldingen fra organisationen { $organisation }. Download hensigtserklæringen, få den underskrevet, og returnér den til { $contact } ({ $email }).
web-done-assistance = Vi har modtaget anmodningen fra organisationen { $organisation }. Partnerne i { $network_acronym } vil kontakte dig. Her er din anmodningsformular til opbevaring.
web-done-email = En bekræftelse er sendt til { $email }.
web-download-docx = Hent (Word)
web-download-pdf = Hent (PDF)
web-contacts-title = Nationale kontaktpunkter
web-contacts-intro = Spørg kontaktpunktet i dit land om innovative offentlige indkøb og netværket.
web-contacts-none = Der er endnu ikke offentliggjort nogen kontaktpunkter.
web-error-title = Beklager
web-error-400 = Formularen var udløbet eller kom ikke fra dette websted. Indlæs siden igen, og send formularen endnu en gang.
web-error-404 = Denne side findes ikke.
web-error-413 = Det indsendte er for stort. Afkort teksterne, og send igen.
web-error-429 = For mange anmodninger fra din adresse. Vent et minut, og prøv igen.
web-error-500 = Der opstod en fejl hos os. Prøv igen senere.

## desk

desk-nav-submissions = Indsendelser
desk-nav-members = Medlemmer og KPI
desk-nav-contacts = Kontaktpunkter
desk-nav-public = Offentligt websted
desk-log-out = Log ud ({ $user })
desk-login-title = Log ind som koordinator
desk-login-failed = Forkert brugernavn eller adgangskode.
desk-username = Brugernavn
desk-password = Adgangskode
desk-log-in = Log ind
desk-all = alle
desk-pending = afventer
desk-accepted = godkendt
desk-rejected = afvist
desk-member = tilmelding
desk-assistance = anmodning om bistand
desk-received = Modtaget
desk-kind = Type
desk-status = Status
desk-reviewed-by = Behandlet af
desk-none = Ingen indsendelser her.
desk-received-in = Modtaget { $date }, dokumenter på { $lang }, version { $version }.
desk-document = Dokumentet (Word)
desk-conflict = Denne indsendelse er blevet ændret af en anden, efter at du åbnede den. Formularen viser nu den gemte version; foretag din ændring igen.
desk-save = Gem ændringer
desk-accept = Godkend
desk-reject = Afvis
desk-covered = Dækkede EU-medlemsstater (kritisk masse: { $target })
desk-members = Medlemmer
desk-procurers = Ordregivende myndigheder
desk-others = Andre følgere
desk-export = Eksport
desk-recipients-xlsx = modtagerliste (.xlsx)
desk-recipients-csv = modtagerliste (.csv)
desk-member-files = organisationsfiler (.zip)
desk-kpi-table = KPI-tabel (.xlsx)
desk-legend = medlemmer; med omrids: en partner rekrutterer der. Kortdata: Natural Earth.
desk-map = Medlemmer pr. land
desk-per-partner = Pr. ansvarlig partner
desk-partner = Ansvarlig partner
desk-member-states = Medlemsstater
desk-states-covered = Dækket
desk-by-country = Pr. land
desk-accepted-members = Godkendte medlemmer
desk-remove = Fjern
desk-add-contact = Tilføj et kontaktpunkt
desk-add = Tilføj

## consolidated
consolidated-title = Samlet rapport om deltagelse i { $network_acronym }
consolidated-intro = Partnernes rapporter om arbejdet med at udvide { $network_acronym } (bilag 7.1), sammenfattet af { $report_to } den { $date }. Modtagne rapporter: { $received } fra { $reporting } af { $partners } partnere for perioderne: { $periods }. Hver partners seneste rapport er afgørende; den foregående rapport viser fremskridtet.
consolidated-kpi-heading = Centrale resultatindikatorer
consolidated-kpi-covered = Dækkede EU-medlemsstater: { $covered } af den kritiske masse på { $target }
consolidated-kpi-reached = Den kritiske masse på { $target } medlemsstater er nået.
consolidated-kpi-missing = Medlemsstater, der stadig mangler for at nå den kritiske masse: { $missing }
consolidated-kpi-members = Medlemmer af { $network_acronym }, der har givet tilsagn (hensigtserklæring underskrevet): { $committed }; kontaktet, men endnu uden tilsagn: { $contacted }
consolidated-kpi-progress = Fremskridt, dækkede EU-medlemsstater ved hver rapporteringsfrist: { $progress }
consolidated-chart-coverage = EU-medlemsstater med et medlem, der har givet tilsagn, ved hver rapporteringsfrist sammenholdt med den kritiske masse på { $target } (stiplet linje)
consolidated-chart-members = Medlemmer af { $network_acronym } pr. medlemsstat: med tilsagn og kontaktet
consolidated-axis-deadline = Rapporteringsfrist
consolidated-axis-states = Dækkede EU-medlemsstater
consolidated-axis-members = Medlemmer
consolidated-target = Kritisk masse: { $target }
consolidated-states-heading = Medlemsstater og ansvarlige partnere
consolidated-committed-short = Tilsagn givet
consolidated-contacted = Kontaktet
consolidated-total = Alle medlemsstater
consolidated-eea = EØS-land
consolidated-eea-note = Kun EU-medlemsstater tælles med i den kritiske masse; et EØS-land vises med sine medlemmer, men tælles ikke med.
consolidated-partners-heading = Medlemmer pr. partner og fremskridt
consolidated-partners-intro = Medlemmer med tilsagn og dækkede medlemsstater ifølge hver partners seneste rapport; hvis partneren har rapporteret tidligere, står det tidligere tal først (tidligere → seneste).
consolidated-member-states = Medlemsstater
consolidated-latest = Seneste rapport
consolidated-covered = Dækkede medlemsstater
consolidated-no-report = ingen rapport
consolidated-status-contacted = kontaktet
consolidated-status-loi-signed = hensigtserklæring underskrevet
consolidated-no-additional = Ingen partner har rapporteret yderligere medlemmer.
consolidated-missing-heading = Partnere uden rapport

## reminder
reminder-subject = Påmindelse: { $subject }
reminder-body =
    { email-greeting }

    Den { $sent } sendte vi jer meddelelsen »{ $subject }« med { $document } vedhæftet. Vi har endnu ikke modtaget dokumentet retur, og det er derfor vedhæftet igen. Vi beder jer underskrive det og returnere det til: { $return_contact } ({ $return_email }). Hvis I allerede har sendt det, takker vi jer og beder jer se bort fra denne påmindelse.

    Med venlig hilsen

    { $sender }
