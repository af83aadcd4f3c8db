# Static text of the built-in network documents, in French (français).
# Same messages and { $variables } as en.ftl; formal register (vous) of an official letter.
# A no-break space stands before ":", "?", ";" as French typography requires.
# Organisation names stand where any name fits without an article (after "organisme", ":").
# The network's name is the term -network-name; forms: a = « à » + article ("au Réseau …").
# EU terms: convention de subvention (grant agreement), achats publics innovants,
# achats publics avant commercialisation (PCP), marchés publics de solutions innovantes (PPI).

## common

common-page = Page
common-of = sur
common-draft-generated = Établi avec leadocs
common-date-place = Date et lieu
common-place-date = Fait à { $place }, le { $date }
common-date = Fait le { $date }
common-name = Nom et prénom
common-title = Fonction
common-signature = Signature
common-seal = Cachet de l'organisme
common-signatory-line = signature du représentant habilité de l'organisme
common-funding-line = Le projet { $project } (convention de subvention nº { $grant_agreement }) est financé au titre du programme { $programme }. Organisme de financement : { $funder }.
common-to-complete = [à compléter]

## loi

loi-title = Lettre d'intention – { -network-name } ({ $network_acronym })
loi-keyword = lettre d'intention
loi-non-binding = Veuillez noter que le présent document n'a pas de caractère juridiquement contraignant.
loi-undersigned = Je soussigné(e) confirme, au nom de mon organisme, { $organisation }, notre intérêt pour le projet susmentionné et notre intention d'adhérer au réseau suivant : { $network_description }. Nous souhaitons être tenus informés de l'avancement du projet et des activités du réseau, et y contribuer.
loi-default-description = { -network-name }
loi-why = POURQUOI ?
loi-how = COMMENT ?
loi-what = QUELLES ACTIVITÉS ?
loi-tasks-intro = Sur cette base, nous envisageons une participation de l'organisme { $organisation } aux tâches suivantes :
loi-tasks-hint = (☒ = tâche sélectionnée)
loi-return = Nous vous prions de bien vouloir retourner la lettre signée à { $contact } ({ $email }).

## assistance

assistance-title = Demande d'assistance et de soutien – membres du réseau { $network_acronym }
assistance-keyword = demande d'assistance
assistance-intro = Nous vous prions de décrire les besoins de votre organisme afin que les partenaires du réseau { $network_acronym } puissent vous apporter l'assistance et le soutien adaptés en matière d'achats publics innovants.
assistance-purpose-intro = Le présent formulaire :
assistance-organisation = Nom de l'organisme
assistance-type = Type d'organisme
assistance-country = Pays
assistance-address = Adresse
assistance-website = Site internet
assistance-contact = Personne de contact
assistance-experience = Expérience antérieure en matière d'achats publics innovants
assistance-assistance = Assistance et soutien demandés
assistance-timeline = Calendrier
assistance-additional = Informations complémentaires (par exemple, besoins éducatifs identifiés à intégrer dans la politique de la demande)
assistance-return = Nous vous prions de bien vouloir retourner le formulaire complété à { $contact } ({ $email }).

## benefits

benefits-title = Avantages de l'adhésion au réseau { $network_acronym } et contribution attendue
benefits-keyword = avantages
benefits-table-heading = Avantages de l'adhésion au réseau { $network_acronym }
benefits-contribution-heading = Contribution attendue des membres

## types

types-procurer = Pouvoir adjudicateur
types-school = Établissement scolaire
types-supplier = Fournisseur
types-learntech-expert = Expert en technologies éducatives

## report

report-title = Rapport sur la participation au réseau { $network_acronym }
report-keyword = rapport de partenaire
report-partner = Partenaire
report-deadlines = À remettre à { $report_to } au plus tard le :
report-number = N°
report-member-state = État membre
report-responsible = Partenaire responsable
report-committed = Membre du réseau { $network_acronym } identifié et engagé
report-additional-heading = Autres membres du réseau { $network_acronym } identifiés et engagés
report-additional-member = Organisme
report-additional-country = Pays
report-additional-status = Statut (contacté / lettre d'intention signée)
report-description-heading = Description des travaux menés pour élargir le réseau { $network_acronym }
report-description-hint = Brève description des travaux menés par votre organisme pour attirer de nouveaux membres.
report-challenges-heading = Difficultés rencontrées au cours du processus
report-challenges-hint = Le cas échéant, veuillez les décrire et indiquer comment elles pourraient être évitées à l'avenir.
report-no-member-states = Aucun État membre n'est attribué à ce partenaire ; veuillez indiquer les autres membres ci-dessous.

## email

email-loi-subject = { $organisation } : lettre d'intention d'adhésion au réseau { $network_acronym }
email-loi-body =
    { email-greeting }

    Veuillez trouver ci-joint la lettre d'intention de l'organisme { $organisation } en vue de son adhésion { -network-name.forms ->
            [inflected] { -network-name(case: "a") } ({ $network_acronym }).
           *[one] au réseau suivant : { -network-name } ({ $network_acronym }).
        } Elle est préremplie avec les tâches que vous avez sélectionnées. Nous vous prions de bien vouloir la vérifier, la faire signer par { $signatory } et la retourner à { $return_contact } ({ $return_email }).

    Nous vous prions d'agréer, { $salutation ->
            [ms] Madame
            [mr] Monsieur
           *[none] Madame, Monsieur
        }, l'expression de nos salutations distinguées.

    { $sender }
email-assistance-subject = { $organisation } : demande d'assistance et de soutien au réseau { $network_acronym }
email-assistance-body =
    { email-greeting }

    Veuillez trouver ci-joint le formulaire de demande d'assistance et de soutien de l'organisme { $organisation }, prérempli avec les informations dont nous disposons. Nous vous prions de bien vouloir le compléter et le retourner à { $return_contact } ({ $return_email }).

    Nous vous prions d'agréer, { $salutation ->
            [ms] Madame
            [mr] Monsieur
           *[none] Madame, Monsieur
        }, l'expression de nos salutations distinguées.

    { $sender }
email-greeting =
    { $salutation ->
        [ms] Madame,
        [mr] Monsieur,
       *[none] Madame, Monsieur,
    }

## notice_sheet

notice-sheet-title = Fiche de données : { $notice }
notice-sheet-intro = Sous-type d'avis eForms { $subtype }, SDK { $sdk }. Les termes tels qu'ils seront publiés ; leurs noms sont ceux du SDK eForms.
notice-sheet-term = Terme
notice-sheet-name = Nom
notice-sheet-value = Valeur
notice-sheet-missing = Données manquantes
notice-sheet-missing-line = { $term } { $label } : manquant ; à indiquer dans { $key }
notice-sheet-pin = avis de préinformation
notice-sheet-pmc = avis de consultation préalable du marché
notice-sheet-cn = avis de marché
notice-sheet-can = avis d'attribution

## web

web-nav-signup = Rejoindre le réseau
web-nav-assistance = Demander un soutien
web-nav-contacts = Points de contact nationaux
web-nav-coordinator = Coordination
web-language = Langue
web-signup-title = Rejoindre le réseau : { -network-name } ({ $network_acronym })
web-signup-intro = Remplissez ce formulaire pour rejoindre le réseau. Vous téléchargerez ensuite votre lettre d'intention, remplie avec vos informations, à signer et à renvoyer.
web-assistance-title = Demande d'assistance et de soutien – membres du { $network_acronym }
web-assistance-intro = Décrivez les besoins de votre organisation afin que les partenaires du { $network_acronym } puissent offrir l'assistance et le soutien adaptés pour les achats innovants.
web-section-organisation = Votre organisation
web-section-contact = Personne de contact
web-section-signatory = Signataire
web-section-tasks = Tâches auxquelles vous participeriez
web-section-request = Votre demande
web-field-name = Nom de l'organisation
web-field-short-name = Nom court ou sigle
web-field-type = Type d'organisation
web-field-country = Pays
web-field-street = Rue et numéro
web-field-postcode = Code postal
web-field-city = Ville
web-field-website = Site web
web-field-person = Nom
web-field-role = Fonction
web-field-email = Courriel
web-field-phone = Téléphone
web-field-title = Titre
web-field-language = Langue des documents
web-field-experience = Expérience antérieure des achats innovants
web-field-assistance = Assistance et soutien demandés
web-field-timeline = Calendrier
web-field-additional = Informations complémentaires (par exemple des besoins éducatifs identifiés à inclure dans la politique de la demande)
web-choose = – choisir –
web-required = obligatoire
web-submit-signup = Envoyer et obtenir ma lettre
web-submit-assistance = Envoyer ma demande
web-errors-intro = Veuillez corriger les champs signalés ci-dessous ; ce que vous avez saisi a été conservé.
web-error-required = Ce champ est obligatoire.
web-error-too-long = Utilisez au plus { $max } caractères.
web-error-email = Ceci n'est pas une adresse électronique valide.
web-error-country = Choisissez un pays dans la liste.
web-error-url = Ceci n'est pas une adresse web (par exemple https://www.example.eu).
web-error-language = Choisissez une langue dans la liste.
web-error-choice = Choisissez parmi les options proposées.
web-error-control = Le texte contient un caractère de contrôle invisible ; veuillez le saisir à nouveau.
web-done-title = Merci !
web-done-signup = Nous avons bien reçu l'inscription de { $organisation }. Téléchargez la lettre d'intention, faites-la signer et renvoyez-la à { $contact } ({ $email }).
web-done-assistance = Nous avons bien reçu la demande de { $organisation }. Les partenaires du { $network_acronym } vous contacteront. Voici votre formulaire à conserver.
web-done-email = Une confirmation a été envoyée à { $email }.
web-download-docx = Télécharger (Word)
web-download-pdf = Télécharger (PDF)
web-contacts-title = Points de contact nationaux
web-contacts-intro = Interrogez le point de contact de votre pays sur les achats innovants et le réseau.
web-contacts-none = Aucun point de contact n'a encore été publié.
web-error-title = Désolé
web-error-400 = Le formulaire avait expiré ou ne venait pas de ce site. Rechargez la page et envoyez-le à nouveau.
web-error-404 = Cette page n'existe pas.
web-error-413 = L'envoi est trop volumineux. Raccourcissez les textes et renvoyez.
web-error-429 = Trop de demandes depuis votre adresse. Attendez une minute et réessayez.
web-error-500 = Une erreur s'est produite de notre côté. Veuillez réessayer plus tard.

## desk

desk-nav-submissions = Envois reçus
desk-nav-members = Membres et indicateurs
desk-nav-contacts = Points de contact
desk-nav-public = Site public
desk-log-out = Déconnecter { $user }
desk-login-title = Connexion de la coordination
desk-login-failed = Nom d'utilisateur ou mot de passe erroné.
desk-username = Nom d'utilisateur
desk-password = Mot de passe
desk-log-in = Se connecter
desk-all = tous
desk-pending = en attente
desk-accepted = accepté
desk-rejected = refusé
desk-member = inscription
desk-assistance = demande de soutien
desk-received = Reçu
desk-kind = Nature
desk-status = État
desk-reviewed-by = Examiné par
desk-none = Aucun envoi ici.
desk-received-in = Reçu le { $date }, documents en { $lang }, version { $version }.
desk-document = Le document (Word)
desk-conflict = Quelqu'un d'autre a modifié cet envoi depuis que vous l'avez ouvert. Le formulaire montre maintenant la version enregistrée ; refaites votre modification.
desk-save = Enregistrer les modifications
desk-accept = Accepter
desk-reject = Refuser
desk-covered = États membres de l'UE couverts (masse critique : { $target })
desk-members = Membres
desk-procurers = Acheteurs publics
desk-others = Autres abonnés
desk-export = Exporter
desk-recipients-xlsx = liste des destinataires (.xlsx)
desk-recipients-csv = liste des destinataires (.csv)
desk-member-files = fichiers des organisations (.zip)
desk-kpi-table = tableau des indicateurs (.xlsx)
desk-legend = membres ; contour : un partenaire y recrute. Données cartographiques : Natural Earth.
desk-map = Membres par pays
desk-per-partner = Par partenaire responsable
desk-partner = Partenaire responsable
desk-member-states = États membres
desk-states-covered = Couverts
desk-by-country = Par pays
desk-accepted-members = Membres acceptés
desk-remove = Retirer
desk-add-contact = Ajouter un point de contact
desk-add = Ajouter

## consolidated

consolidated-title = Rapport consolidé sur la participation au réseau { $network_acronym }
consolidated-intro = Les rapports des partenaires sur leur travail pour élargir le réseau { $network_acronym } (annexe 7.1), consolidés par { $report_to } le { $date }. Rapports reçus : { $received }, de { $reporting } partenaires sur { $partners }, pour { $periods }. Le dernier rapport de chaque partenaire fait foi ; le précédent montre les progrès.
consolidated-kpi-heading = Indicateurs clés de performance
consolidated-kpi-covered = États membres de l'UE couverts : { $covered } sur la masse critique de { $target }
consolidated-kpi-reached = La masse critique de { $target } États membres est atteinte.
consolidated-kpi-missing = États membres encore nécessaires pour atteindre la masse critique : { $missing }
consolidated-kpi-members = Membres du réseau { $network_acronym } engagés (lettre d'intention signée) : { $committed } ; contactés, pas encore engagés : { $contacted }
consolidated-kpi-progress = Progrès, États membres de l'UE couverts à chaque échéance de rapport : { $progress }
consolidated-chart-coverage = États membres de l'UE ayant un membre engagé à chaque échéance de rapport, par rapport à la masse critique de { $target } (ligne pointillée)
consolidated-chart-members = Membres du réseau { $network_acronym } par État membre : engagés et contactés
consolidated-axis-deadline = Échéance de rapport
consolidated-axis-states = États membres de l'UE couverts
consolidated-axis-members = Membres
consolidated-target = Masse critique : { $target }
consolidated-states-heading = États membres et partenaires responsables
consolidated-committed-short = Engagés
consolidated-contacted = Contactés
consolidated-total = Tous les États membres
consolidated-eea = pays de l'EEE
consolidated-eea-note = Seuls les États membres de l'UE comptent pour la masse critique ; un pays de l'EEE figure avec ses membres, mais n'est pas compté.
consolidated-partners-heading = Membres par partenaire et progrès
consolidated-partners-intro = Membres engagés et États membres couverts selon le dernier rapport de chaque partenaire ; si le partenaire a déjà rendu un rapport, le chiffre antérieur vient en premier (antérieur → dernier).
consolidated-member-states = États membres
consolidated-latest = Dernier rapport
consolidated-covered = États membres couverts
consolidated-no-report = aucun rapport
consolidated-status-contacted = contacté
consolidated-status-loi-signed = lettre d'intention signée
consolidated-no-additional = Aucun partenaire n'a signalé de membres supplémentaires.
consolidated-missing-heading = Partenaires sans rapport

## reminder

reminder-subject = Rappel : { $subject }
reminder-body =
    { email-greeting }

    Le { $sent }, nous vous avons envoyé le message « { $subject } » accompagné de { $document }. Nous n'avons pas encore reçu le document en retour ; vous le trouverez de nouveau ci-joint. Nous vous prions de bien vouloir le signer et le retourner à { $return_contact } ({ $return_email }). Si vous l'avez déjà envoyé, nous vous en remercions et vous prions de ne pas tenir compte de ce rappel.

    Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

    { $sender }
