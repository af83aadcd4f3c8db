# Static text of the built-in network documents, in Finnish (suomi).
# Same messages and { $variables } as en.ftl; formal register of a letter to a public authority.
# Organisation names stand where the nominative fits (after a colon, as a subject, after
# "organisaation"). The network's name is the term -network-name; forms: ill = illatiivi
# ("LEA:n hankintayksiköiden verkostoon").
# EU terms: avustussopimus (grant agreement), innovatiiviset julkiset hankinnat,
# esikaupallinen hankinta (PCP), innovatiivisten ratkaisujen julkiset hankinnat (PPI).

## common

common-page = Sivu
common-of = /
common-draft-generated = Laadittu leadocs-ohjelmalla
common-date-place = Päiväys ja paikka
common-place-date = { $place } { $date }
common-date = { $date }
common-name = Nimi
common-title = Asema
common-signature = Allekirjoitus
common-seal = Organisaation leima
common-signatory-line = organisaation valtuutetun edustajan allekirjoitus
common-funding-line = { $project }-hanke (avustussopimus nro { $grant_agreement }) rahoitetaan { $programme } -ohjelmasta. Rahoittaja: { $funder }.
common-to-complete = [täydennettävä]

## loi

loi-title = Aiekirje – { -network-name } ({ $network_acronym })
loi-keyword = aiekirje
loi-non-binding = Huomattakoon, että tämä asiakirja ei ole oikeudellisesti sitova.
loi-undersigned = Allekirjoittanut vahvistaa edustamansa organisaation puolesta, että { $organisation } on kiinnostunut edellä mainitusta hankkeesta ja haluaa liittyä seuraavaan verkostoon: { $network_description }. Haluamme saada tietoa hankkeen ja verkoston toiminnan edistymisestä sekä osallistua niiden kehittämiseen.
loi-default-description = { -network-name }
loi-why = MIKSI?
loi-how = MITEN?
loi-what = MITÄ?
loi-tasks-intro = Edellä esitetyn perusteella { $organisation } voisi osallistua seuraaviin tehtäviin:
loi-tasks-hint = (☒ = valittu tehtävä)
loi-return = Allekirjoitettu aiekirje palautetaan: { $contact } ({ $email }).

## assistance

assistance-title = Tuki- ja neuvontapyyntö – { $network_acronym }-verkoston jäsenet
assistance-keyword = tukipyyntö
assistance-intro = Pyydämme kuvailemaan organisaationne tarpeet, jotta { $network_acronym }-verkoston kumppanit voivat tarjota oikeanlaista apua ja tukea innovatiivisiin julkisiin hankintoihin.
assistance-purpose-intro = Tämä lomake:
assistance-organisation = Organisaation nimi
assistance-type = Organisaation tyyppi
assistance-country = Maa
assistance-address = Osoite
assistance-website = Verkkosivusto
assistance-contact = Yhteyshenkilö
assistance-experience = Aiempi kokemus innovatiivisista julkisista hankinnoista
assistance-assistance = Pyydetty apu ja tuki
assistance-timeline = Aikataulu
assistance-additional = Lisätietoja (esimerkiksi havaitut koulutustarpeet, jotka tulisi sisällyttää kysyntäpolitiikkaan)
assistance-return = Täytetty lomake palautetaan: { $contact } ({ $email }).

## benefits

benefits-title = { $network_acronym }-jäsenyyden hyödyt ja jäseniltä odotettu panos
benefits-keyword = edut
benefits-table-heading = { $network_acronym }-jäsenyyden hyödyt
benefits-contribution-heading = Jäseniltä odotettu panos

## types

types-procurer = Hankintayksikkö
types-school = Koulu
types-supplier = Toimittaja
types-learntech-expert = Oppimisteknologian asiantuntija

## report

report-title = Raportti osallistumisesta { $network_acronym }-verkostoon
report-keyword = kumppaniraportti
report-partner = Kumppani
report-deadlines = Toimitetaan vastaanottajalle { $report_to } viimeistään:
report-number = Nro
report-member-state = Jäsenvaltio
report-responsible = Vastuukumppani
report-committed = Tunnistettu ja sitoutunut { $network_acronym }-jäsen
report-additional-heading = Muut tunnistetut ja sitoutuneet { $network_acronym }-jäsenet
report-additional-member = Organisaatio
report-additional-country = Maa
report-additional-status = Tila (yhteyttä otettu / aiekirje allekirjoitettu)
report-description-heading = Kuvaus { $network_acronym }-verkoston laajentamiseksi tehdystä työstä
report-description-hint = Lyhyt kuvaus työstä, jota organisaationne on tehnyt uusien jäsenten saamiseksi.
report-challenges-heading = Prosessin aikana havaitut haasteet
report-challenges-hint = Kuvailkaa mahdolliset haasteet ja se, miten ne voitaisiin jatkossa välttää.
report-no-member-states = Tälle kumppanille ei ole osoitettu jäsenvaltioita; ilmoittakaa muut jäsenet jäljempänä.

## email

email-loi-subject = { $organisation }: aiekirje { $network_acronym }-verkostoon liittymisestä
email-loi-body =
    { email-greeting }

    Liitteenä on organisaation { $organisation } aiekirje { -network-name.forms ->
            [inflected] { -network-name(case: "ill") } ({ $network_acronym }) liittymisestä.
           *[one] liittymisestä seuraavaan verkostoon: { -network-name } ({ $network_acronym }).
        } Siihen on valmiiksi merkitty valitsemanne tehtävät. Pyydämme teitä tarkistamaan aiekirjeen, pyytämään siihen allekirjoituksen henkilöltä { $signatory } ja palauttamaan sen: { $return_contact } ({ $return_email }).

    Ystävällisin terveisin

    { $sender }
email-assistance-subject = { $organisation }: tuki- ja neuvontapyyntö { $network_acronym }-verkostolle
email-assistance-body =
    { email-greeting }

    Liitteenä on organisaation { $organisation } tuki- ja neuvontapyyntölomake, johon on valmiiksi täytetty tiedossamme olevat tiedot. Pyydämme teitä täydentämään lomakkeen ja palauttamaan sen: { $return_contact } ({ $return_email }).

    Ystävällisin terveisin

    { $sender }
email-greeting = Hyvä { $contact },

## notice_sheet

notice-sheet-title = Tietolomake: { $notice }
notice-sheet-intro = eForms-ilmoituksen alatyyppi { $subtype }, SDK { $sdk }. Liiketoimintatermit sellaisina kuin ne julkaistaan; nimet ovat eForms SDK:n.
notice-sheet-term = Termi
notice-sheet-name = Nimi
notice-sheet-value = Arvo
notice-sheet-missing = Puuttuvat tiedot
notice-sheet-missing-line = { $term } { $label }: puuttuu; täytä { $key }
notice-sheet-pin = ennakkoilmoitus
notice-sheet-pmc = markkinakartoitusilmoitus
notice-sheet-cn = hankintailmoitus
notice-sheet-can = jälki-ilmoitus

## web

web-nav-signup = Liity verkostoon
web-nav-assistance = Pyydä tukea
web-nav-contacts = Kansalliset yhteyspisteet
web-nav-coordinator = Koordinaattorit
web-language = Kieli
web-signup-title = Liity verkostoon: { -network-name } ({ $network_acronym })
web-signup-intro = Täytä lomake liittyäksesi verkostoon. Sen jälkeen voit ladata aiekirjeesi, johon antamasi tiedot on täytetty, allekirjoitettavaksi ja palautettavaksi.
web-assistance-title = Avun ja tuen pyyntö – { $network_acronym }-jäsenet
web-assistance-intro = Kuvaile organisaatiosi tarpeet, jotta { $network_acronym }-kumppanit voivat tarjota oikeanlaista apua ja tukea innovatiivisiin hankintoihin.
web-section-organisation = Organisaationne
web-section-contact = Yhteyshenkilö
web-section-signatory = Allekirjoittaja
web-section-tasks = Tehtävät, joihin osallistuisitte
web-section-request = Pyyntönne
web-field-name = Organisaation nimi
web-field-short-name = Lyhyt nimi tai lyhenne
web-field-type = Organisaation tyyppi
web-field-country = Maa
web-field-street = Katuosoite
web-field-postcode = Postinumero
web-field-city = Postitoimipaikka
web-field-website = Verkkosivusto
web-field-person = Nimi
web-field-role = Tehtävä
web-field-email = Sähköposti
web-field-phone = Puhelin
web-field-title = Asema
web-field-language = Asiakirjojen kieli
web-field-experience = Aiempi kokemus innovatiivisista hankinnoista
web-field-assistance = Pyydetty apu ja tuki
web-field-timeline = Aikataulu
web-field-additional = Lisätietoja (esimerkiksi tunnistetut koulutustarpeet, jotka tulisi sisällyttää kysyntäpolitiikkaan)
web-choose = – valitse –
web-required = pakollinen
web-submit-signup = Lähetä ja hae kirjeeni
web-submit-assistance = Lähetä pyyntöni
web-errors-intro = Korjaa alla merkityt kentät; kirjoittamasi tiedot on säilytetty.
web-error-required = Tämä kenttä on pakollinen.
web-error-too-long = Käytä enintään { $max } merkkiä.
web-error-email = Tämä ei ole kelvollinen sähköpostiosoite.
web-error-country = Valitse maa luettelosta.
web-error-url = Tämä ei ole verkko-osoite (esimerkiksi https://www.example.eu).
web-error-language = Valitse kieli luettelosta.
web-error-choice = Valitse näytetyistä vaihtoehdoista.
web-error-control = Tekstissä on näkymätön ohjausmerkki; kirjoita se uudelleen.
web-done-title = Kiitos!
web-done-signup = Olemme vastaanottaneet organisaation { $organisation } ilmoittautumisen. Lataa aiekirje, allekirjoituta se ja palauta se osoitteeseen { $contact } ({ $email }).
web-done-assistance = Olemme vastaanottaneet organisaation { $organisation } pyynnön. { $network_acronym }-kumppanit ottavat teihin yhteyttä. Tässä on lomakkeenne talteen.
web-done-email = Vahvistus on lähetetty osoitteeseen { $email }.
web-download-docx = Lataa (Word)
web-download-pdf = Lataa (PDF)
web-contacts-title = Kansalliset yhteyspisteet
web-contacts-intro = Kysy oman maasi yhteyspisteeltä innovatiivisista hankinnoista ja verkostosta.
web-contacts-none = Yhteyspisteitä ei ole vielä julkaistu.
web-error-title = Valitettavasti
web-error-400 = Lomake oli vanhentunut tai se ei tullut tältä sivustolta. Lataa sivu uudelleen ja lähetä lomake vielä kerran.
web-error-404 = Sivua ei ole olemassa.
web-error-413 = Lähetetty sisältö on liian suuri. Lyhennä tekstejä ja lähetä uudelleen.
web-error-429 = Osoitteestasi on tullut liian monta pyyntöä. Odota minuutti ja yritä uudelleen.
web-error-500 = Meillä tapahtui virhe. Yritä myöhemmin uudelleen.

## desk

desk-nav-submissions = Lähetetyt
desk-nav-members = Jäsenet ja mittarit
desk-nav-contacts = Yhteyspisteet
desk-nav-public = Julkinen sivusto
desk-log-out = Kirjaudu ulos ({ $user })
desk-login-title = Koordinaattorin kirjautuminen
desk-login-failed = Väärä käyttäjätunnus tai salasana.
desk-username = Käyttäjätunnus
desk-password = Salasana
desk-log-in = Kirjaudu
desk-all = kaikki
desk-pending = odottaa
desk-accepted = hyväksytty
desk-rejected = hylätty
desk-member = ilmoittautuminen
desk-assistance = tukipyyntö
desk-received = Vastaanotettu
desk-kind = Laji
desk-status = Tila
desk-reviewed-by = Käsittelijä
desk-none = Ei lähetettyjä tässä.
desk-received-in = Vastaanotettu { $date }, asiakirjojen kieli { $lang }, versio { $version }.
desk-document = Asiakirja (Word)
desk-conflict = Joku muu on muuttanut tätä sen jälkeen, kun avasit sen. Lomake näyttää nyt tallennetun version; tee muutoksesi uudelleen.
desk-save = Tallenna muutokset
desk-accept = Hyväksy
desk-reject = Hylkää
desk-covered = Katetut EU-jäsenvaltiot (kriittinen massa: { $target })
desk-members = Jäsenet
desk-procurers = Hankintayksiköt
desk-others = Muut seuraajat
desk-export = Vie
desk-recipients-xlsx = vastaanottajaluettelo (.xlsx)
desk-recipients-csv = vastaanottajaluettelo (.csv)
desk-member-files = organisaatiotiedostot (.zip)
desk-kpi-table = mittaritaulukko (.xlsx)
desk-legend = jäsentä; reunus: kumppani rekrytoi siellä. Karttatiedot: Natural Earth.
desk-map = Jäsenet maittain
desk-per-partner = Vastuukumppaneittain
desk-partner = Vastuukumppani
desk-member-states = Jäsenvaltiot
desk-states-covered = Katettu
desk-by-country = Maittain
desk-accepted-members = Hyväksytyt jäsenet
desk-remove = Poista
desk-add-contact = Lisää yhteyspiste
desk-add = Lisää

## consolidated

consolidated-title = Koottu raportti { $network_acronym }-verkostoon osallistumisesta
consolidated-intro = Kumppanien raportit työstä { $network_acronym }-verkoston laajentamiseksi (liite 7.1), koonnut { $report_to } { $date }. Saapuneet raportit: { $received }, { $reporting }/{ $partners } kumppanilta, raportointiajankohdat { $periods }. Kunkin kumppanin viimeisin raportti lasketaan; sitä edeltävä näyttää edistymisen.
consolidated-kpi-heading = Keskeiset suorituskykyindikaattorit
consolidated-kpi-covered = Katetut EU:n jäsenvaltiot: { $covered }, kriittinen massa { $target }
consolidated-kpi-reached = Kriittinen massa ({ $target } jäsenvaltiota) on saavutettu.
consolidated-kpi-missing = Jäsenvaltioita tarvitaan vielä kriittisen massan saavuttamiseksi: { $missing }
consolidated-kpi-members = Sitoutuneet { $network_acronym }-jäsenet (aiesopimus allekirjoitettu): { $committed }; yhteydessä olleet, ei vielä sitoutuneet: { $contacted }
consolidated-kpi-progress = Edistyminen, katetut EU:n jäsenvaltiot kunakin raportointiajankohtana: { $progress }
consolidated-chart-coverage = EU:n jäsenvaltiot, joissa on sitoutunut jäsen, kunakin raportointiajankohtana verrattuna kriittiseen massaan { $target } (katkoviiva)
consolidated-chart-members = { $network_acronym }-jäsenet jäsenvaltioittain: sitoutuneet ja yhteydessä olleet
consolidated-axis-deadline = Raportointiajankohta
consolidated-axis-states = Katetut EU:n jäsenvaltiot
consolidated-axis-members = Jäsenet
consolidated-target = Kriittinen massa: { $target }
consolidated-states-heading = Jäsenvaltiot ja vastuukumppanit
consolidated-committed-short = Sitoutuneet
consolidated-contacted = Yhteydessä olleet
consolidated-total = Kaikki jäsenvaltiot
consolidated-eea = ETA-maa
consolidated-eea-note = Kriittiseen massaan lasketaan vain EU:n jäsenvaltiot; ETA-maa näytetään jäsenineen, mutta sitä ei lasketa.
consolidated-partners-heading = Jäsenet kumppaneittain ja edistyminen
consolidated-partners-intro = Sitoutuneet jäsenet ja katetut jäsenvaltiot kunkin kumppanin viimeisimmän raportin mukaan; jos kumppani on raportoinut aiemmin, aiempi luku on ensin (aiempi → viimeisin).
consolidated-member-states = Jäsenvaltiot
consolidated-latest = Viimeisin raportti
consolidated-covered = Katetut jäsenvaltiot
consolidated-no-report = ei raporttia
consolidated-status-contacted = yhteydessä
consolidated-status-loi-signed = aiesopimus allekirjoitettu
consolidated-no-additional = Yksikään kumppani ei raportoinut muita jäseniä.
consolidated-missing-heading = Kumppanit, joilta ei ole raporttia

## reminder

reminder-subject = Muistutus: { $subject }
reminder-body =
    { email-greeting }

    Lähetimme teille { $sent } viestin ”{ $subject }”, jonka liitteenä oli { $document }. Emme ole vielä saaneet asiakirjaa takaisin, joten liitämme sen uudelleen. Pyydämme teitä allekirjoittamaan sen ja palauttamaan sen: { $return_contact } ({ $return_email }). Jos olette jo lähettäneet sen, kiitos, ja pyydämme jättämään tämän muistutuksen huomiotta.

    Ystävällisin terveisin

    { $sender }
