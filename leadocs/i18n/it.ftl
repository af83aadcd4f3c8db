# Static text of the built-in network documents, in Italian (italiano).
# Same messages and { $variables } as en.ftl; formal register of an official letter.
# Organisation names stand where any name fits without an article (after "ente", a colon).
# The network's name is the term -network-name; forms: a = preposizione articolata ("alla Rete …").
# EU terms: convenzione di sovvenzione (grant agreement), appalti per l'innovazione,
# appalti pre-commerciali (PCP), appalti pubblici di soluzioni innovative (PPI).

## common

common-page = Pagina
common-of = di
common-draft-generated = Generato con leadocs
common-date-place = Data e luogo
common-place-date = { $place }, { $date }
common-date = { $date }
common-name = Nome e cognome
common-title = Qualifica
common-signature = Firma
common-seal = Timbro dell'ente
common-signatory-line = firma del rappresentante autorizzato
common-funding-line = Il progetto { $project } (convenzione di sovvenzione n. { $grant_agreement }) è finanziato nell'ambito del programma { $programme }. Ente finanziatore: { $funder }.
common-to-complete = [da completare]

## loi

loi-title = Lettera di intenti – { -network-name } ({ $network_acronym })
loi-keyword = lettera di intenti
loi-non-binding = Si precisa che il presente documento non ha carattere giuridicamente vincolante.
loi-undersigned = Il/La sottoscritto/a conferma, in nome e per conto della propria organizzazione, { $organisation }, l'interesse per il progetto sopra indicato e la volontà di aderire alla seguente rete: { $network_description }. Desideriamo essere informati sull'avanzamento del progetto e sulle attività della rete e contribuire al loro sviluppo.
loi-default-description = { -network-name }
loi-why = PERCHÉ?
loi-how = COME?
loi-what = COSA?
loi-tasks-intro = Sulla base di quanto precede, riteniamo possibile un coinvolgimento dell'ente { $organisation } nelle seguenti attività:
loi-tasks-hint = (☒ = attività selezionata)
loi-return = Si prega di restituire la lettera firmata a { $contact } ({ $email }).

## assistance

assistance-title = Richiesta di assistenza e supporto – membri della rete { $network_acronym }
assistance-keyword = richiesta di assistenza
assistance-intro = Si prega di descrivere le esigenze della propria organizzazione, affinché i partner di { $network_acronym } possano offrire l'assistenza e il supporto più adeguati in materia di appalti per l'innovazione.
assistance-purpose-intro = Il presente modulo:
assistance-organisation = Denominazione dell'ente
assistance-type = Tipologia di ente
assistance-country = Paese
assistance-address = Indirizzo
assistance-website = Sito web
assistance-contact = Referente
assistance-experience = Esperienze precedenti in materia di appalti per l'innovazione
assistance-assistance = Assistenza e supporto richiesti
assistance-timeline = Tempistica
assistance-additional = Ulteriori informazioni (ad esempio fabbisogni formativi individuati da includere nella politica della domanda)
assistance-return = Si prega di restituire il modulo compilato a { $contact } ({ $email }).

## benefits

benefits-title = Vantaggi dell'adesione a { $network_acronym } e contributo atteso
benefits-keyword = vantaggi
benefits-table-heading = Vantaggi dell'adesione a { $network_acronym }
benefits-contribution-heading = Contributo atteso dai membri

## types

types-procurer = Amministrazione aggiudicatrice
types-school = Scuola
types-supplier = Fornitore
types-learntech-expert = Esperto di tecnologie per l'apprendimento

## report

report-title = Relazione sulla partecipazione a { $network_acronym }
report-keyword = relazione del partner
report-partner = Partner
report-deadlines = Da consegnare a { $report_to } entro:
report-number = N.
report-member-state = Stato membro
report-responsible = Partner responsabile
report-committed = Membro di { $network_acronym } individuato e con adesione confermata
report-additional-heading = Ulteriori membri di { $network_acronym } individuati e con adesione confermata
report-additional-member = Ente
report-additional-country = Paese
report-additional-status = Stato (contattato / lettera di intenti firmata)
report-description-heading = Descrizione delle attività svolte per ampliare { $network_acronym }
report-description-hint = Breve descrizione delle attività svolte dalla vostra organizzazione per attrarre nuovi membri.
report-challenges-heading = Criticità riscontrate nel corso del processo
report-challenges-hint = Se del caso, descriverle e indicare in che modo potrebbero essere evitate in futuro.
report-no-member-states = A questo partner non è assegnato alcuno Stato membro; indicare qui di seguito eventuali ulteriori membri.

## email

email-loi-subject = { $organisation }: lettera di intenti per l'adesione alla rete { $network_acronym }
email-loi-body =
    { email-greeting }

    in allegato trasmettiamo la lettera di intenti dell'ente { $organisation } per l'adesione { -network-name.forms ->
            [inflected] { -network-name(case: "a") } ({ $network_acronym }).
           *[one] alla seguente rete: { -network-name } ({ $network_acronym }).
        } La lettera è già compilata con le attività da Lei selezionate. La preghiamo di verificarla, di farla firmare da { $signatory } e di restituirla a { $return_contact } ({ $return_email }).

    Cordiali saluti

    { $sender }
email-assistance-subject = { $organisation }: richiesta di assistenza e supporto alla rete { $network_acronym }
email-assistance-body =
    { email-greeting }

    in allegato trasmettiamo il modulo di richiesta di assistenza e supporto dell'ente { $organisation }, già compilato con le informazioni in nostro possesso. La preghiamo di completarlo e di restituirlo a { $return_contact } ({ $return_email }).

    Cordiali saluti

    { $sender }
email-greeting =
    { $salutation ->
        [ms] Gentile Sig.ra { $contact_family_name },
        [mr] Gentile Sig. { $contact_family_name },
       *[none] Gentile { $contact },
    }

## notice_sheet

notice-sheet-title = Scheda dati: { $notice }
notice-sheet-intro = Sottotipo di avviso eForms { $subtype }, SDK { $sdk }. I termini come saranno pubblicati; i nomi sono quelli dell'SDK eForms.
notice-sheet-term = Termine
notice-sheet-name = Nome
notice-sheet-value = Valore
notice-sheet-missing = Dati mancanti
notice-sheet-missing-line = { $term } { $label }: mancante; indicare { $key }
notice-sheet-pin = avviso di preinformazione
notice-sheet-pmc = avviso di consultazione preliminare di mercato
notice-sheet-cn = bando di gara
notice-sheet-can = avviso di aggiudicazione

## web

web-nav-signup = Aderisci alla rete
web-nav-assistance = Chiedi supporto
web-nav-contacts = Punti di contatto nazionali
web-nav-coordinator = Coordinamento
web-language = Lingua
web-signup-title = Aderisci alla rete: { -network-name } ({ $network_acronym })
web-signup-intro = Compila questo modulo per aderire alla rete. Potrai poi scaricare la tua lettera d'intenti, compilata con i dati inseriti, da firmare e restituire.
web-assistance-title = Richiesta di assistenza e supporto – membri { $network_acronym }
web-assistance-intro = Descrivi le esigenze della tua organizzazione, così che i partner { $network_acronym } possano offrire l'assistenza e il supporto adeguati per gli appalti innovativi.
web-section-organisation = La tua organizzazione
web-section-contact = Persona di contatto
web-section-signatory = Firmatario
web-section-tasks = Attività a cui partecipereste
web-section-request = La vostra richiesta
web-field-name = Nome dell'organizzazione
web-field-short-name = Nome breve o sigla
web-field-type = Tipo di organizzazione
web-field-country = Paese
web-field-street = Via e numero civico
web-field-postcode = CAP
web-field-city = Città
web-field-website = Sito web
web-field-person = Nome
web-field-role = Ruolo
web-field-email = E-mail
web-field-phone = Telefono
web-field-title = Qualifica
web-field-language = Lingua dei documenti
web-field-experience = Esperienza precedente negli appalti innovativi
web-field-assistance = Assistenza e supporto richiesti
web-field-timeline = Tempistica
web-field-additional = Informazioni aggiuntive (ad esempio esigenze educative individuate da includere nella politica della domanda)
web-choose = – scegli –
web-required = obbligatorio
web-submit-signup = Invia e ricevi la mia lettera
web-submit-assistance = Invia la richiesta
web-errors-intro = Correggi i campi indicati qui sotto; quanto hai scritto è stato conservato.
web-error-required = Questo campo è obbligatorio.
web-error-too-long = Usa al massimo { $max } caratteri.
web-error-email = Questo non è un indirizzo e-mail valido.
web-error-country = Scegli un paese dall'elenco.
web-error-url = Questo non è un indirizzo web (ad esempio https://www.example.eu).
web-error-language = Scegli una lingua dall'elenco.
web-error-choice = Scegli tra le opzioni mostrate.
web-error-control = Il testo contiene un carattere di controllo invisibile; riscrivilo.
web-done-title = Grazie!
web-done-signup = Abbiamo ricevuto l'adesione di { $organisation }. Scarica la lettera d'intenti, falla firmare e inviala a { $contact } ({ $email }).
web-done-assistance = Abbiamo ricevuto la richiesta di { $organisation }. I partner { $network_acronym } vi contatteranno. Ecco il vostro modulo da conservare.
web-done-email = Una conferma è stata inviata a { $email }.
web-download-docx = Scarica (Word)
web-download-pdf = Scarica (PDF)
web-contacts-title = Punti di contatto nazionali
web-contacts-intro = Chiedi al punto di contatto del tuo paese informazioni sugli appalti innovativi e sulla rete.
web-contacts-none = Non è stato ancora pubblicato alcun punto di contatto.
web-error-title = Spiacenti
web-error-400 = Il modulo era scaduto o non proveniva da questo sito. Ricarica la pagina e invialo di nuovo.
web-error-404 = Questa pagina non esiste.
web-error-413 = I dati inviati sono troppo grandi. Accorcia i testi e invia di nuovo.
web-error-429 = Troppe richieste dal tuo indirizzo. Attendi un minuto e riprova.
web-error-500 = Si è verificato un errore da parte nostra. Riprova più tardi.

## desk

desk-nav-submissions = Richieste ricevute
desk-nav-members = Membri e indicatori
desk-nav-contacts = Punti di contatto
desk-nav-public = Sito pubblico
desk-log-out = Esci ({ $user })
desk-login-title = Accesso per il coordinamento
desk-login-failed = Nome utente o password errati.
desk-username = Nome utente
desk-password = Password di accesso
desk-log-in = Accedi
desk-all = tutte
desk-pending = in attesa
desk-accepted = accettata
desk-rejected = respinta
desk-member = adesione
desk-assistance = richiesta di supporto
desk-received = Ricevuta
desk-kind = Tipo
desk-status = Stato
desk-reviewed-by = Esaminata da
desk-none = Nessuna richiesta qui.
desk-received-in = Ricevuta il { $date }, documenti in { $lang }, versione { $version }.
desk-document = Il documento (Word)
desk-conflict = Qualcun altro ha modificato questa richiesta da quando l'hai aperta. Il modulo mostra ora la versione salvata; ripeti la tua modifica.
desk-save = Salva le modifiche
desk-accept = Accetta
desk-reject = Respingi
desk-covered = Stati membri dell'UE coperti (massa critica: { $target })
desk-members = Membri
desk-procurers = Committenti
desk-others = Altri follower
desk-export = Esporta
desk-recipients-xlsx = elenco dei destinatari (.xlsx)
desk-recipients-csv = elenco dei destinatari (.csv)
desk-member-files = file delle organizzazioni (.zip)
desk-kpi-table = tabella degli indicatori (.xlsx)
desk-legend = membri; bordato: un partner recluta lì. Dati cartografici: Natural Earth.
desk-map = Membri per paese
desk-per-partner = Per partner responsabile
desk-partner = Partner responsabile
desk-member-states = Stati membri
desk-states-covered = Coperti
desk-by-country = Per paese
desk-accepted-members = Membri accettati
desk-remove = Rimuovi
desk-add-contact = Aggiungi un punto di contatto
desk-add = Aggiungi

## consolidated

consolidated-title = Relazione consolidata sulla partecipazione a { $network_acronym }
consolidated-intro = Le relazioni dei partner sul lavoro svolto per ampliare { $network_acronym } (allegato 7.1), consolidate da { $report_to } il { $date }. Relazioni ricevute: { $received }, da { $reporting } partner su { $partners }, per { $periods }. Conta l'ultima relazione di ciascun partner; quella precedente mostra i progressi.
consolidated-kpi-heading = Indicatori chiave di prestazione
consolidated-kpi-covered = Stati membri dell'UE coperti: { $covered } sulla massa critica di { $target }
consolidated-kpi-reached = La massa critica di { $target } Stati membri è raggiunta.
consolidated-kpi-missing = Stati membri ancora necessari per raggiungere la massa critica: { $missing }
consolidated-kpi-members = Membri di { $network_acronym } con adesione confermata (lettera di intenti firmata): { $committed }; contattati, senza adesione per ora: { $contacted }
consolidated-kpi-progress = Progressi, Stati membri dell'UE coperti a ogni scadenza di rendicontazione: { $progress }
consolidated-chart-coverage = Stati membri dell'UE con un membro che ha confermato l'adesione a ogni scadenza di rendicontazione, rispetto alla massa critica di { $target } (linea tratteggiata)
consolidated-chart-members = Membri di { $network_acronym } per Stato membro: con adesione confermata e contattati
consolidated-axis-deadline = Scadenza di rendicontazione
consolidated-axis-states = Stati membri dell'UE coperti
consolidated-axis-members = Membri
consolidated-target = Massa critica: { $target }
consolidated-states-heading = Stati membri e partner responsabili
consolidated-committed-short = Con adesione
consolidated-contacted = Contattati
consolidated-total = Tutti gli Stati membri
consolidated-eea = paese SEE
consolidated-eea-note = Solo gli Stati membri dell'UE contano per la massa critica; un paese SEE è indicato con i suoi membri ma non è conteggiato.
consolidated-partners-heading = Membri per partner e progressi
consolidated-partners-intro = Membri con adesione confermata e Stati membri coperti secondo l'ultima relazione di ciascun partner; se il partner ha già presentato una relazione, il dato precedente viene per primo (precedente → ultimo).
consolidated-member-states = Stati membri
consolidated-latest = Ultima relazione
consolidated-covered = Stati membri coperti
consolidated-no-report = nessuna relazione
consolidated-status-contacted = contattato
consolidated-status-loi-signed = lettera di intenti firmata
consolidated-no-additional = Nessun partner ha segnalato ulteriori membri.
consolidated-missing-heading = Partner senza relazione

## reminder

reminder-subject = Promemoria: { $subject }
reminder-body =
    { email-greeting }

    il { $sent } Le abbiamo inviato il messaggio «{ $subject }» con in allegato { $document }. Non abbiamo ancora ricevuto il documento firmato; lo alleghiamo di nuovo. La preghiamo di firmarlo e di restituirlo a { $return_contact } ({ $return_email }). Se lo ha già inviato, La ringraziamo e La preghiamo di non tenere conto di questo promemoria.

    Cordiali saluti

    { $sender }
