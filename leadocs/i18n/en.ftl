# Static text of the built-in network documents, in English.
# Project Fluent syntax (https://projectfluent.org/fluent/guide/). Every other language has a
# file with exactly the same messages. Variables such as { $organisation } are filled by leadocs;
# keep them, move them where the language needs them. Group comments (##) name the section a
# message belongs to: `loi-title` is the text `t.loi.title` of the letter of intent.
# The network's name is the term -network-name, made by leadocs from the network's data (never
# defined here); a language whose sentences change the name uses its forms,
# -network-name(case: "gen"), where -network-name.forms is "inflected" (README, Translating).

## common

common-page = Page
common-of = of
common-draft-generated = Generated with leadocs
common-date-place = Date and place
common-place-date = { $place }, { $date }
common-date = { $date }
common-name = Name
common-title = Title
common-signature = Signature
common-seal = Seal of the organisation
common-signatory-line = Signature of the organisation's authorised representative
common-funding-line = { $project } Grant Agreement no. { $grant_agreement } is a { $programme } project funded by the { $funder }.
common-to-complete = [to complete]

## loi

loi-title = Letter of intent for the { -network-name } ({ $network_acronym })
loi-keyword = letter of intent
loi-non-binding = Note that this document is not of a legally binding character.
loi-undersigned = I the undersigned, confirm on behalf of my organisation, { $organisation }, our interest in the above mentioned project and to join { $network_description }. We would like to be kept informed about and contribute to the progress of this project and the network's activities.
loi-default-description = the { -network-name }
loi-why = WHY?
loi-how = HOW?
loi-what = WHAT?
loi-tasks-intro = Based upon these indications we can see a potential involvement of { $organisation } in the following tasks:
loi-tasks-hint = (☒ = selected task)
loi-return = Please return the signed letter to { $contact } ({ $email }).

## assistance

assistance-title = Assistance & support request – { $network_acronym } members
assistance-keyword = assistance request
assistance-intro = Please describe your organisation's needs so that the { $network_acronym } partners can offer the right assistance and support for innovation procurement.
assistance-purpose-intro = This form:
assistance-organisation = Name of organisation
assistance-type = Type of organisation
assistance-country = Country
assistance-address = Address
assistance-website = Website
assistance-contact = Contact person
assistance-experience = Previous experience on innovation procurement
assistance-assistance = Requested assistance and support
assistance-timeline = Timeline
assistance-additional = Additional information (for example identified educational needs to be included in the demand policy)
assistance-return = Please return the completed form to { $contact } ({ $email }).

## benefits

benefits-title = { $network_acronym } benefits and expected contribution
benefits-keyword = benefits
benefits-table-heading = Benefits of { $network_acronym } membership
benefits-contribution-heading = Expected contribution of the members

## types

types-procurer = Procurer
types-school = School
types-supplier = Supplier
types-learntech-expert = Learntech expert

## report

report-title = Report on { $network_acronym } participation
report-keyword = partner report
report-partner = Partner
report-deadlines = To be delivered to { $report_to } by:
report-number = #
report-member-state = Member state
report-responsible = Responsible partner
report-committed = { $network_acronym } member identified and committed
report-additional-heading = Additional { $network_acronym } members identified and committed
report-additional-member = Organisation
report-additional-country = Country
report-additional-status = Status (contacted / LOI signed)
report-description-heading = Description of work performed to enlarge { $network_acronym }
report-description-hint = Brief description of the work your organisation performed to attract new members.
report-challenges-heading = Challenges identified during the process
report-challenges-hint = If any, please describe them and how they could be avoided in the future.
report-no-member-states = No member states are assigned to this partner; report additional members below.

## email

email-loi-subject = { $organisation }: letter of intent to join the { $network_acronym }
email-loi-body =
    { email-greeting }

    Please find attached the letter of intent for { $organisation } to join the { -network-name } ({ $network_acronym }). It is prefilled with the tasks you selected. Please check it, have it signed by { $signatory }, and return it to { $return_contact } ({ $return_email }).

    Kind regards,

    { $sender }
email-assistance-subject = { $organisation }: assistance and support request for the { $network_acronym }
email-assistance-body =
    { email-greeting }

    Please find attached the assistance and support request form for { $organisation }, prefilled with what we know. Please complete it and return it to { $return_contact } ({ $return_email }).

    Kind regards,

    { $sender }
email-greeting =
    { $salutation ->
        [ms] Dear Ms { $contact_family_name },
        [mr] Dear Mr { $contact_family_name },
       *[none] Dear { $contact },
    }

## notice_sheet

notice-sheet-title = Data sheet of the { $notice }
notice-sheet-intro = eForms notice subtype { $subtype }, SDK { $sdk }. The business terms as they will be published; their names are the eForms SDK's.
notice-sheet-term = Term
notice-sheet-name = Name
notice-sheet-value = Value
notice-sheet-missing = Missing values
notice-sheet-missing-line = { $term } { $label }: missing; set { $key }
notice-sheet-pin = prior information notice
notice-sheet-pmc = pre-market consultation notice
notice-sheet-cn = contract notice
notice-sheet-can = contract award notice

## web

web-nav-signup = Join the network
web-nav-assistance = Ask for assistance
web-nav-contacts = National contact points
web-nav-coordinator = Coordinators
web-language = Language
web-signup-title = Join the { -network-name } ({ $network_acronym })
web-signup-intro = Fill in this form to join the network. You then download your letter of intent, filled in with what you typed, to sign and return.
web-assistance-title = Assistance & support request – { $network_acronym } members
web-assistance-intro = Describe your organisation's needs so that the { $network_acronym } partners can offer the right assistance and support for innovation procurement.
web-section-organisation = Your organisation
web-section-contact = Contact person
web-section-signatory = Who signs
web-section-tasks = Tasks you would take part in
web-section-request = Your request
web-field-name = Name of the organisation
web-field-short-name = Short name or acronym
web-field-type = Type of organisation
web-field-country = Country
web-field-street = Street and number
web-field-postcode = Postcode
web-field-city = City
web-field-website = Website
web-field-person = Name
web-field-role = Role
web-field-email = E-mail
web-field-phone = Telephone
web-field-title = Title
web-field-language = Language of the documents
web-field-experience = Previous experience on innovation procurement
web-field-assistance = Requested assistance and support
web-field-timeline = Timeline
web-field-additional = Additional information (for example identified educational needs to be included in the demand policy)
web-choose = – choose –
web-required = required
web-submit-signup = Send and get my letter
web-submit-assistance = Send my request
web-errors-intro = Please correct the fields marked below; what you typed has been kept.
web-error-required = This field is required.
web-error-too-long = Please use at most { $max } characters.
web-error-email = This is not a valid e-mail address.
web-error-country = Choose a country from the list.
web-error-url = This is not a web address (for example https://www.example.eu).
web-error-language = Choose a language from the list.
web-error-choice = Choose among the options shown.
web-error-control = This text contains an invisible control character; please type it again.
web-done-title = Thank you!
web-done-signup = We have received the sign-up of { $organisation }. Download your letter of intent, have it signed and return it to { $contact } ({ $email }).
web-done-assistance = We have received the request of { $organisation }. The { $network_acronym } partners will contact you. Your request form is here to keep.
web-done-email = A confirmation has been sent to { $email }.
web-download-docx = Download (Word)
web-download-pdf = Download (PDF)
web-contacts-title = National contact points
web-contacts-intro = Ask the contact point of your country about innovation procurement and the network.
web-contacts-none = No contact points have been published yet.
web-error-title = Sorry
web-error-400 = The form had expired or did not come from this site. Please load the page again and send it once more.
web-error-404 = This page does not exist.
web-error-413 = What was sent is too large. Please shorten the texts and send again.
web-error-429 = Too many requests from your address. Please wait a minute and try again.
web-error-500 = Something went wrong on our side. Please try again later.

## desk

desk-nav-submissions = Submissions
desk-nav-members = Members and KPI
desk-nav-contacts = Contact points
desk-nav-public = Public site
desk-log-out = Log out { $user }
desk-login-title = Coordinator login
desk-login-failed = Wrong user name or password.
desk-username = User name
desk-password = Password
desk-log-in = Log in
desk-all = all
desk-pending = pending
desk-accepted = accepted
desk-rejected = rejected
desk-member = sign-up
desk-assistance = assistance request
desk-received = Received
desk-kind = Kind
desk-status = Status
desk-reviewed-by = Reviewed by
desk-none = No submissions here.
desk-received-in = Received { $date }, documents in { $lang }, version { $version }.
desk-document = The document (Word)
desk-conflict = This submission was changed by someone else since you opened it. The form now shows the saved version; make your change again.
desk-save = Save changes
desk-accept = Accept
desk-reject = Reject
desk-covered = EU member states covered (critical mass: { $target })
desk-members = Members
desk-procurers = Procurers
desk-others = Other followers
desk-export = Export
desk-recipients-xlsx = recipient list (.xlsx)
desk-recipients-csv = recipient list (.csv)
desk-member-files = organisation files (.zip)
desk-kpi-table = KPI table (.xlsx)
desk-legend = members; outlined: a partner recruits there. Map data: Natural Earth.
desk-map = Members by country
desk-per-partner = Per responsible partner
desk-partner = Responsible partner
desk-member-states = Member states
desk-states-covered = Covered
desk-by-country = By country
desk-accepted-members = Accepted members
desk-remove = Remove
desk-add-contact = Add a contact point
desk-add = Add

## consolidated

consolidated-title = Consolidated report on { $network_acronym } participation
consolidated-intro = The partners' reports on their work to enlarge { $network_acronym } (appendix 7.1), consolidated by { $report_to } on { $date }. Reports received: { $received }, from { $reporting } of { $partners } partners, for { $periods }. Each partner's latest report counts; the one before it shows the progress.
consolidated-kpi-heading = Key performance indicators
consolidated-kpi-covered = EU member states covered: { $covered } of the critical mass of { $target }
consolidated-kpi-reached = The critical mass of { $target } member states is reached.
consolidated-kpi-missing = Member states still needed to reach the critical mass: { $missing }
consolidated-kpi-members = { $network_acronym } members committed (letter of intent signed): { $committed }; contacted, not yet committed: { $contacted }
consolidated-kpi-progress = Progress, EU member states covered at each reporting deadline: { $progress }
consolidated-chart-coverage = EU member states with a committed member at each reporting deadline, against the critical mass of { $target } (dashed line)
consolidated-chart-members = { $network_acronym } members per member state: committed and contacted
consolidated-axis-deadline = Reporting deadline
consolidated-axis-states = EU member states covered
consolidated-axis-members = Members
consolidated-target = Critical mass: { $target }
consolidated-states-heading = Member states and responsible partners
consolidated-committed-short = Committed
consolidated-contacted = Contacted
consolidated-total = All member states
consolidated-eea = EEA country
consolidated-eea-note = Only EU member states count towards the critical mass; an EEA country is shown with its members but not counted.
consolidated-partners-heading = Members per partner and progress
consolidated-partners-intro = Committed members and member states covered at each partner's latest report; where it reported before, the earlier figure comes first (earlier → latest).
consolidated-member-states = Member states
consolidated-latest = Latest report
consolidated-covered = Member states covered
consolidated-no-report = no report
consolidated-status-contacted = contacted
consolidated-status-loi-signed = LOI signed
consolidated-no-additional = No partner reported additional members.
consolidated-missing-heading = Partners without a report

## reminder

reminder-subject = Reminder: { $subject }
reminder-body =
    { email-greeting }

    On { $sent } we sent you the message “{ $subject }” with { $document } attached. We have not yet received the document back; it is attached again. Please sign it and return it to { $return_contact } ({ $return_email }). If you have already sent it, thank you, and please disregard this reminder.

    Kind regards,

    { $sender }
