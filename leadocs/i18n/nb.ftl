# Static text of the built-in network documents, in Norwegian Bokmål (norsk bokmål).
# Same messages and { $variables } as en.ftl; the plain formal register of Norwegian public
# administration (dere to an organisation). Placeholders follow a noun ("organisasjonen X",
# "nettverket X") or a colon. Quotation marks «…».
# EU/EEA terms: tilskuddsavtale (grant agreement), oppdragsgiver (contracting authority),
# innovative offentlige anskaffelser (innovation procurement), førkommersielle anskaffelser
# (PCP), offentlige anskaffelser av innovative løsninger (PPI).
# -network-name forms: none; Norwegian has no cases and the name stands as written.

## common

common-page = Side
common-of = av
common-draft-generated = Laget med leadocs
common-date-place = Dato og sted
common-place-date = { $place }, { $date }
common-date = { $date }
common-name = Navn
common-title = Stilling
common-signature = Underskrift
common-seal = Organisasjonens stempel
common-signatory-line = Underskrift av organisasjonens bemyndigede representant
common-funding-line = Prosjektet { $project } (tilskuddsavtale nr. { $grant_agreement }) finansieres gjennom { $programme }. Tilskuddsgiver: { $funder }.

## loi

loi-title = Intensjonsbrev – { -network-name } ({ $network_acronym })
loi-keyword = intensjonsbrev
loi-non-binding = Vi gjør oppmerksom på at dette dokumentet ikke er juridisk bindende.
loi-undersigned = Undertegnede bekrefter på vegne av min organisasjon, { $organisation }, vår interesse for prosjektet nevnt ovenfor og vår intensjon om å slutte oss til følgende nettverk: { $network_description }. Vi ønsker å holdes orientert om og bidra til fremdriften i prosjektet og nettverkets aktiviteter.
loi-default-description = { -network-name }
loi-why = HVORFOR?
loi-how = HVORDAN?
loi-what = HVA?
loi-tasks-intro = På dette grunnlaget ser vi mulig deltakelse for organisasjonen { $organisation } i følgende oppgaver:
loi-tasks-hint = (☒ = valgt oppgave)
loi-return = Det underskrevne brevet sendes til { $contact } ({ $email }).

## assistance

assistance-title = Forespørsel om bistand og støtte – medlemmer av { $network_acronym }
assistance-keyword = forespørsel om bistand og støtte
assistance-intro = Beskriv organisasjonens behov, slik at partnerne i { $network_acronym } kan tilby riktig bistand og støtte til innovative offentlige anskaffelser.
assistance-purpose-intro = Dette skjemaet:
assistance-organisation = Organisasjonens navn
assistance-type = Type organisasjon
assistance-country = Land
assistance-address = Adresse
assistance-website = Nettsted
assistance-contact = Kontaktperson
assistance-experience = Tidligere erfaring med innovative offentlige anskaffelser
assistance-assistance = Ønsket bistand og støtte
assistance-timeline = Tidsplan
assistance-additional = Tilleggsopplysninger (for eksempel identifiserte opplæringsbehov som bør tas med i etterspørselspolitikken)
assistance-return = Det utfylte skjemaet sendes til { $contact } ({ $email }).

## benefits

benefits-title = Fordeler ved medlemskap i { $network_acronym } og forventet bidrag
benefits-keyword = fordeler ved medlemskap
benefits-table-heading = Fordeler ved medlemskap i { $network_acronym }
benefits-contribution-heading = Forventet bidrag fra medlemmene

## types

types-procurer = Oppdragsgiver
types-school = Skole
types-supplier = Leverandør
types-learntech-expert = Ekspert på læringsteknologi

## report

report-title = Rapport om deltakelse i { $network_acronym }
report-keyword = partnerrapport
report-partner = Partner
report-deadlines = Leveres til { $report_to } innen:
report-number = Nr.
report-member-state = Medlemsstat
report-responsible = Ansvarlig partner
report-committed = Identifisert medlem av { $network_acronym } som har forpliktet seg
report-additional-heading = Andre identifiserte medlemmer av { $network_acronym } som har forpliktet seg
report-additional-member = Organisasjon
report-additional-country = Land
report-additional-status = Status (kontaktet / intensjonsbrev underskrevet)
report-description-heading = Beskrivelse av arbeidet som er gjort for å utvide { $network_acronym }
report-description-hint = Kort beskrivelse av arbeidet organisasjonen har gjort for å rekruttere nye medlemmer.
report-challenges-heading = Utfordringer som ble identifisert underveis
report-challenges-hint = Beskriv eventuelle utfordringer og hvordan de kan unngås i fremtiden.
report-no-member-states = Denne partneren har ikke fått tildelt noen medlemsstater; oppgi andre medlemmer nedenfor.

## email

email-loi-subject = { $organisation }: intensjonsbrev om å slutte seg til { $network_acronym }
email-loi-body =
    { email-greeting }

    Vedlagt følger intensjonsbrevet der organisasjonen { $organisation } uttrykker sin intensjon om å slutte seg til { -network-name } ({ $network_acronym }). Oppgavene dere har valgt, er allerede krysset av. Vi ber dere kontrollere brevet, sørge for at det underskrives (underskriver: { $signatory }), og sende det til { $return_contact } ({ $return_email }).

    Med vennlig hilsen

    { $sender }
email-assistance-subject = { $organisation }: forespørsel om bistand og støtte til { $network_acronym }
email-assistance-body =
    { email-greeting }

    Vedlagt følger skjemaet for forespørsel om bistand og støtte for organisasjonen { $organisation }, forhåndsutfylt med opplysningene vi har. Vi ber dere fylle ut skjemaet og sende det til { $return_contact } ({ $return_email }).

    Med vennlig hilsen

    { $sender }
# Norwegian has no gendered form of address in use (herr/fru are obsolete): one greeting.
email-greeting = God dag { $contact },

## notice_sheet

notice-sheet-title = Dataark: { $notice }
notice-sheet-intro = eForms-kunngjøringsundertype { $subtype }, SDK { $sdk }. Forretningsbegrepene slik de vil bli kunngjort; navnene er hentet fra eForms SDK.
notice-sheet-term = Begrep
notice-sheet-name = Navn
notice-sheet-value = Verdi
notice-sheet-missing = Manglende verdier
notice-sheet-missing-line = { $term } { $label }: mangler; angi { $key }
notice-sheet-pin = veiledende kunngjøring
notice-sheet-pmc = kunngjøring om markedsdialog
notice-sheet-cn = kunngjøring av konkurranse
notice-sheet-can = kunngjøring av kontraktstildeling

## web

web-nav-signup = Bli med i nettverket
web-nav-assistance = Be om bistand
web-nav-contacts = Nasjonale kontaktpunkter
web-nav-coordinator = Koordinatorer
web-language = Språk
web-signup-title = Bli med i { -network-name } ({ $network_acronym })
web-signup-intro = Fyll ut dette skjemaet for å bli med i nettverket. Deretter laster du ned intensjonsbrevet, utfylt med opplysningene du har oppgitt, for å underskrive og returnere det.
web-assistance-title = Forespørsel om bistand og støtte – medlemmer av { $network_acronym }
web-assistance-intro = Beskriv organisasjonens behov, slik at partnerne i { $network_acronym } kan tilby riktig bistand og støtte til innovative offentlige anskaffelser.
web-section-organisation = Organisasjonen
web-section-contact = Kontaktperson
web-section-signatory = Hvem som underskriver
web-section-tasks = Oppgaver dere vil delta i
web-section-request = Forespørselen
web-field-name = Organisasjonens navn
web-field-short-name = Kortnavn eller forkortelse
web-field-type = Type organisasjon
web-field-country = Land
web-field-street = Gateadresse
web-field-postcode = Postnummer
web-field-city = Poststed
web-field-website = Nettsted
web-field-person = Navn
web-field-role = Rolle
web-field-email = E-post
web-field-phone = Telefon
web-field-title = Stilling
web-field-language = Dokumentenes språk
web-field-experience = Tidligere erfaring med innovative offentlige anskaffelser
web-field-assistance = Ønsket bistand og støtte
web-field-timeline = Tidsplan
web-field-additional = Tilleggsopplysninger (for eksempel identifiserte opplæringsbehov som bør tas med i etterspørselspolitikken)
web-choose = – velg –
web-required = obligatorisk
web-submit-signup = Send og få brevet
web-submit-assistance = Send forespørselen
web-errors-intro = Rett opp feltene som er markert nedenfor; det du skrev, er tatt vare på.
web-error-required = Dette feltet må fylles ut.
web-error-too-long = Bruk høyst { $max } tegn.
web-error-email = Dette er ikke en gyldig e-postadresse.
web-error-country = Velg et land fra listen.
web-error-url = Dette er ikke en nettadresse (for eksempel https://www.example.eu).
web-error-language = Velg et språk fra listen.
web-error-choice = Velg blant alternativene som vises.
web-error-control = Teksten inneholder et usynlig kontrolltegn; skriv den inn på nytt.
web-done-title = Takk!
web-done-signup = Vi har mottatt påmeldingen fra organisasjonen { $organisation }. Last ned intensjonsbrevet, få det underskrevet og send det til { $contact } ({ $email }).
web-done-assistance = Vi har mottatt forespørselen fra organisasjonen { $organisation }. Partnerne i { $network_acronym } vil ta kontakt. Her er forespørselsskjemaet til oppbevaring.
web-done-email = En bekreftelse er sendt til { $email }.
web-download-docx = Last ned (Word)
web-download-pdf = Last ned (PDF)
web-contacts-title = Nasjonale kontaktpunkter
web-contacts-intro = Spør kontaktpunktet i ditt land om innovative offentlige anskaffelser og om nettverket.
web-contacts-none = Ingen kontaktpunkter er publisert ennå.
web-error-title = Beklager
web-error-400 = Skjemaet var utløpt eller kom ikke fra dette nettstedet. Last inn siden på nytt og send skjemaet en gang til.
web-error-404 = Denne siden finnes ikke.
web-error-413 = Det som ble sendt, er for stort. Forkort tekstene og send på nytt.
web-error-429 = For mange forespørsler fra adressen din. Vent et minutt og prøv igjen.
web-error-500 = Noe gikk galt hos oss. Prøv igjen senere.

## desk

desk-nav-submissions = Innsendinger
desk-nav-members = Medlemmer og KPI-er
desk-nav-contacts = Kontaktpunkter
desk-nav-public = Offentlig nettsted
desk-log-out = Logg ut ({ $user })
desk-login-title = Innlogging for koordinatorer
desk-login-failed = Feil brukernavn eller passord.
desk-username = Brukernavn
desk-password = Passord
desk-log-in = Logg inn
desk-all = alle
desk-pending = til behandling
desk-accepted = godkjent
desk-rejected = avvist
desk-member = påmelding
desk-assistance = forespørsel om bistand
desk-received = Mottatt
desk-kind = Type
desk-status = Status
desk-reviewed-by = Behandlet av
desk-none = Ingen innsendinger her.
desk-received-in = Mottatt { $date }, dokumenter på { $lang }, versjon { $version }.
desk-document = Dokumentet (Word)
desk-conflict = Noen andre har endret denne innsendingen etter at du åpnet den. Skjemaet viser nå den lagrede versjonen; gjør endringen på nytt.
desk-save = Lagre endringer
desk-accept = Godkjenn
desk-reject = Avvis
desk-covered = EU-medlemsstater som er dekket (kritisk masse: { $target })
desk-members = Medlemmer
desk-procurers = Oppdragsgivere
desk-others = Andre følgere
desk-export = Eksport
desk-recipients-xlsx = mottakerliste (.xlsx)
desk-recipients-csv = mottakerliste (.csv)
desk-member-files = organisasjonsfiler (.zip)
desk-kpi-table = KPI-tabell (.xlsx)
desk-legend = medlemmer; med omriss: en partner rekrutterer der. Kartdata: Natural Earth.
desk-map = Medlemmer etter land
desk-per-partner = Etter ansvarlig partner
desk-partner = Ansvarlig partner
desk-member-states = Medlemsstater
desk-states-covered = Dekket
desk-by-country = Etter land
desk-accepted-members = Godkjente medlemmer
desk-remove = Fjern
desk-add-contact = Legg til kontaktpunkt
desk-add = Legg til

common-to-complete = [fylles ut]

## consolidated
consolidated-title = Samlet rapport om deltakelse i { $network_acronym }
consolidated-intro = Partnernes rapporter om arbeidet med å utvide { $network_acronym } (vedlegg 7.1), sammenstilt { $date } av { $report_to }. Mottatte rapporter: { $received }, fra { $reporting } av { $partners } partnere, for periodene: { $periods }. Det er den siste rapporten fra hver partner som teller; rapporten før den viser framdriften.
consolidated-kpi-heading = Nøkkelindikatorer
consolidated-kpi-covered = EU-medlemsstater som er dekket: { $covered } av den kritiske massen på { $target }
consolidated-kpi-reached = Den kritiske massen på { $target } medlemsstater er nådd.
consolidated-kpi-missing = Medlemsstater som fortsatt mangler for å nå den kritiske massen: { $missing }
consolidated-kpi-members = Medlemmer av { $network_acronym } som har forpliktet seg (intensjonsbrev underskrevet): { $committed }; kontaktet, men ennå ikke forpliktet: { $contacted }
consolidated-kpi-progress = Framdrift, EU-medlemsstater som er dekket ved hver rapporteringsfrist: { $progress }
consolidated-chart-coverage = EU-medlemsstater med et medlem som har forpliktet seg, ved hver rapporteringsfrist, sammenholdt med den kritiske massen på { $target } (stiplet linje)
consolidated-chart-members = Medlemmer av { $network_acronym } per medlemsstat: forpliktet og kontaktet
consolidated-axis-deadline = Rapporteringsfrist
consolidated-axis-states = EU-medlemsstater som er dekket
consolidated-axis-members = Medlemmer
consolidated-target = Kritisk masse: { $target }
consolidated-states-heading = Medlemsstater og ansvarlige partnere
consolidated-committed-short = Forpliktet
consolidated-contacted = Kontaktet
consolidated-total = Alle medlemsstater
consolidated-eea = EØS-land
consolidated-eea-note = Bare EUs medlemsstater teller med i den kritiske massen; et EØS-land vises med sine medlemmer, men telles ikke med.
consolidated-partners-heading = Medlemmer per partner og framdrift
consolidated-partners-intro = Medlemmer som har forpliktet seg, og medlemsstater som er dekket, ifølge hver partners siste rapport; der partneren har rapportert tidligere, står det tidligere tallet først (tidligere → siste).
consolidated-member-states = Medlemsstater
consolidated-latest = Siste rapport
consolidated-covered = Medlemsstater som er dekket
consolidated-no-report = ingen rapport
consolidated-status-contacted = kontaktet
consolidated-status-loi-signed = intensjonsbrev underskrevet
consolidated-no-additional = Ingen partnere har rapportert andre medlemmer.
consolidated-missing-heading = Partnere uten rapport

## reminder
reminder-subject = Påminnelse: { $subject }
reminder-body =
    { email-greeting }

    Den { $sent } sendte vi dere meldingen «{ $subject }» med vedlegget { $document }. Vi har ennå ikke mottatt dokumentet i retur, og det følger derfor vedlagt på nytt. Vi ber dere underskrive det og sende det til { $return_contact } ({ $return_email }). Dersom dere allerede har sendt det, takker vi for det og ber dere se bort fra denne påminnelsen.

    Med vennlig hilsen

    { $sender }
