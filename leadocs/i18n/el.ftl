# Static text of the built-in network documents, in Greek (Ελληνικά).
# Same messages and { $variables } as en.ftl; formal register of an official letter.
# Organisation names follow a noun ("του φορέα X") or a colon. The network's name is the term
# -network-name; forms: se = σε + article, contracted ("στο Δίκτυο …"). The Greek question
# mark is ";".
# EU terms: συμφωνία επιχορήγησης (grant agreement), προμήθειες καινοτομίας,
# προεμπορικές προμήθειες (PCP), δημόσιες συμβάσεις για καινοτόμες λύσεις (PPI).

## common

common-page = Σελίδα
common-of = από
common-draft-generated = Δημιουργήθηκε με το leadocs
common-date-place = Ημερομηνία και τόπος
common-place-date = { $place }, { $date }
common-date = { $date }
common-name = Ονοματεπώνυμο
common-title = Ιδιότητα
common-signature = Υπογραφή
common-seal = Σφραγίδα του φορέα
common-signatory-line = υπογραφή του εξουσιοδοτημένου εκπροσώπου του φορέα
common-funding-line = Το έργο { $project } (συμφωνία επιχορήγησης αριθ. { $grant_agreement }) χρηματοδοτείται στο πλαίσιο του προγράμματος { $programme }. Φορέας χρηματοδότησης: { $funder }.
common-to-complete = [προς συμπλήρωση]

## loi

loi-title = Επιστολή πρόθεσης – { -network-name } ({ $network_acronym })
loi-keyword = επιστολή πρόθεσης
loi-non-binding = Σημειώνεται ότι το παρόν έγγραφο δεν έχει νομικά δεσμευτικό χαρακτήρα.
loi-undersigned = Ο/Η κάτωθι υπογεγραμμένος/-η επιβεβαιώνω, εκ μέρους του φορέα μου, { $organisation }, το ενδιαφέρον μας για το ανωτέρω έργο και την πρόθεσή μας να ενταχθούμε στο ακόλουθο δίκτυο: { $network_description }. Επιθυμούμε να ενημερωνόμαστε για την πρόοδο του έργου και τις δραστηριότητες του δικτύου και να συμβάλλουμε σε αυτές.
loi-default-description = { -network-name }
loi-why = ΓΙΑΤΙ;
loi-how = ΠΩΣ;
loi-what = ΤΙ;
loi-tasks-intro = Με βάση τα ανωτέρω, διαβλέπουμε πιθανή συμμετοχή του φορέα { $organisation } στις ακόλουθες εργασίες:
loi-tasks-hint = (☒ = επιλεγμένη εργασία)
loi-return = Παρακαλούμε να αποστείλετε την υπογεγραμμένη επιστολή στα εξής στοιχεία: { $contact } ({ $email }).

## assistance

assistance-title = Αίτημα συνδρομής και υποστήριξης – μέλη του δικτύου { $network_acronym }
assistance-keyword = αίτημα συνδρομής
assistance-intro = Παρακαλούμε να περιγράψετε τις ανάγκες του φορέα σας, ώστε οι εταίροι του δικτύου { $network_acronym } να μπορούν να παράσχουν την κατάλληλη συνδρομή και υποστήριξη στον τομέα των προμηθειών καινοτομίας.
assistance-purpose-intro = Το παρόν έντυπο:
assistance-organisation = Επωνυμία φορέα
assistance-type = Είδος φορέα
assistance-country = Χώρα
assistance-address = Διεύθυνση
assistance-website = Ιστότοπος
assistance-contact = Υπεύθυνος/-η επικοινωνίας
assistance-experience = Προηγούμενη εμπειρία σε προμήθειες καινοτομίας
assistance-assistance = Ζητούμενη συνδρομή και υποστήριξη
assistance-timeline = Χρονοδιάγραμμα
assistance-additional = Πρόσθετες πληροφορίες (π.χ. εκπαιδευτικές ανάγκες που έχουν εντοπιστεί και πρέπει να συμπεριληφθούν στην πολιτική ζήτησης)
assistance-return = Παρακαλούμε να αποστείλετε το συμπληρωμένο έντυπο στα εξής στοιχεία: { $contact } ({ $email }).

## benefits

benefits-title = Οφέλη της συμμετοχής στο δίκτυο { $network_acronym } και αναμενόμενη συμβολή
benefits-keyword = οφέλη
benefits-table-heading = Οφέλη της συμμετοχής στο δίκτυο { $network_acronym }
benefits-contribution-heading = Αναμενόμενη συμβολή των μελών

## types

types-procurer = Αναθέτουσα αρχή
types-school = Σχολείο
types-supplier = Προμηθευτής
types-learntech-expert = Εμπειρογνώμονας τεχνολογιών μάθησης

## report

report-title = Έκθεση για τη συμμετοχή στο δίκτυο { $network_acronym }
report-keyword = έκθεση εταίρου
report-partner = Εταίρος
report-deadlines = Υποβολή προς: { $report_to }, έως:
report-number = Α/Α
report-member-state = Κράτος μέλος
report-responsible = Υπεύθυνος εταίρος
report-committed = Μέλος του δικτύου { $network_acronym } που εντοπίστηκε και δεσμεύτηκε
report-additional-heading = Επιπλέον μέλη του δικτύου { $network_acronym } που εντοπίστηκαν και δεσμεύτηκαν
report-additional-member = Φορέας
report-additional-country = Χώρα
report-additional-status = Κατάσταση (έγινε επικοινωνία / υπογράφηκε επιστολή πρόθεσης)
report-description-heading = Περιγραφή των ενεργειών για τη διεύρυνση του δικτύου { $network_acronym }
report-description-hint = Σύντομη περιγραφή των ενεργειών του φορέα σας για την προσέλκυση νέων μελών.
report-challenges-heading = Δυσκολίες που εντοπίστηκαν κατά τη διαδικασία
report-challenges-hint = Εφόσον υπάρχουν, περιγράψτε τις και αναφέρετε πώς θα μπορούσαν να αποφευχθούν στο μέλλον.
report-no-member-states = Δεν έχουν ανατεθεί κράτη μέλη σε αυτόν τον εταίρο· αναφέρετε τα επιπλέον μέλη παρακάτω.

## email

email-loi-subject = { $organisation }: επιστολή πρόθεσης για ένταξη στο δίκτυο { $network_acronym }
email-loi-body =
    { email-greeting }

    Σας αποστέλλουμε συνημμένα την επιστολή πρόθεσης του φορέα { $organisation } για ένταξη { -network-name.forms ->
            [inflected] { -network-name(case: "se") } ({ $network_acronym }).
           *[one] στο ακόλουθο δίκτυο: { -network-name } ({ $network_acronym }).
        } Η επιστολή είναι προσυμπληρωμένη με τις εργασίες που επιλέξατε. Παρακαλούμε να την ελέγξετε, να μεριμνήσετε για την υπογραφή της από τον/την { $signatory } και να την αποστείλετε στα εξής στοιχεία: { $return_contact } ({ $return_email }).

    Με εκτίμηση,

    { $sender }
email-assistance-subject = { $organisation }: αίτημα συνδρομής και υποστήριξης προς το δίκτυο { $network_acronym }
email-assistance-body =
    { email-greeting }

    Σας αποστέλλουμε συνημμένα το έντυπο αιτήματος συνδρομής και υποστήριξης του φορέα { $organisation }, προσυμπληρωμένο με τα στοιχεία που διαθέτουμε. Παρακαλούμε να το συμπληρώσετε και να το αποστείλετε στα εξής στοιχεία: { $return_contact } ({ $return_email }).

    Με εκτίμηση,

    { $sender }
email-greeting =
    { $salutation ->
        [ms] Αξιότιμη κυρία,
        [mr] Αξιότιμε κύριε,
       *[none] Αξιότιμη κυρία, αξιότιμε κύριε,
    }

## notice_sheet

notice-sheet-title = Δελτίο στοιχείων: { $notice }
notice-sheet-intro = Υποτύπος προκήρυξης eForms { $subtype }, SDK { $sdk }. Οι όροι όπως θα δημοσιευθούν· τα ονόματά τους είναι του eForms SDK.
notice-sheet-term = Όρος
notice-sheet-name = Όνομα
notice-sheet-value = Τιμή
notice-sheet-missing = Στοιχεία που λείπουν
notice-sheet-missing-line = { $term } { $label }: λείπει· συμπληρώστε το { $key }
notice-sheet-pin = προκαταρκτική προκήρυξη
notice-sheet-pmc = προκήρυξη προκαταρκτικής διαβούλευσης αγοράς
notice-sheet-cn = προκήρυξη σύμβασης
notice-sheet-can = γνωστοποίηση ανάθεσης σύμβασης

## web

web-nav-signup = Συμμετοχή στο δίκτυο
web-nav-assistance = Αίτημα υποστήριξης
web-nav-contacts = Εθνικά σημεία επαφής
web-nav-coordinator = Συντονιστές
web-language = Γλώσσα
web-signup-title = Συμμετοχή στο δίκτυο: { -network-name } ({ $network_acronym })
web-signup-intro = Συμπληρώστε αυτή τη φόρμα για να γίνετε μέλος του δικτύου. Στη συνέχεια κατεβάζετε την επιστολή πρόθεσής σας, συμπληρωμένη με τα στοιχεία σας, για να την υπογράψετε και να την επιστρέψετε.
web-assistance-title = Αίτημα βοήθειας και υποστήριξης – μέλη του { $network_acronym }
web-assistance-intro = Περιγράψτε τις ανάγκες του οργανισμού σας, ώστε οι εταίροι του { $network_acronym } να προσφέρουν την κατάλληλη βοήθεια και υποστήριξη για τις καινοτόμες προμήθειες.
web-section-organisation = Ο οργανισμός σας
web-section-contact = Υπεύθυνος επικοινωνίας
web-section-signatory = Υπογράφων
web-section-tasks = Δραστηριότητες στις οποίες θα συμμετέχατε
web-section-request = Το αίτημά σας
web-field-name = Επωνυμία του οργανισμού
web-field-short-name = Σύντομη ονομασία ή ακρωνύμιο
web-field-type = Τύπος οργανισμού
web-field-country = Χώρα
web-field-street = Οδός και αριθμός
web-field-postcode = Ταχυδρομικός κώδικας
web-field-city = Πόλη
web-field-website = Ιστότοπος
web-field-person = Ονοματεπώνυμο
web-field-role = Ρόλος
web-field-email = Ηλεκτρονικό ταχυδρομείο
web-field-phone = Τηλέφωνο
web-field-title = Θέση
web-field-language = Γλώσσα των εγγράφων
web-field-experience = Προηγούμενη εμπειρία σε καινοτόμες προμήθειες
web-field-assistance = Ζητούμενη βοήθεια και υποστήριξη
web-field-timeline = Χρονοδιάγραμμα
web-field-additional = Πρόσθετες πληροφορίες (για παράδειγμα εκπαιδευτικές ανάγκες που έχουν εντοπιστεί και πρέπει να ενταχθούν στην πολιτική ζήτησης)
web-choose = – επιλέξτε –
web-required = υποχρεωτικό
web-submit-signup = Αποστολή και λήψη της επιστολής μου
web-submit-assistance = Αποστολή του αιτήματός μου
web-errors-intro = Διορθώστε τα πεδία που επισημαίνονται παρακάτω· ό,τι πληκτρολογήσατε διατηρήθηκε.
web-error-required = Το πεδίο είναι υποχρεωτικό.
web-error-too-long = Χρησιμοποιήστε το πολύ { $max } χαρακτήρες.
web-error-email = Αυτή δεν είναι έγκυρη διεύθυνση ηλεκτρονικού ταχυδρομείου.
web-error-country = Επιλέξτε χώρα από τη λίστα.
web-error-url = Αυτή δεν είναι διεύθυνση ιστού (για παράδειγμα https://www.example.eu).
web-error-language = Επιλέξτε γλώσσα από τη λίστα.
web-error-choice = Επιλέξτε ανάμεσα στις επιλογές που εμφανίζονται.
web-error-control = Το κείμενο περιέχει αόρατο χαρακτήρα ελέγχου· πληκτρολογήστε το ξανά.
web-done-title = Ευχαριστούμε!
web-done-signup = Λάβαμε την εγγραφή του οργανισμού { $organisation }. Κατεβάστε την επιστολή πρόθεσης, φροντίστε να υπογραφεί και στείλτε τη στον/στην { $contact } ({ $email }).
web-done-assistance = Λάβαμε το αίτημα του οργανισμού { $organisation }. Οι εταίροι του { $network_acronym } θα επικοινωνήσουν μαζί σας. Εδώ είναι η φόρμα σας για το αρχείο σας.
web-done-email = Στάλθηκε επιβεβαίωση στο { $email }.
web-download-docx = Λήψη (Word)
web-download-pdf = Λήψη (PDF)
web-contacts-title = Εθνικά σημεία επαφής
web-contacts-intro = Ρωτήστε το σημείο επαφής της χώρας σας για τις καινοτόμες προμήθειες και το δίκτυο.
web-contacts-none = Δεν έχουν δημοσιευθεί ακόμη σημεία επαφής.
web-error-title = Λυπούμαστε
web-error-400 = Η φόρμα είχε λήξει ή δεν προερχόταν από αυτόν τον ιστότοπο. Φορτώστε ξανά τη σελίδα και στείλτε την άλλη μία φορά.
web-error-404 = Αυτή η σελίδα δεν υπάρχει.
web-error-413 = Όσα στάλθηκαν είναι υπερβολικά μεγάλα. Συντομεύστε τα κείμενα και στείλτε ξανά.
web-error-429 = Πάρα πολλά αιτήματα από τη διεύθυνσή σας. Περιμένετε ένα λεπτό και δοκιμάστε ξανά.
web-error-500 = Παρουσιάστηκε σφάλμα σε εμάς. Δοκιμάστε ξανά αργότερα.

## desk

desk-nav-submissions = Υποβολές
desk-nav-members = Μέλη και δείκτες
desk-nav-contacts = Σημεία επαφής
desk-nav-public = Δημόσιος ιστότοπος
desk-log-out = Αποσύνδεση ({ $user })
desk-login-title = Σύνδεση συντονιστών
desk-login-failed = Λάθος όνομα χρήστη ή κωδικός πρόσβασης.
desk-username = Όνομα χρήστη
desk-password = Κωδικός πρόσβασης
desk-log-in = Σύνδεση
desk-all = όλες
desk-pending = σε αναμονή
desk-accepted = εγκρίθηκε
desk-rejected = απορρίφθηκε
desk-member = εγγραφή
desk-assistance = αίτημα υποστήριξης
desk-received = Παραλαβή
desk-kind = Είδος
desk-status = Κατάσταση
desk-reviewed-by = Εξετάστηκε από
desk-none = Δεν υπάρχουν υποβολές εδώ.
desk-received-in = Παραλήφθηκε { $date }, έγγραφα στα { $lang }, έκδοση { $version }.
desk-document = Το έγγραφο (Word)
desk-conflict = Κάποιος άλλος άλλαξε αυτή την υποβολή αφότου την ανοίξατε. Η φόρμα δείχνει τώρα την αποθηκευμένη έκδοση· κάντε ξανά την αλλαγή σας.
desk-save = Αποθήκευση αλλαγών
desk-accept = Έγκριση
desk-reject = Απόρριψη
desk-covered = Κράτη μέλη της ΕΕ που καλύπτονται (κρίσιμη μάζα: { $target })
desk-members = Μέλη
desk-procurers = Αναθέτουσες αρχές
desk-others = Άλλοι ακόλουθοι
desk-export = Εξαγωγή
desk-recipients-xlsx = κατάλογος παραληπτών (.xlsx)
desk-recipients-csv = κατάλογος παραληπτών (.csv)
desk-member-files = αρχεία οργανισμών (.zip)
desk-kpi-table = πίνακας δεικτών (.xlsx)
desk-legend = μέλη· με περίγραμμα: εκεί στρατολογεί ένας εταίρος. Δεδομένα χάρτη: Natural Earth.
desk-map = Μέλη ανά χώρα
desk-per-partner = Ανά υπεύθυνο εταίρο
desk-partner = Υπεύθυνος εταίρος
desk-member-states = Κράτη μέλη
desk-states-covered = Καλύπτονται
desk-by-country = Ανά χώρα
desk-accepted-members = Εγκεκριμένα μέλη
desk-remove = Αφαίρεση
desk-add-contact = Προσθήκη σημείου επαφής
desk-add = Προσθήκη

## consolidated

consolidated-title = Ενοποιημένη έκθεση για τη συμμετοχή στο δίκτυο { $network_acronym }
consolidated-intro = Οι εκθέσεις των εταίρων για το έργο τους για τη διεύρυνση του δικτύου { $network_acronym } (παράρτημα 7.1). Ενοποίηση: { $report_to }, { $date }. Εκθέσεις που ελήφθησαν: { $received }, από { $reporting } από τους { $partners } εταίρους, για { $periods }. Λαμβάνεται υπόψη η τελευταία έκθεση κάθε εταίρου· η προηγούμενη δείχνει την πρόοδο.
consolidated-kpi-heading = Βασικοί δείκτες επιδόσεων
consolidated-kpi-covered = Κράτη μέλη της ΕΕ που καλύπτονται: { $covered } από την κρίσιμη μάζα των { $target }
consolidated-kpi-reached = Η κρίσιμη μάζα των { $target } κρατών μελών επιτεύχθηκε.
consolidated-kpi-missing = Κράτη μέλη που απαιτούνται ακόμη για την επίτευξη της κρίσιμης μάζας: { $missing }
consolidated-kpi-members = Μέλη του δικτύου { $network_acronym } που δεσμεύτηκαν (υπογεγραμμένη επιστολή προθέσεων): { $committed }· με επαφή, χωρίς δέσμευση ακόμη: { $contacted }
consolidated-kpi-progress = Πρόοδος, κράτη μέλη της ΕΕ που καλύπτονται σε κάθε προθεσμία υποβολής: { $progress }
consolidated-chart-coverage = Κράτη μέλη της ΕΕ με μέλος που δεσμεύτηκε σε κάθε προθεσμία υποβολής, σε σύγκριση με την κρίσιμη μάζα των { $target } (διακεκομμένη γραμμή)
consolidated-chart-members = Μέλη του δικτύου { $network_acronym } ανά κράτος μέλος: με δέσμευση και με επαφή
consolidated-axis-deadline = Προθεσμία υποβολής
consolidated-axis-states = Κράτη μέλη της ΕΕ που καλύπτονται
consolidated-axis-members = Μέλη
consolidated-target = Κρίσιμη μάζα: { $target }
consolidated-states-heading = Κράτη μέλη και υπεύθυνοι εταίροι
consolidated-committed-short = Με δέσμευση
consolidated-contacted = Με επαφή
consolidated-total = Όλα τα κράτη μέλη
consolidated-eea = χώρα του ΕΟΧ
consolidated-eea-note = Στην κρίσιμη μάζα μετρούν μόνο τα κράτη μέλη της ΕΕ· μια χώρα του ΕΟΧ εμφανίζεται με τα μέλη της, αλλά δεν προσμετράται.
consolidated-partners-heading = Μέλη ανά εταίρο και πρόοδος
consolidated-partners-intro = Μέλη με δέσμευση και κράτη μέλη που καλύπτονται σύμφωνα με την τελευταία έκθεση κάθε εταίρου· αν ο εταίρος υπέβαλε και παλαιότερη έκθεση, προηγείται ο παλαιότερος αριθμός (παλαιότερη → τελευταία).
consolidated-member-states = Κράτη μέλη
consolidated-latest = Τελευταία έκθεση
consolidated-covered = Κράτη μέλη που καλύπτονται
consolidated-no-report = χωρίς έκθεση
consolidated-status-contacted = έγινε επαφή
consolidated-status-loi-signed = υπογράφηκε επιστολή προθέσεων
consolidated-no-additional = Κανένας εταίρος δεν ανέφερε επιπλέον μέλη.
consolidated-missing-heading = Εταίροι χωρίς έκθεση

## reminder

reminder-subject = Υπενθύμιση: { $subject }
reminder-body =
    { email-greeting }

    Στις { $sent } σας στείλαμε το μήνυμα «{ $subject }» με συνημμένο αρχείο: { $document }. Δεν έχουμε λάβει ακόμη πίσω το έγγραφο· το επισυνάπτουμε ξανά. Παρακαλούμε να το υπογράψετε και να το αποστείλετε στα εξής στοιχεία: { $return_contact } ({ $return_email }). Αν το έχετε ήδη αποστείλει, σας ευχαριστούμε και παρακαλούμε να αγνοήσετε την παρούσα υπενθύμιση.

    Με εκτίμηση,

    { $sender }
