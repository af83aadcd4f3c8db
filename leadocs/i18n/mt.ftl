# Static text of the built-in network documents, in Maltese (Malti).
# -network-name forms: none (the name stands after a colon or in a title, so it needs no
# article and no preposition contracted with one: "fin-netwerk li ġej: X").
# Same messages and { $variables } as en.ftl; formal register of an official letter (the reader
# is addressed in the plural, "intom"; the coordinators' desk in the singular).
# Inserted names stand after a noun with its article ("l-organizzazzjoni X", "tan-netwerk
# LEA-N"), after a colon or as a subject, never right after "netwerk". The apostrophe is ’.
# EU terms: ftehim ta’ għotja (grant agreement), awtorità kontraenti (contracting authority),
# akkwist tal-innovazzjoni (innovation procurement), akkwist prekummerċjali (PCP), akkwist
# pubbliku ta’ soluzzjonijiet innovattivi (PPI); Orizzont 2020, il-Kummissjoni Ewropea.

## common

common-page = Paġna
common-of = minn
common-draft-generated = Iġġenerat permezz ta’ leadocs
common-date-place = Data u post
common-name = Isem
common-title = Kariga
common-signature = Firma
common-seal = Timbru tal-organizzazzjoni
common-signatory-line = Firma tar-rappreżentant awtorizzat tal-organizzazzjoni
common-place-date = { $place }, { $date }
common-date = { $date }
common-funding-line = Il-proġett { $project } (ftehim ta’ għotja Nru { $grant_agreement }) huwa ffinanzjat taħt il-programm { $programme }. Finanzjatur: { $funder }.
common-to-complete = [għad irid jimtela]

## loi

loi-title = Ittra ta’ intenzjoni – { -network-name } ({ $network_acronym })
loi-non-binding = Jiġi nnutat li dan id-dokument mhuwiex legalment vinkolanti.
loi-undersigned = Jien, is-sottoskritt/a, nikkonferma f’isem l-organizzazzjoni tiegħi, { $organisation }, l-interess tagħna fil-proġett imsemmi hawn fuq u l-intenzjoni tagħna li nissieħbu fin-netwerk li ġej: { $network_description }. Nixtiequ nibqgħu infurmati dwar il-progress ta’ dan il-proġett u l-attivitajiet tan-netwerk u nikkontribwixxu għalihom.
loi-default-description = { -network-name }
loi-why = GĦALIEX?
loi-how = KIF?
loi-what = XIEX?
loi-tasks-intro = Abbażi ta’ dan, naraw li l-organizzazzjoni { $organisation } tista’ tipparteċipa fil-kompiti li ġejjin:
loi-tasks-hint = (☒ = kompitu magħżul)
loi-return = L-ittra ffirmata għandha tintbagħat lura lil: { $contact } ({ $email }).
loi-keyword = ittra ta’ intenzjoni

## assistance

assistance-title = Talba għal assistenza u appoġġ – membri tan-netwerk { $network_acronym }
assistance-intro = Jekk jogħġobkom, iddeskrivu l-ħtiġijiet tal-organizzazzjoni tagħkom sabiex l-imsieħba tan-netwerk { $network_acronym } ikunu jistgħu joffru l-assistenza u l-appoġġ xierqa għall-akkwist tal-innovazzjoni.
assistance-purpose-intro = Din il-formola:
assistance-organisation = Isem l-organizzazzjoni
assistance-type = Tip ta’ organizzazzjoni
assistance-country = Pajjiż
assistance-address = Indirizz
assistance-website = Sit web
assistance-contact = Persuna ta’ kuntatt
assistance-experience = Esperjenza preċedenti fl-akkwist tal-innovazzjoni
assistance-assistance = Assistenza u appoġġ mitluba
assistance-timeline = Skeda ta’ żmien
assistance-additional = Informazzjoni addizzjonali (pereżempju ħtiġijiet edukattivi identifikati li għandhom jiġu inklużi fil-politika tad-domanda)
assistance-return = Il-formola mimlija għandha tintbagħat lura lil: { $contact } ({ $email }).
assistance-keyword = talba għal assistenza

## benefits

benefits-title = Il-benefiċċji tas-sħubija fin-netwerk { $network_acronym } u l-kontribut mistenni
benefits-table-heading = Il-benefiċċji tas-sħubija fin-netwerk { $network_acronym }
benefits-contribution-heading = Il-kontribut mistenni mill-membri
benefits-keyword = benefiċċji

## types

types-procurer = Awtorità kontraenti
types-school = Skola
types-supplier = Fornitur
types-learntech-expert = Espert fit-teknoloġija tat-tagħlim

## report

report-title = Rapport dwar il-parteċipazzjoni fin-netwerk { $network_acronym }
report-partner = Sieħeb
report-deadlines = Għandu jitwassal lil { $report_to } sa:
report-number = Nru
report-member-state = Stat Membru
report-responsible = Sieħeb responsabbli
report-committed = Membru tan-netwerk { $network_acronym } identifikat u impenjat
report-additional-heading = Membri addizzjonali tan-netwerk { $network_acronym } identifikati u impenjati
report-additional-member = Organizzazzjoni
report-additional-country = Pajjiż
report-additional-status = Qagħda (ikkuntattjata / ittra ta’ intenzjoni ffirmata)
report-description-heading = Deskrizzjoni tax-xogħol imwettaq biex jitkabbar in-netwerk { $network_acronym }
report-description-hint = Deskrizzjoni qasira tax-xogħol li wettqet l-organizzazzjoni tagħkom biex tattira membri ġodda.
report-challenges-heading = Sfidi identifikati matul il-proċess
report-challenges-hint = Jekk kien hemm, iddeskrivuhom u indikaw kif jistgħu jiġu evitati fil-futur.
report-no-member-states = Ma ġie assenjat l-ebda Stat Membru lil dan is-sieħeb; irrapportaw il-membri addizzjonali hawn taħt.
report-keyword = rapport tas-sieħeb

## email

email-greeting = { $salutation ->
        [ms] Għażiża Sinjura { $contact_family_name },
        [mr] Għażiż Sur { $contact_family_name },
       *[none] Għażiża Sinjura, Għażiż Sinjur,
    }
email-loi-subject = { $organisation }: ittra ta’ intenzjoni biex tissieħeb fin-netwerk { $network_acronym }
email-loi-body =
    { email-greeting }

    Mehmuża ssibu l-ittra ta’ intenzjoni tal-organizzazzjoni { $organisation } biex tissieħeb fin-netwerk li ġej: { -network-name } ({ $network_acronym }). L-ittra diġà fiha l-kompiti li għażiltu. Jekk jogħġobkom, iċċekkjawha, għamlu l-arranġamenti biex tiġi ffirmata minn { $signatory } u ibagħtuha lura lil: { $return_contact } ({ $return_email }).

    Dejjem tagħkom,

    { $sender }
email-assistance-subject = { $organisation }: talba għal assistenza u appoġġ lin-netwerk { $network_acronym }
email-assistance-body =
    { email-greeting }

    Mehmuża ssibu l-formola ta’ talba għal assistenza u appoġġ tal-organizzazzjoni { $organisation }, diġà mimlija bl-informazzjoni li għandna. Jekk jogħġobkom, imlewha u ibagħtuha lura lil: { $return_contact } ({ $return_email }).

    Dejjem tagħkom,

    { $sender }

## notice_sheet

notice-sheet-title = Skeda tad-data: { $notice }
notice-sheet-intro = Sottotip tal-avviż eForms { $subtype }, SDK { $sdk }. It-termini kummerċjali kif se jiġu ppubblikati; isimhom huma dawk tal-eForms SDK.
notice-sheet-term = Terminu
notice-sheet-name = Isem
notice-sheet-value = Valur
notice-sheet-missing = Valuri neqsin
notice-sheet-missing-line = { $term } { $label }: nieqes; issettja { $key }
notice-sheet-pin = avviż ta’ informazzjoni minn qabel
notice-sheet-pmc = avviż ta’ konsultazzjoni preliminari tas-suq
notice-sheet-cn = avviż dwar kuntratt
notice-sheet-can = avviż dwar l-għoti ta’ kuntratt

## web

web-nav-signup = Issieħbu fin-netwerk
web-nav-assistance = Itolbu assistenza
web-nav-contacts = Punti ta’ kuntatt nazzjonali
web-nav-coordinator = Koordinaturi
web-language = Lingwa
web-signup-title = Sħubija: { -network-name } ({ $network_acronym })
web-signup-intro = Imlew din il-formola biex tissieħbu fin-netwerk. Imbagħad tkunu tistgħu tniżżlu l-ittra ta’ intenzjoni tagħkom, mimlija b’dak li ktibtu, biex tiffirmawha u tibagħtuha lura.
web-assistance-title = Talba għal assistenza u appoġġ – membri tan-netwerk { $network_acronym }
web-assistance-intro = Iddeskrivu l-ħtiġijiet tal-organizzazzjoni tagħkom sabiex l-imsieħba tan-netwerk { $network_acronym } ikunu jistgħu joffru l-assistenza u l-appoġġ xierqa għall-akkwist tal-innovazzjoni.
web-section-organisation = L-organizzazzjoni tagħkom
web-section-contact = Persuna ta’ kuntatt
web-section-signatory = Min jiffirma
web-section-tasks = Kompiti li tipparteċipaw fihom
web-section-request = It-talba tagħkom
web-field-name = Isem l-organizzazzjoni
web-field-short-name = Isem qasir jew akronimu
web-field-type = Tip ta’ organizzazzjoni
web-field-country = Pajjiż
web-field-street = Triq u numru
web-field-postcode = Kodiċi postali
web-field-city = Lokalità
web-field-website = Sit web
web-field-person = Isem
web-field-role = Rwol
web-field-email = Indirizz elettroniku
web-field-phone = Telefon
web-field-title = Kariga
web-field-language = Lingwa tad-dokumenti
web-field-experience = Esperjenza preċedenti fl-akkwist tal-innovazzjoni
web-field-assistance = Assistenza u appoġġ mitluba
web-field-timeline = Skeda ta’ żmien
web-field-additional = Informazzjoni addizzjonali (pereżempju ħtiġijiet edukattivi identifikati li għandhom jiġu inklużi fil-politika tad-domanda)
web-choose = – agħżlu –
web-required = meħtieġ
web-submit-signup = Ibagħtu u niżżlu l-ittra
web-submit-assistance = Ibagħtu t-talba
web-errors-intro = Jekk jogħġobkom, ikkoreġu l-oqsma mmarkati hawn taħt; dak li ktibtu nżamm.
web-error-required = Dan il-qasam huwa meħtieġ.
web-error-too-long = Tużawx aktar minn { $max } karattru.
web-error-email = Dan mhuwiex indirizz elettroniku validu.
web-error-country = Agħżlu pajjiż mil-lista.
web-error-url = Dan mhuwiex indirizz tal-web (pereżempju https://www.example.eu).
web-error-language = Agħżlu lingwa mil-lista.
web-error-choice = Agħżlu waħda mill-għażliet murija.
web-error-control = Dan it-test fih karattru ta’ kontroll inviżibbli; jekk jogħġobkom, iktbuh mill-ġdid.
web-done-title = Grazzi!
web-done-signup = Irċevejna l-applikazzjoni għas-sħubija tal-organizzazzjoni { $organisation }. Niżżlu l-ittra ta’ intenzjoni, iffirmawha u ibagħtuha lura lil { $contact } ({ $email }).
web-done-assistance = Irċevejna t-talba tal-organizzazzjoni { $organisation }. L-imsieħba tan-netwerk { $network_acronym } se jikkuntattjawkom. Il-formola tat-talba tagħkom tinsab hawn biex iżżommuha.
web-done-email = Intbagħtet konferma lil { $email }.
web-download-docx = Niżżlu (Word)
web-download-pdf = Niżżlu (PDF)
web-contacts-title = Punti ta’ kuntatt nazzjonali
web-contacts-intro = Staqsu lill-punt ta’ kuntatt ta’ pajjiżkom dwar l-akkwist tal-innovazzjoni u n-netwerk.
web-contacts-none = Għadhom ma ġewx ippubblikati punti ta’ kuntatt.
web-error-title = Skużana
web-error-400 = Il-formola kienet skadiet jew ma ġietx minn dan is-sit. Jekk jogħġobkom, erġgħu tellgħu l-paġna u ibagħtu l-formola darb’oħra.
web-error-404 = Din il-paġna ma teżistix.
web-error-413 = Dak li ntbagħat huwa kbir wisq. Jekk jogħġobkom, qassru t-testi u ibagħtu mill-ġdid.
web-error-429 = Saru wisq talbiet mill-indirizz tagħkom. Stennew minuta u erġgħu ippruvaw.
web-error-500 = Inqalgħet problema min-naħa tagħna. Jekk jogħġobkom, erġgħu ippruvaw aktar tard.

## desk

desk-nav-submissions = Sottomissjonijiet
desk-nav-members = Membri u KPI
desk-nav-contacts = Punti ta’ kuntatt
desk-nav-public = Sit pubbliku
desk-log-out = Oħroġ ({ $user })
desk-login-title = Dħul għall-koordinatur
desk-login-failed = Isem tal-utent jew kelma sigrieta ħażina.
desk-username = Isem tal-utent
desk-password = Kelma sigrieta
desk-log-in = Idħol
desk-all = kollha
desk-pending = pendenti
desk-accepted = aċċettata
desk-rejected = miċħuda
desk-member = sħubija
desk-assistance = talba għal assistenza
desk-received = Riċevuta
desk-kind = Tip
desk-status = Qagħda
desk-reviewed-by = Eżaminata minn
desk-none = M’hemmx sottomissjonijiet hawn.
desk-received-in = Riċevuta { $date }, lingwa tad-dokumenti: { $lang }, verżjoni { $version }.
desk-document = Id-dokument (Word)
desk-conflict = Din is-sottomissjoni nbidlet minn xi ħadd ieħor wara li fetaħtha. Il-formola issa turi l-verżjoni ssejvjata; agħmel il-bidla tiegħek mill-ġdid.
desk-save = Issejvja l-bidliet
desk-accept = Aċċetta
desk-reject = Iċħad
desk-covered = Stati Membri tal-UE koperti (massa kritika: { $target })
desk-members = Membri
desk-procurers = Awtoritajiet kontraenti
desk-others = Segwaċi oħra
desk-export = Esportazzjoni
desk-recipients-xlsx = lista ta’ destinatarji (.xlsx)
desk-recipients-csv = lista ta’ destinatarji (.csv)
desk-member-files = fajls tal-organizzazzjonijiet (.zip)
desk-kpi-table = tabella tal-KPI (.xlsx)
desk-legend = membri; bil-kontorn: sieħeb jirrekluta hemmhekk. Data tal-mappa: Natural Earth.
desk-map = Membri skont il-pajjiż
desk-per-partner = Skont is-sieħeb responsabbli
desk-partner = Sieħeb responsabbli
desk-member-states = Stati Membri
desk-states-covered = Koperti
desk-by-country = Skont il-pajjiż
desk-accepted-members = Membri aċċettati
desk-remove = Neħħi
desk-add-contact = Żid punt ta’ kuntatt
desk-add = Żid

## consolidated
consolidated-title = Rapport konsolidat dwar il-parteċipazzjoni fin-netwerk { $network_acronym }
consolidated-intro = Ir-rapporti tas-sħab dwar ix-xogħol tagħhom biex jitkabbar in-netwerk { $network_acronym } (appendiċi 7.1), ikkonsolidati minn { $report_to } (data: { $date }). Rapporti riċevuti: { $received }; sħab li rrappurtaw: { $reporting } minn { $partners }; perjodi: { $periods }. Jgħodd l-aħħar rapport ta’ kull sieħeb; ir-rapport ta’ qablu juri l-progress.
consolidated-kpi-heading = Indikaturi ewlenin tal-prestazzjoni
consolidated-kpi-covered = Stati Membri tal-UE koperti: { $covered } mill-massa kritika ta’ { $target }
consolidated-kpi-reached = Il-massa kritika ta’ Stati Membri ({ $target }) intlaħqet.
consolidated-kpi-missing = Stati Membri li għadhom meħtieġa biex tintlaħaq il-massa kritika: { $missing }
consolidated-kpi-members = Membri tan-netwerk { $network_acronym } impenjati (ittra ta’ intenzjoni ffirmata): { $committed }; ikkuntattjati, iżda għadhom mhux impenjati: { $contacted }
consolidated-kpi-progress = Progress, Stati Membri tal-UE koperti f’kull skadenza għar-rapportar: { $progress }
consolidated-chart-coverage = Stati Membri tal-UE b’membru impenjat f’kull skadenza għar-rapportar, imqabbla mal-massa kritika ta’ { $target } (linja maqtugħa)
consolidated-chart-members = Membri tan-netwerk { $network_acronym } għal kull Stat Membru: impenjati u kkuntattjati
consolidated-axis-deadline = Skadenza għar-rapportar
consolidated-axis-states = Stati Membri tal-UE koperti
consolidated-axis-members = Membri
consolidated-target = Massa kritika: { $target }
consolidated-states-heading = Stati Membri u sħab responsabbli
consolidated-committed-short = Impenjati
consolidated-contacted = Ikkuntattjati
consolidated-total = L-Istati Membri kollha
consolidated-eea = Pajjiż taż-ŻEE
consolidated-eea-note = L-Istati Membri tal-UE biss jgħoddu għall-massa kritika; pajjiż taż-ŻEE jintwera mal-membri tiegħu, iżda ma jingħaddx.
consolidated-partners-heading = Membri għal kull sieħeb u progress
consolidated-partners-intro = Membri impenjati u Stati Membri koperti skont l-aħħar rapport ta’ kull sieħeb; fejn is-sieħeb irrapporta qabel, iċ-ċifra ta’ qabel tidher l-ewwel (ta’ qabel → l-aħħar).
consolidated-member-states = Stati Membri
consolidated-latest = L-aħħar rapport
consolidated-covered = Stati Membri koperti
consolidated-no-report = l-ebda rapport
consolidated-status-contacted = ikkuntattjata
consolidated-status-loi-signed = ittra ta’ intenzjoni ffirmata
consolidated-no-additional = L-ebda sieħeb ma rrapporta membri addizzjonali.
consolidated-missing-heading = Sħab mingħajr rapport

## reminder
reminder-subject = Tfakkira: { $subject }
reminder-body =
    { email-greeting }

    Nhar { $sent } bgħattnielkom il-messaġġ “{ $subject }” bid-dokument { $document } mehmuż miegħu. Għadna ma rċevejniex lura d-dokument, u għalhekk qed nerġgħu nibagħtuh mehmuż. Jekk jogħġobkom, iffirmawh u ibagħtuh lura lil: { $return_contact } ({ $return_email }). Jekk diġà bgħattuh, nirringrazzjawkom, u jekk jogħġobkom injoraw din it-tfakkira.

    Dejjem tagħkom,

    { $sender }
