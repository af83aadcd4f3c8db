# Static text of the built-in network documents, in Dutch (Nederlands).
# Same messages and { $variables } as en.ftl; formal register (u) of an official letter.
# The network's name is the term -network-name; forms: def = with article ("het LEA-netwerk …").
# EU terms: subsidieovereenkomst (grant agreement), innovatiegericht inkopen,
# precommerciële inkoop (PCP), overheidsopdrachten voor innovatieve oplossingen (PPI).

## common

common-page = Pagina
common-of = van
common-draft-generated = Opgesteld met leadocs
common-date-place = Datum en plaats
common-place-date = { $place }, { $date }
common-date = { $date }
common-name = Naam
common-title = Functie
common-signature = Handtekening
common-seal = Stempel van de organisatie
common-signatory-line = handtekening van de bevoegde vertegenwoordiger
common-funding-line = Het project { $project } (subsidieovereenkomst nr. { $grant_agreement }) wordt gefinancierd in het kader van { $programme }. Financier: { $funder }.
common-to-complete = [in te vullen]

## loi

loi-title = Intentieverklaring – { -network-name } ({ $network_acronym })
loi-keyword = intentieverklaring
loi-non-binding = Wij wijzen erop dat dit document juridisch niet bindend is.
loi-undersigned = Ik, ondergetekende, bevestig namens mijn organisatie, { $organisation }, onze belangstelling voor het bovengenoemde project en ons voornemen om toe te treden tot het volgende netwerk: { $network_description }. Wij wensen op de hoogte te worden gehouden van de voortgang van het project en de activiteiten van het netwerk, en daaraan bij te dragen.
loi-default-description = { -network-name }
loi-why = WAAROM?
loi-how = HOE?
loi-what = WAT?
loi-tasks-intro = Op basis hiervan zien wij een mogelijke betrokkenheid van { $organisation } bij de volgende taken:
loi-tasks-hint = (☒ = geselecteerde taak)
loi-return = Gelieve de ondertekende verklaring terug te sturen naar { $contact } ({ $email }).

## assistance

assistance-title = Verzoek om ondersteuning en begeleiding – leden van het netwerk { $network_acronym }
assistance-keyword = verzoek om ondersteuning
assistance-intro = Wij verzoeken u de behoeften van uw organisatie te beschrijven, zodat de partners van { $network_acronym } de juiste ondersteuning en begeleiding kunnen bieden bij innovatiegericht inkopen.
assistance-purpose-intro = Dit formulier:
assistance-organisation = Naam van de organisatie
assistance-type = Soort organisatie
assistance-country = Land
assistance-address = Adres
assistance-website = Website
assistance-contact = Contactpersoon
assistance-experience = Eerdere ervaring met innovatiegericht inkopen
assistance-assistance = Gevraagde ondersteuning en begeleiding
assistance-timeline = Tijdpad
assistance-additional = Aanvullende informatie (bijvoorbeeld vastgestelde onderwijsbehoeften die in het vraagbeleid moeten worden opgenomen)
assistance-return = Gelieve het ingevulde formulier terug te sturen naar { $contact } ({ $email }).

## benefits

benefits-title = Voordelen van het lidmaatschap van { $network_acronym } en verwachte bijdrage
benefits-keyword = voordelen
benefits-table-heading = Voordelen van het lidmaatschap van { $network_acronym }
benefits-contribution-heading = Verwachte bijdrage van de leden

## types

types-procurer = Aanbestedende dienst
types-school = Onderwijsinstelling
types-supplier = Leverancier
types-learntech-expert = Deskundige op het gebied van leertechnologie

## report

report-title = Verslag over de deelname aan { $network_acronym }
report-keyword = partnerrapport
report-partner = Partner
report-deadlines = In te dienen bij { $report_to } uiterlijk op:
report-number = Nr.
report-member-state = Lidstaat
report-responsible = Verantwoordelijke partner
report-committed = Geïdentificeerd lid van { $network_acronym } met toezegging
report-additional-heading = Aanvullende geïdentificeerde leden van { $network_acronym } met toezegging
report-additional-member = Organisatie
report-additional-country = Land
report-additional-status = Status (benaderd / intentieverklaring ondertekend)
report-description-heading = Beschrijving van de werkzaamheden om { $network_acronym } uit te breiden
report-description-hint = Korte beschrijving van de werkzaamheden die uw organisatie heeft verricht om nieuwe leden aan te trekken.
report-challenges-heading = Tijdens het proces vastgestelde knelpunten
report-challenges-hint = Beschrijf deze, indien van toepassing, en geef aan hoe ze in de toekomst kunnen worden voorkomen.
report-no-member-states = Aan deze partner zijn geen lidstaten toegewezen; vermeld aanvullende leden hieronder.

## email

email-loi-subject = { $organisation }: intentieverklaring voor toetreding tot het netwerk { $network_acronym }
email-loi-body =
    { email-greeting }

    Bijgaand ontvangt u de intentieverklaring van { $organisation } voor toetreding tot { -network-name.forms ->
            [inflected] { -network-name(case: "def") } ({ $network_acronym }).
           *[one] het volgende netwerk: { -network-name } ({ $network_acronym }).
        } Deze is vooraf ingevuld met de door u gekozen taken. Wij verzoeken u de verklaring te controleren, te laten ondertekenen door { $signatory } en terug te sturen naar { $return_contact } ({ $return_email }).

    Met vriendelijke groet,

    { $sender }
email-assistance-subject = { $organisation }: verzoek om ondersteuning en begeleiding aan het netwerk { $network_acronym }
email-assistance-body =
    { email-greeting }

    Bijgaand ontvangt u het formulier voor een verzoek om ondersteuning en begeleiding van { $organisation }, vooraf ingevuld met de gegevens waarover wij beschikken. Wij verzoeken u het formulier aan te vullen en terug te sturen naar { $return_contact } ({ $return_email }).

    Met vriendelijke groet,

    { $sender }
email-greeting =
    { $salutation ->
        [ms] Geachte mevrouw { $contact_family_name },
        [mr] Geachte heer { $contact_family_name },
       *[none] Geachte { $contact },
    }

## notice_sheet

notice-sheet-title = Gegevensblad: { $notice }
notice-sheet-intro = eForms-aankondigingssubtype { $subtype }, SDK { $sdk }. De begrippen zoals ze gepubliceerd worden; hun namen zijn die van de eForms-SDK.
notice-sheet-term = Begrip
notice-sheet-name = Naam
notice-sheet-value = Waarde
notice-sheet-missing = Ontbrekende gegevens
notice-sheet-missing-line = { $term } { $label }: ontbreekt; vul { $key } in
notice-sheet-pin = vooraankondiging
notice-sheet-pmc = aankondiging van marktconsultatie
notice-sheet-cn = aankondiging van een opdracht
notice-sheet-can = aankondiging van gegunde opdracht

## web

web-nav-signup = Word lid van het netwerk
web-nav-assistance = Vraag ondersteuning
web-nav-contacts = Nationale contactpunten
web-nav-coordinator = Coördinatoren
web-language = Taal
web-signup-title = Word lid van het netwerk: { -network-name } ({ $network_acronym })
web-signup-intro = Vul dit formulier in om lid te worden van het netwerk. Daarna downloadt u uw intentieverklaring, ingevuld met uw gegevens, om te ondertekenen en terug te sturen.
web-assistance-title = Verzoek om hulp en ondersteuning – leden van { $network_acronym }
web-assistance-intro = Beschrijf de behoeften van uw organisatie, zodat de partners van { $network_acronym } de juiste hulp en ondersteuning bij innovatiegericht inkopen kunnen bieden.
web-section-organisation = Uw organisatie
web-section-contact = Contactpersoon
web-section-signatory = Ondertekenaar
web-section-tasks = Taken waaraan u zou deelnemen
web-section-request = Uw verzoek
web-field-name = Naam van de organisatie
web-field-short-name = Korte naam of afkorting
web-field-type = Soort organisatie
web-field-country = Land
web-field-street = Straat en huisnummer
web-field-postcode = Postcode
web-field-city = Plaats
web-field-website = Website
web-field-person = Naam
web-field-role = Functie
web-field-email = E-mail
web-field-phone = Telefoon
web-field-title = Functietitel
web-field-language = Taal van de documenten
web-field-experience = Eerdere ervaring met innovatiegericht inkopen
web-field-assistance = Gevraagde hulp en ondersteuning
web-field-timeline = Tijdplan
web-field-additional = Aanvullende informatie (bijvoorbeeld vastgestelde onderwijsbehoeften die in het vraagbeleid moeten worden opgenomen)
web-choose = – kies –
web-required = verplicht
web-submit-signup = Verzenden en mijn brief ophalen
web-submit-assistance = Mijn verzoek verzenden
web-errors-intro = Verbeter de hieronder gemarkeerde velden; wat u hebt ingevuld is bewaard.
web-error-required = Dit veld is verplicht.
web-error-too-long = Gebruik hoogstens { $max } tekens.
web-error-email = Dit is geen geldig e-mailadres.
web-error-country = Kies een land uit de lijst.
web-error-url = Dit is geen webadres (bijvoorbeeld https://www.example.eu).
web-error-language = Kies een taal uit de lijst.
web-error-choice = Kies uit de getoonde mogelijkheden.
web-error-control = De tekst bevat een onzichtbaar stuurteken; typ hem opnieuw.
web-done-title = Dank u!
web-done-signup = We hebben de aanmelding van { $organisation } ontvangen. Download de intentieverklaring, laat deze ondertekenen en stuur hem naar { $contact } ({ $email }).
web-done-assistance = We hebben het verzoek van { $organisation } ontvangen. De partners van { $network_acronym } nemen contact met u op. Hier is uw formulier om te bewaren.
web-done-email = Er is een bevestiging verzonden naar { $email }.
web-download-docx = Downloaden (Word)
web-download-pdf = Downloaden (PDF)
web-contacts-title = Nationale contactpunten
web-contacts-intro = Vraag het contactpunt in uw land naar innovatiegericht inkopen en het netwerk.
web-contacts-none = Er zijn nog geen contactpunten gepubliceerd.
web-error-title = Helaas
web-error-400 = Het formulier was verlopen of kwam niet van deze site. Laad de pagina opnieuw en verzend het nog een keer.
web-error-404 = Deze pagina bestaat niet.
web-error-413 = Wat u verzond is te groot. Maak de teksten korter en verzend opnieuw.
web-error-429 = Te veel verzoeken vanaf uw adres. Wacht een minuut en probeer het opnieuw.
web-error-500 = Er ging bij ons iets mis. Probeer het later opnieuw.

## desk

desk-nav-submissions = Inzendingen
desk-nav-members = Leden en kengetallen
desk-nav-contacts = Contactpunten
desk-nav-public = Openbare site
desk-log-out = { $user } afmelden
desk-login-title = Aanmelden voor coördinatoren
desk-login-failed = Verkeerde gebruikersnaam of verkeerd wachtwoord.
desk-username = Gebruikersnaam
desk-password = Wachtwoord
desk-log-in = Aanmelden
desk-all = alle
desk-pending = in behandeling
desk-accepted = aanvaard
desk-rejected = afgewezen
desk-member = aanmelding
desk-assistance = verzoek om ondersteuning
desk-received = Ontvangen
desk-kind = Soort
desk-status = Stand
desk-reviewed-by = Beoordeeld door
desk-none = Hier zijn geen inzendingen.
desk-received-in = Ontvangen op { $date }, documenten in het { $lang }, versie { $version }.
desk-document = Het document (Word)
desk-conflict = Iemand anders heeft deze inzending gewijzigd sinds u haar opende. Het formulier toont nu de opgeslagen versie; breng uw wijziging opnieuw aan.
desk-save = Wijzigingen opslaan
desk-accept = Aanvaarden
desk-reject = Afwijzen
desk-covered = Gedekte EU-lidstaten (kritische massa: { $target })
desk-members = Leden
desk-procurers = Aanbestedende diensten
desk-others = Andere volgers
desk-export = Exporteren
desk-recipients-xlsx = lijst van ontvangers (.xlsx)
desk-recipients-csv = lijst van ontvangers (.csv)
desk-member-files = organisatiebestanden (.zip)
desk-kpi-table = tabel met kengetallen (.xlsx)
desk-legend = leden; omlijnd: een partner werft daar. Kaartgegevens: Natural Earth.
desk-map = Leden per land
desk-per-partner = Per verantwoordelijke partner
desk-partner = Verantwoordelijke partner
desk-member-states = Lidstaten
desk-states-covered = Gedekt
desk-by-country = Per land
desk-accepted-members = Aanvaarde leden
desk-remove = Verwijderen
desk-add-contact = Een contactpunt toevoegen
desk-add = Toevoegen

## consolidated

consolidated-title = Geconsolideerd verslag over de deelname aan { $network_acronym }
consolidated-intro = De verslagen van de partners over hun werk om { $network_acronym } uit te breiden (bijlage 7.1), geconsolideerd door { $report_to } op { $date }. Ontvangen verslagen: { $received }, van { $reporting } van de { $partners } partners, voor { $periods }. Het laatste verslag van elke partner telt; het verslag daarvoor toont de voortgang.
consolidated-kpi-heading = Kernprestatie-indicatoren
consolidated-kpi-covered = Gedekte EU-lidstaten: { $covered } van de kritische massa van { $target }
consolidated-kpi-reached = De kritische massa van { $target } lidstaten is bereikt.
consolidated-kpi-missing = Lidstaten die nog nodig zijn om de kritische massa te bereiken: { $missing }
consolidated-kpi-members = Leden van { $network_acronym } met toezegging (intentieverklaring ondertekend): { $committed }; benaderd, nog zonder toezegging: { $contacted }
consolidated-kpi-progress = Voortgang, gedekte EU-lidstaten op elke rapportagedatum: { $progress }
consolidated-chart-coverage = EU-lidstaten met een lid met toezegging op elke rapportagedatum, afgezet tegen de kritische massa van { $target } (stippellijn)
consolidated-chart-members = Leden van { $network_acronym } per lidstaat: met toezegging en benaderd
consolidated-axis-deadline = Rapportagedatum
consolidated-axis-states = Gedekte EU-lidstaten
consolidated-axis-members = Leden
consolidated-target = Kritische massa: { $target }
consolidated-states-heading = Lidstaten en verantwoordelijke partners
consolidated-committed-short = Met toezegging
consolidated-contacted = Benaderd
consolidated-total = Alle lidstaten
consolidated-eea = EER-land
consolidated-eea-note = Alleen EU-lidstaten tellen mee voor de kritische massa; een EER-land wordt met zijn leden getoond, maar telt niet mee.
consolidated-partners-heading = Leden per partner en voortgang
consolidated-partners-intro = Leden met toezegging en gedekte lidstaten volgens het laatste verslag van elke partner; heeft een partner eerder gerapporteerd, dan staat het eerdere cijfer voorop (eerder → laatste).
consolidated-member-states = Lidstaten
consolidated-latest = Laatste verslag
consolidated-covered = Gedekte lidstaten
consolidated-no-report = geen verslag
consolidated-status-contacted = benaderd
consolidated-status-loi-signed = intentieverklaring ondertekend
consolidated-no-additional = Geen enkele partner heeft aanvullende leden gemeld.
consolidated-missing-heading = Partners zonder verslag

## reminder

reminder-subject = Herinnering: { $subject }
reminder-body =
    { email-greeting }

    Op { $sent } stuurden wij u het bericht ‘{ $subject }’ met { $document } als bijlage. Wij hebben het document nog niet terugontvangen; u vindt het opnieuw als bijlage. Wij verzoeken u het te ondertekenen en terug te sturen naar { $return_contact } ({ $return_email }). Hebt u het al verstuurd, dan danken wij u en kunt u deze herinnering als niet verzonden beschouwen.

    Met vriendelijke groet,

    { $sender }
