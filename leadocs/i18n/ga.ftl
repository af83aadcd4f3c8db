# Static text of the built-in network documents, in Irish (Gaeilge).
# -network-name forms: none (the name always stands after a colon or as a title, unmutated).
# Same messages and { $variables } as en.ftl; formal register of an official letter (the
# organisation is addressed as "sibh"; the web forms use the singular imperative).
# Inserted names cannot take initial mutations or the genitive here, so each stands where its
# plain form is right: after a colon, in apposition after a noun in the nominative ("an
# eagraíocht X", "an líonra LEA-N"), or after "chuig"/"ag", which do not mutate a name.
# The e-mail opens with "A chara," (the vocative of a name would need a mutation) and closes
# with "Is mise le meas,".
# EU terms: comhaontú deontais (grant agreement), údarás conarthach (contracting authority),
# soláthar nuálaíochta (innovation procurement), soláthar réamhthráchtála (PCP),
# soláthar poiblí réiteach nuálach (PPI); Fís 2020 (Horizon 2020), an Coimisiún Eorpach.

## common

common-page = Leathanach
common-of = as
common-draft-generated = Arna ghiniúint le leadocs
common-date-place = Dáta agus áit
common-name = Ainm
common-title = Post
common-signature = Síniú
common-seal = Séala na heagraíochta
common-signatory-line = Síniú ionadaí údaraithe na heagraíochta
common-place-date = { $place }, { $date }
common-date = { $date }
common-funding-line = Maoinítear an tionscadal { $project } (comhaontú deontais uimh. { $grant_agreement }) faoin gclár { $programme }. Maoinitheoir: { $funder }.
common-to-complete = [le comhlánú]

## loi

loi-title = Litir intinne – { -network-name } ({ $network_acronym })
loi-non-binding = Tugtar faoi deara nach bhfuil an doiciméad seo ceangailteach ó thaobh dlí de.
loi-undersigned = Mise, an duine thíos-sínithe, deimhním thar ceann m’eagraíochta, { $organisation }, go bhfuil spéis againn sa tionscadal thuasluaite agus gur mian linn dul isteach sa líonra seo a leanas: { $network_description }. Ba mhian linn go gcoinneofaí ar an eolas sinn faoi dhul chun cinn an tionscadail agus faoi ghníomhaíochtaí an líonra, agus cur leo.
loi-default-description = { -network-name }
loi-why = CÉN FÁTH?
loi-how = CONAS?
loi-what = CAD?
loi-tasks-intro = Ar bhonn an mhéid sin, d’fhéadfadh an eagraíocht { $organisation } a bheith páirteach sna cúraimí seo a leanas:
loi-tasks-hint = (☒ = cúram roghnaithe)
loi-return = Iarrtar oraibh an litir shínithe a sheoladh ar ais chuig: { $contact } ({ $email }).
loi-keyword = litir intinne

## assistance

assistance-title = Iarratas ar chúnamh agus ar thacaíocht – comhaltaí an líonra { $network_acronym }
assistance-intro = Iarrtar oraibh cur síos a dhéanamh ar riachtanais bhur n-eagraíochta ionas go mbeidh comhpháirtithe an líonra { $network_acronym } in ann an cúnamh agus an tacaíocht cheart a thairiscint maidir le soláthar nuálaíochta.
assistance-purpose-intro = An fhoirm seo:
assistance-organisation = Ainm na heagraíochta
assistance-type = Cineál eagraíochta
assistance-country = Tír
assistance-address = Seoladh
assistance-website = Suíomh gréasáin
assistance-contact = Duine teagmhála
assistance-experience = Taithí roimhe seo ar sholáthar nuálaíochta
assistance-assistance = An cúnamh agus an tacaíocht a iarrtar
assistance-timeline = Amlíne
assistance-additional = Faisnéis bhreise (mar shampla, riachtanais oideachais a aithníodh agus ar cheart iad a chur san áireamh sa bheartas éilimh)
assistance-return = Iarrtar oraibh an fhoirm chomhlánaithe a sheoladh ar ais chuig: { $contact } ({ $email }).
assistance-keyword = iarratas ar chúnamh

## benefits

benefits-title = Buntáistí na ballraíochta sa líonra { $network_acronym } agus an ranníocaíocht a bhfuiltear ag súil léi
benefits-table-heading = Buntáistí na ballraíochta sa líonra { $network_acronym }
benefits-contribution-heading = An ranníocaíocht a bhfuiltear ag súil léi ó na comhaltaí
benefits-keyword = buntáistí

## types

types-procurer = Údarás conarthach
types-school = Scoil
types-supplier = Soláthraí
types-learntech-expert = Saineolaí ar theicneolaíocht foghlama

## report

report-title = Tuarascáil ar rannpháirtíocht sa líonra { $network_acronym }
report-partner = Comhpháirtí
report-deadlines = Le seachadadh chuig { $report_to } faoi:
report-number = Uimh.
report-member-state = Ballstát
report-responsible = Comhpháirtí freagrach
report-committed = Comhalta den líonra { $network_acronym } a aithníodh agus a thug gealltanas
report-additional-heading = Comhaltaí breise den líonra { $network_acronym } a aithníodh agus a thug gealltanas
report-additional-member = Eagraíocht
report-additional-country = Tír
report-additional-status = Stádas (teagmháil déanta / litir intinne sínithe)
report-description-heading = Cur síos ar an obair a rinneadh chun an líonra { $network_acronym } a leathnú
report-description-hint = Cur síos gairid ar an obair a rinne bhur n-eagraíocht chun comhaltaí nua a mhealladh.
report-challenges-heading = Dúshláin a aithníodh le linn an phróisis
report-challenges-hint = Más ann dóibh, iarrtar oraibh cur síos a dhéanamh orthu agus a léiriú conas a d’fhéadfaí iad a sheachaint amach anseo.
report-no-member-states = Níor sannadh aon bhallstát don chomhpháirtí seo; tuairiscítear comhaltaí breise thíos.
report-keyword = tuarascáil comhpháirtí

## email

email-greeting = A chara,
email-loi-subject = { $organisation }: litir intinne maidir le dul isteach sa líonra { $network_acronym }
email-loi-body =
    { email-greeting }

    Tá an litir intinne ón eagraíocht { $organisation } ceangailte leis an ríomhphost seo, maidir le dul isteach sa líonra seo a leanas: { -network-name } ({ $network_acronym }). Tá na cúraimí a roghnaigh sibh curtha isteach inti cheana. Iarrtar oraibh í a sheiceáil, í a chur á síniú ag { $signatory } agus í a sheoladh ar ais chuig: { $return_contact } ({ $return_email }).

    Is mise le meas,

    { $sender }
email-assistance-subject = { $organisation }: iarratas ar chúnamh agus ar thacaíocht ón líonra { $network_acronym }
email-assistance-body =
    { email-greeting }

    Tá an fhoirm iarratais ar chúnamh agus ar thacaíocht don eagraíocht { $organisation } ceangailte leis an ríomhphost seo, agus an fhaisnéis atá againn curtha isteach inti cheana. Iarrtar oraibh í a chomhlánú agus a sheoladh ar ais chuig: { $return_contact } ({ $return_email }).

    Is mise le meas,

    { $sender }

## notice_sheet

notice-sheet-title = Bileog sonraí: { $notice }
notice-sheet-intro = Fochineál fógra eForms { $subtype }, SDK { $sdk }. Na téarmaí gnó mar a fhoilseofar iad; is ó eForms SDK a thagann a n-ainmneacha.
notice-sheet-term = Téarma
notice-sheet-name = Ainm
notice-sheet-value = Luach
notice-sheet-missing = Luachanna ar iarraidh
notice-sheet-missing-line = { $term } { $label }: ar iarraidh; socraigh { $key }
notice-sheet-pin = réamhfhógra faisnéise
notice-sheet-pmc = fógra comhairliúcháin réamh-mhargaidh
notice-sheet-cn = fógra conartha
notice-sheet-can = fógra dámhachtana conartha

## web

web-nav-signup = Bí i do bhall den líonra
web-nav-assistance = Iarr cúnamh
web-nav-contacts = Pointí teagmhála náisiúnta
web-nav-coordinator = Comhordaitheoirí
web-language = Teanga
web-signup-title = Ballraíocht: { -network-name } ({ $network_acronym })
web-signup-intro = Líon isteach an fhoirm seo chun dul isteach sa líonra. Ansin is féidir leat do litir intinne a íoslódáil, agus an méid a chlóscríobh tú curtha isteach inti, lena síniú agus lena seoladh ar ais.
web-assistance-title = Iarratas ar chúnamh agus ar thacaíocht – comhaltaí an líonra { $network_acronym }
web-assistance-intro = Déan cur síos ar riachtanais d’eagraíochta ionas go mbeidh comhpháirtithe an líonra { $network_acronym } in ann an cúnamh agus an tacaíocht cheart a thairiscint maidir le soláthar nuálaíochta.
web-section-organisation = D’eagraíocht
web-section-contact = Duine teagmhála
web-section-signatory = An té a shíneoidh
web-section-tasks = Cúraimí a nglacfá páirt iontu
web-section-request = D’iarratas
web-field-name = Ainm na heagraíochta
web-field-short-name = Ainm gearr nó acrainm
web-field-type = Cineál eagraíochta
web-field-country = Tír
web-field-street = Sráid agus uimhir
web-field-postcode = Cód poist
web-field-city = Baile
web-field-website = Suíomh gréasáin
web-field-person = Ainm
web-field-role = Ról
web-field-email = Ríomhphost
web-field-phone = Teileafón
web-field-title = Post
web-field-language = Teanga na ndoiciméad
web-field-experience = Taithí roimhe seo ar sholáthar nuálaíochta
web-field-assistance = An cúnamh agus an tacaíocht a iarrtar
web-field-timeline = Amlíne
web-field-additional = Faisnéis bhreise (mar shampla, riachtanais oideachais a aithníodh agus ar cheart iad a chur san áireamh sa bheartas éilimh)
web-choose = – roghnaigh –
web-required = riachtanach
web-submit-signup = Seol agus faigh mo litir
web-submit-assistance = Seol m’iarratas
web-errors-intro = Ceartaigh na réimsí atá marcáilte thíos; coinníodh an méid a chlóscríobh tú.
web-error-required = Tá an réimse seo riachtanach.
web-error-too-long = Ná húsáid níos mó ná { $max } carachtar.
web-error-email = Ní seoladh ríomhphoist bailí é seo.
web-error-country = Roghnaigh tír ón liosta.
web-error-url = Ní seoladh gréasáin é seo (mar shampla https://www.example.eu).
web-error-language = Roghnaigh teanga ón liosta.
web-error-choice = Roghnaigh ceann de na roghanna a thaispeántar.
web-error-control = Tá carachtar rialúcháin dofheicthe sa téacs seo; clóscríobh arís é.
web-done-title = Go raibh maith agat!
web-done-signup = Fuaireamar clárú na heagraíochta seo: { $organisation }. Íoslódáil do litir intinne, cuir á síniú í agus seol ar ais í chuig { $contact } ({ $email }).
web-done-assistance = Fuaireamar iarratas na heagraíochta seo: { $organisation }. Rachaidh comhpháirtithe an líonra { $network_acronym } i dteagmháil leat. Seo d’fhoirm iarratais le coinneáil.
web-done-email = Seoladh deimhniú chuig { $email }.
web-download-docx = Íoslódáil (Word)
web-download-pdf = Íoslódáil (PDF)
web-contacts-title = Pointí teagmhála náisiúnta
web-contacts-intro = Cuir ceist ar phointe teagmhála do thíre faoi sholáthar nuálaíochta agus faoin líonra.
web-contacts-none = Níor foilsíodh aon phointe teagmhála go fóill.
web-error-title = Ár leithscéal
web-error-400 = Bhí an fhoirm as feidhm nó níor tháinig sí ón suíomh seo. Lódáil an leathanach arís agus seol an fhoirm uair amháin eile.
web-error-404 = Níl an leathanach seo ann.
web-error-413 = Tá an méid a seoladh rómhór. Giorraigh na téacsanna agus seol arís.
web-error-429 = An iomarca iarratas ó do sheoladh. Fan nóiméad agus bain triail eile as.
web-error-500 = Tharla earráid ar ár dtaobh. Bain triail eile as ar ball.

## desk

desk-nav-submissions = Aighneachtaí
desk-nav-members = Comhaltaí agus KPI
desk-nav-contacts = Pointí teagmhála
desk-nav-public = Suíomh poiblí
desk-log-out = Logáil amach ({ $user })
desk-login-title = Logáil isteach don chomhordaitheoir
desk-login-failed = Ainm úsáideora nó pasfhocal mícheart.
desk-username = Ainm úsáideora
desk-password = Pasfhocal
desk-log-in = Logáil isteach
desk-all = gach ceann
desk-pending = ar feitheamh
desk-accepted = glactha
desk-rejected = diúltaithe
desk-member = clárú
desk-assistance = iarratas ar chúnamh
desk-received = Faighte
desk-kind = Cineál
desk-status = Stádas
desk-reviewed-by = Athbhreithnithe ag
desk-none = Níl aon aighneacht anseo.
desk-received-in = Faighte { $date }; teanga na ndoiciméad: { $lang }; leagan { $version }.
desk-document = An doiciméad (Word)
desk-conflict = D’athraigh duine eile an aighneacht seo ó d’oscail tú í. Taispeánann an fhoirm an leagan sábháilte anois; déan d’athrú arís.
desk-save = Sábháil na hathruithe
desk-accept = Glac leis
desk-reject = Diúltaigh
desk-covered = Ballstáit AE a chumhdaítear (mais chriticiúil: { $target })
desk-members = Comhaltaí
desk-procurers = Údaráis chonarthacha
desk-others = Leantóirí eile
desk-export = Easpórtáil
desk-recipients-xlsx = liosta faighteoirí (.xlsx)
desk-recipients-csv = liosta faighteoirí (.csv)
desk-member-files = comhaid na n-eagraíochtaí (.zip)
desk-kpi-table = tábla KPI (.xlsx)
desk-legend = comhaltaí; imlíne: earcaíonn comhpháirtí ansin. Sonraí léarscáile: Natural Earth.
desk-map = Comhaltaí de réir tíre
desk-per-partner = De réir an chomhpháirtí fhreagraigh
desk-partner = Comhpháirtí freagrach
desk-member-states = Ballstáit
desk-states-covered = Cumhdaithe
desk-by-country = De réir tíre
desk-accepted-members = Comhaltaí a glacadh
desk-remove = Bain
desk-add-contact = Cuir pointe teagmhála leis
desk-add = Cuir leis

## consolidated
consolidated-title = Tuarascáil chomhdhlúite ar rannpháirtíocht sa líonra { $network_acronym }
consolidated-intro = Tuarascálacha na gcomhpháirtithe ar an obair a rinne siad chun an líonra { $network_acronym } a leathnú (aguisín 7.1), arna gcomhdhlúthú ag { $report_to } ar an dáta seo a leanas: { $date }. Tuarascálacha a fuarthas: { $received }; comhpháirtithe a chuir tuarascáil isteach: { $reporting } as { $partners }; tréimhsí: { $periods }. Is í an tuarascáil is déanaí ó gach comhpháirtí a áirítear; léiríonn an tuarascáil roimpi an dul chun cinn.
consolidated-kpi-heading = Príomhtháscairí feidhmíochta
consolidated-kpi-covered = Ballstáit AE atá clúdaithe: { $covered }; mais chriticiúil: { $target }
consolidated-kpi-reached = Tá an mhais chriticiúil ballstát ({ $target }) bainte amach.
consolidated-kpi-missing = Líon na mballstát atá fós de dhíth chun an mhais chriticiúil a bhaint amach: { $missing }
consolidated-kpi-members = Comhaltaí den líonra { $network_acronym } a thug gealltanas (litir intinne sínithe): { $committed }; teagmháil déanta, gan gealltanas fós: { $contacted }
consolidated-kpi-progress = Dul chun cinn, ballstáit AE atá clúdaithe ag gach spriocdháta tuairiscithe: { $progress }
consolidated-chart-coverage = Ballstáit AE ag a bhfuil comhalta a thug gealltanas ag gach spriocdháta tuairiscithe, i gcomparáid leis an mais chriticiúil: { $target } (líne bhriste)
consolidated-chart-members = Comhaltaí den líonra { $network_acronym } de réir ballstáit: gealltanas tugtha agus teagmháil déanta
consolidated-axis-deadline = Spriocdháta tuairiscithe
consolidated-axis-states = Ballstáit AE atá clúdaithe
consolidated-axis-members = Comhaltaí
consolidated-target = Mais chriticiúil: { $target }
consolidated-states-heading = Ballstáit agus comhpháirtithe freagracha
consolidated-committed-short = Gealltanas tugtha
consolidated-contacted = Teagmháil déanta
consolidated-total = Na ballstáit uile
consolidated-eea = Tír LEE
consolidated-eea-note = Ní áirítear ach ballstáit AE i dtreo na maise criticiúla; taispeántar tír LEE mar aon lena comhaltaí, ach ní áirítear í.
consolidated-partners-heading = Comhaltaí de réir comhpháirtí agus dul chun cinn
consolidated-partners-intro = Comhaltaí a thug gealltanas agus ballstáit atá clúdaithe de réir na tuarascála is déanaí ó gach comhpháirtí; más rud é gur chuir an comhpháirtí tuarascáil isteach roimhe sin, tugtar an figiúr níos luaithe ar dtús (níos luaithe → is déanaí).
consolidated-member-states = Ballstáit
consolidated-latest = An tuarascáil is déanaí
consolidated-covered = Ballstáit atá clúdaithe
consolidated-no-report = gan tuarascáil
consolidated-status-contacted = teagmháil déanta
consolidated-status-loi-signed = litir intinne sínithe
consolidated-no-additional = Níor thuairiscigh aon chomhpháirtí comhaltaí breise.
consolidated-missing-heading = Comhpháirtithe nár chuir tuarascáil isteach

## reminder
reminder-subject = Meabhrúchán: { $subject }
reminder-body =
    { email-greeting }

    Ar an dáta seo a leanas: { $sent }, sheolamar chugaibh an teachtaireacht “{ $subject }” agus an doiciméad { $document } ceangailte léi. Ní bhfuaireamar an doiciméad ar ais fós; tá sé ceangailte arís leis an ríomhphost seo. Iarrtar oraibh é a shíniú agus a sheoladh ar ais chuig: { $return_contact } ({ $return_email }). Má sheol sibh cheana é, go raibh maith agaibh, agus iarrtar oraibh neamhaird a dhéanamh den mheabhrúchán seo.

    Is mise le meas,

    { $sender }
