# Static text of the built-in network documents, in Polish (polski).
# Same messages and { $variables } as en.ftl; formal register (Państwo) of an official letter.
# Organisation names follow a noun ("podmiotu X") or a colon. The network's name is the term
# -network-name; forms: gen = dopełniacz ("do Sieci zamawiających LEA").
# EU terms: umowa o udzielenie dotacji (grant agreement), zamówienia publiczne na innowacje,
# zamówienia przedkomercyjne (PCP), zamówienia publiczne na innowacyjne rozwiązania (PPI).

## common

common-page = Strona
common-of = z
common-draft-generated = Sporządzono za pomocą programu leadocs
common-date-place = Data i miejscowość
common-place-date = { $place }, { $date } r.
common-date = { $date } r.
common-name = Imię i nazwisko
common-title = Stanowisko
common-signature = Podpis
common-seal = Pieczęć organizacji
common-signatory-line = podpis upoważnionego przedstawiciela organizacji
common-funding-line = Projekt { $project } (umowa o udzielenie dotacji nr { $grant_agreement }) jest finansowany w ramach programu { $programme }. Podmiot finansujący: { $funder }.
common-to-complete = [do uzupełnienia]

## loi

loi-title = List intencyjny – { -network-name } ({ $network_acronym })
loi-keyword = list intencyjny
loi-non-binding = Zaznacza się, że niniejszy dokument nie ma charakteru prawnie wiążącego.
loi-undersigned = Ja, niżej podpisany/-a, potwierdzam w imieniu mojej organizacji, { $organisation }, nasze zainteresowanie wyżej wymienionym projektem oraz zamiar przystąpienia do następującej sieci: { $network_description }. Chcielibyśmy otrzymywać informacje o postępach projektu i działaniach sieci oraz przyczyniać się do ich rozwoju.
loi-default-description = { -network-name }
loi-why = DLACZEGO?
loi-how = JAK?
loi-what = CO?
loi-tasks-intro = Na tej podstawie przewidujemy możliwy udział podmiotu { $organisation } w następujących zadaniach:
loi-tasks-hint = (☒ = wybrane zadanie)
loi-return = Podpisany list prosimy odesłać do: { $contact } ({ $email }).

## assistance

assistance-title = Wniosek o pomoc i wsparcie – członkowie sieci { $network_acronym }
assistance-keyword = wniosek o pomoc
assistance-intro = Prosimy o opisanie potrzeb Państwa organizacji, aby partnerzy sieci { $network_acronym } mogli zaoferować odpowiednią pomoc i wsparcie w zakresie zamówień publicznych na innowacje.
assistance-purpose-intro = Niniejszy formularz:
assistance-organisation = Nazwa organizacji
assistance-type = Rodzaj organizacji
assistance-country = Kraj
assistance-address = Adres
assistance-website = Strona internetowa
assistance-contact = Osoba do kontaktu
assistance-experience = Dotychczasowe doświadczenie w zakresie zamówień publicznych na innowacje
assistance-assistance = Oczekiwana pomoc i wsparcie
assistance-timeline = Harmonogram
assistance-additional = Informacje dodatkowe (np. zidentyfikowane potrzeby edukacyjne, które należy uwzględnić w polityce popytowej)
assistance-return = Wypełniony formularz prosimy odesłać do: { $contact } ({ $email }).

## benefits

benefits-title = Korzyści z członkostwa w sieci { $network_acronym } i oczekiwany wkład
benefits-keyword = korzyści
benefits-table-heading = Korzyści z członkostwa w sieci { $network_acronym }
benefits-contribution-heading = Oczekiwany wkład członków

## types

types-procurer = Zamawiający
types-school = Szkoła
types-supplier = Dostawca
types-learntech-expert = Ekspert ds. technologii edukacyjnych

## report

report-title = Sprawozdanie z udziału w sieci { $network_acronym }
report-keyword = sprawozdanie partnera
report-partner = Partner
report-deadlines = Do przekazania: { $report_to }, w terminie do:
report-number = Lp.
report-member-state = Państwo członkowskie
report-responsible = Partner odpowiedzialny
report-committed = Zidentyfikowany członek sieci { $network_acronym }, który zadeklarował udział
report-additional-heading = Dodatkowi członkowie sieci { $network_acronym }, którzy zadeklarowali udział
report-additional-member = Organizacja
report-additional-country = Kraj
report-additional-status = Status (nawiązano kontakt / podpisano list intencyjny)
report-description-heading = Opis działań podjętych w celu rozszerzenia sieci { $network_acronym }
report-description-hint = Krótki opis działań podjętych przez Państwa organizację w celu pozyskania nowych członków.
report-challenges-heading = Trudności napotkane w trakcie procesu
report-challenges-hint = W stosownych przypadkach prosimy je opisać i wskazać, w jaki sposób można ich uniknąć w przyszłości.
report-no-member-states = Temu partnerowi nie przypisano żadnych państw członkowskich; dodatkowych członków należy wskazać poniżej.

## email

email-loi-subject = { $organisation }: list intencyjny w sprawie przystąpienia do sieci { $network_acronym }
email-loi-body =
    { email-greeting }

    w załączeniu przesyłamy list intencyjny podmiotu { $organisation } w sprawie przystąpienia do { -network-name.forms ->
            [inflected] { -network-name(case: "gen") } ({ $network_acronym }).
           *[one] następującej sieci: { -network-name } ({ $network_acronym }).
        } List został wstępnie wypełniony wybranymi przez Państwa zadaniami. Prosimy o jego sprawdzenie, podpisanie (podpisujący: { $signatory }) oraz odesłanie do: { $return_contact } ({ $return_email }).

    Z wyrazami szacunku

    { $sender }
email-assistance-subject = { $organisation }: wniosek o pomoc i wsparcie do sieci { $network_acronym }
email-assistance-body =
    { email-greeting }

    w załączeniu przesyłamy formularz wniosku o pomoc i wsparcie podmiotu { $organisation }, wstępnie wypełniony posiadanymi przez nas informacjami. Prosimy o jego uzupełnienie i odesłanie do: { $return_contact } ({ $return_email }).

    Z wyrazami szacunku

    { $sender }
email-greeting =
    { $salutation ->
        [ms] Szanowna Pani,
        [mr] Szanowny Panie,
       *[none] Szanowni Państwo,
    }

## notice_sheet

notice-sheet-title = Karta danych: { $notice }
notice-sheet-intro = Podtyp ogłoszenia eForms { $subtype }, SDK { $sdk }. Pojęcia w postaci, w jakiej zostaną opublikowane; ich nazwy pochodzą z eForms SDK.
notice-sheet-term = Pojęcie
notice-sheet-name = Nazwa
notice-sheet-value = Wartość
notice-sheet-missing = Brakujące dane
notice-sheet-missing-line = { $term } { $label }: brak; uzupełnij { $key }
notice-sheet-pin = wstępne ogłoszenie informacyjne
notice-sheet-pmc = ogłoszenie o wstępnych konsultacjach rynkowych
notice-sheet-cn = ogłoszenie o zamówieniu
notice-sheet-can = ogłoszenie o udzieleniu zamówienia

## web

web-nav-signup = Dołącz do sieci
web-nav-assistance = Poproś o wsparcie
web-nav-contacts = Krajowe punkty kontaktowe
web-nav-coordinator = Koordynatorzy
web-language = Język
web-signup-title = Dołącz do sieci: { -network-name } ({ $network_acronym })
web-signup-intro = Wypełnij ten formularz, aby dołączyć do sieci. Następnie pobierz list intencyjny, wypełniony podanymi danymi, aby go podpisać i odesłać.
web-assistance-title = Wniosek o pomoc i wsparcie – członkowie { $network_acronym }
web-assistance-intro = Opisz potrzeby swojej organizacji, aby partnerzy { $network_acronym } mogli zaoferować odpowiednią pomoc i wsparcie w zakresie zamówień innowacyjnych.
web-section-organisation = Twoja organizacja
web-section-contact = Osoba kontaktowa
web-section-signatory = Osoba podpisująca
web-section-tasks = Zadania, w których wzięlibyście udział
web-section-request = Twój wniosek
web-field-name = Nazwa organizacji
web-field-short-name = Nazwa skrócona lub akronim
web-field-type = Rodzaj organizacji
web-field-country = Kraj
web-field-street = Ulica i numer
web-field-postcode = Kod pocztowy
web-field-city = Miejscowość
web-field-website = Strona internetowa
web-field-person = Imię i nazwisko
web-field-role = Stanowisko
web-field-email = E-mail
web-field-phone = Telefon
web-field-title = Funkcja
web-field-language = Język dokumentów
web-field-experience = Dotychczasowe doświadczenie w zamówieniach innowacyjnych
web-field-assistance = Wnioskowana pomoc i wsparcie
web-field-timeline = Harmonogram
web-field-additional = Informacje dodatkowe (na przykład zidentyfikowane potrzeby edukacyjne, które należy uwzględnić w polityce popytowej)
web-choose = – wybierz –
web-required = wymagane
web-submit-signup = Wyślij i pobierz mój list
web-submit-assistance = Wyślij wniosek
web-errors-intro = Popraw pola oznaczone poniżej; wpisane dane zostały zachowane.
web-error-required = To pole jest wymagane.
web-error-too-long = Użyj najwyżej { $max } znaków.
web-error-email = To nie jest prawidłowy adres e-mail.
web-error-country = Wybierz kraj z listy.
web-error-url = To nie jest adres internetowy (na przykład https://www.example.eu).
web-error-language = Wybierz język z listy.
web-error-choice = Wybierz spośród pokazanych możliwości.
web-error-control = Tekst zawiera niewidoczny znak sterujący; wpisz go ponownie.
web-done-title = Dziękujemy!
web-done-signup = Otrzymaliśmy zgłoszenie organizacji { $organisation }. Pobierz list intencyjny, podpisz go i odeślij do: { $contact } ({ $email }).
web-done-assistance = Otrzymaliśmy wniosek organizacji { $organisation }. Partnerzy { $network_acronym } skontaktują się z Państwem. Oto formularz do zachowania.
web-done-email = Potwierdzenie wysłano na adres { $email }.
web-download-docx = Pobierz (Word)
web-download-pdf = Pobierz (PDF)
web-contacts-title = Krajowe punkty kontaktowe
web-contacts-intro = Zapytaj punkt kontaktowy w swoim kraju o zamówienia innowacyjne i sieć.
web-contacts-none = Nie opublikowano jeszcze żadnych punktów kontaktowych.
web-error-title = Przepraszamy
web-error-400 = Formularz wygasł lub nie pochodził z tej strony. Załaduj stronę ponownie i wyślij go jeszcze raz.
web-error-404 = Ta strona nie istnieje.
web-error-413 = Przesłane dane są zbyt duże. Skróć teksty i wyślij ponownie.
web-error-429 = Zbyt wiele żądań z Twojego adresu. Odczekaj minutę i spróbuj ponownie.
web-error-500 = Wystąpił błąd po naszej stronie. Spróbuj ponownie później.

## desk

desk-nav-submissions = Zgłoszenia
desk-nav-members = Członkowie i wskaźniki
desk-nav-contacts = Punkty kontaktowe
desk-nav-public = Strona publiczna
desk-log-out = Wyloguj ({ $user })
desk-login-title = Logowanie koordynatorów
desk-login-failed = Błędna nazwa użytkownika lub hasło.
desk-username = Nazwa użytkownika
desk-password = Hasło
desk-log-in = Zaloguj
desk-all = wszystkie
desk-pending = oczekuje
desk-accepted = przyjęte
desk-rejected = odrzucone
desk-member = zgłoszenie członkowskie
desk-assistance = wniosek o wsparcie
desk-received = Otrzymano
desk-kind = Rodzaj
desk-status = Stan
desk-reviewed-by = Sprawdził(a)
desk-none = Brak zgłoszeń.
desk-received-in = Otrzymano { $date }, dokumenty w języku: { $lang }, wersja { $version }.
desk-document = Dokument (Word)
desk-conflict = Ktoś inny zmienił to zgłoszenie od czasu jego otwarcia. Formularz pokazuje teraz zapisaną wersję; wprowadź zmianę ponownie.
desk-save = Zapisz zmiany
desk-accept = Przyjmij
desk-reject = Odrzuć
desk-covered = Objęte państwa członkowskie UE (masa krytyczna: { $target })
desk-members = Członkowie
desk-procurers = Zamawiający
desk-others = Pozostali obserwujący
desk-export = Eksport
desk-recipients-xlsx = lista odbiorców (.xlsx)
desk-recipients-csv = lista odbiorców (.csv)
desk-member-files = pliki organizacji (.zip)
desk-kpi-table = tabela wskaźników (.xlsx)
desk-legend = członków; z obramowaniem: tam rekrutuje partner. Dane mapy: Natural Earth.
desk-map = Członkowie według kraju
desk-per-partner = Według odpowiedzialnego partnera
desk-partner = Odpowiedzialny partner
desk-member-states = Państwa członkowskie
desk-states-covered = Objęte
desk-by-country = Według kraju
desk-accepted-members = Przyjęci członkowie
desk-remove = Usuń
desk-add-contact = Dodaj punkt kontaktowy
desk-add = Dodaj

## consolidated

consolidated-title = Skonsolidowane sprawozdanie z udziału w sieci { $network_acronym }
consolidated-intro = Sprawozdania partnerów z pracy na rzecz rozszerzenia sieci { $network_acronym } (załącznik 7.1), skonsolidowane przez: { $report_to }, { $date }. Otrzymane sprawozdania: { $received }, od { $reporting } z { $partners } partnerów, za okresy: { $periods }. Liczy się ostatnie sprawozdanie każdego partnera; poprzednie pokazuje postęp.
consolidated-kpi-heading = Kluczowe wskaźniki efektywności
consolidated-kpi-covered = Objęte państwa członkowskie UE: { $covered } (masa krytyczna: { $target })
consolidated-kpi-reached = Masa krytyczna została osiągnięta ({ $target }).
consolidated-kpi-missing = Państwa członkowskie potrzebne jeszcze do osiągnięcia masy krytycznej: { $missing }
consolidated-kpi-members = Członkowie sieci { $network_acronym } z zobowiązaniem (podpisany list intencyjny): { $committed }; z nawiązanym kontaktem, jeszcze bez zobowiązania: { $contacted }
consolidated-kpi-progress = Postęp, objęte państwa członkowskie UE w każdym terminie sprawozdawczym: { $progress }
consolidated-chart-coverage = Państwa członkowskie UE z członkiem, który zobowiązał się do udziału, w każdym terminie sprawozdawczym, na tle masy krytycznej { $target } (linia przerywana)
consolidated-chart-members = Członkowie sieci { $network_acronym } według państw członkowskich: z zobowiązaniem i z nawiązanym kontaktem
consolidated-axis-deadline = Termin sprawozdawczy
consolidated-axis-states = Objęte państwa członkowskie UE
consolidated-axis-members = Członkowie
consolidated-target = Masa krytyczna: { $target }
consolidated-states-heading = Państwa członkowskie i odpowiedzialni partnerzy
consolidated-committed-short = Z zobowiązaniem
consolidated-contacted = Kontakt nawiązany
consolidated-total = Wszystkie państwa członkowskie
consolidated-eea = państwo EOG
consolidated-eea-note = Do masy krytycznej liczą się tylko państwa członkowskie UE; państwo EOG jest pokazane wraz z członkami, ale nie jest liczone.
consolidated-partners-heading = Członkowie według partnerów i postęp
consolidated-partners-intro = Członkowie z zobowiązaniem i objęte państwa członkowskie według ostatniego sprawozdania każdego partnera; jeśli partner składał już sprawozdanie, wcześniejsza liczba jest podana jako pierwsza (wcześniej → ostatnio).
consolidated-member-states = Państwa członkowskie
consolidated-latest = Ostatnie sprawozdanie
consolidated-covered = Objęte państwa członkowskie
consolidated-no-report = brak sprawozdania
consolidated-status-contacted = kontakt nawiązany
consolidated-status-loi-signed = list intencyjny podpisany
consolidated-no-additional = Żaden partner nie zgłosił dodatkowych członków.
consolidated-missing-heading = Partnerzy bez sprawozdania

## reminder

reminder-subject = Przypomnienie: { $subject }
reminder-body =
    { email-greeting }

    dnia { $sent } przesłaliśmy wiadomość „{ $subject }” z załącznikiem: { $document }. Nie otrzymaliśmy jeszcze zwrotnie dokumentu, dlatego przesyłamy go ponownie w załączniku. Prosimy o jego podpisanie i odesłanie do: { $return_contact } ({ $return_email }). Jeśli dokument został już odesłany, dziękujemy i prosimy o zignorowanie tego przypomnienia.

    Z wyrazami szacunku

    { $sender }
