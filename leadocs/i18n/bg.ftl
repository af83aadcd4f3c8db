# Static text of the built-in network documents, in Bulgarian (български).
# Same messages and { $variables } as en.ftl; formal register (Вие) of an official letter.
# Names take no article here, so placeholders follow a noun ("организацията X", "мрежата X")
# or a colon. Quotation marks „…“.
# EU terms: споразумение за отпускане на безвъзмездни средства (grant agreement), възлагащ
# орган (contracting authority), обществени поръчки за иновации (innovation procurement),
# предтърговски обществени поръчки (PCP), обществени поръчки за иновативни решения (PPI).
# -network-name forms: def = with the definite article, after "към" (към Мрежата на възложителите LEA).

## common

common-page = Страница
common-of = от
common-draft-generated = Изготвено с leadocs
common-date-place = Дата и място
common-place-date = { $place }, { $date }
common-date = { $date }
common-name = Име и фамилия
common-title = Длъжност
common-signature = Подпис
common-seal = Печат на организацията
common-signatory-line = Подпис на упълномощения представител на организацията
common-funding-line = Проектът { $project } (споразумение за отпускане на безвъзмездни средства № { $grant_agreement }) се финансира по програма { $programme }. Финансиращ орган: { $funder }.

## loi

loi-title = Писмо за намерение – { -network-name } ({ $network_acronym })
loi-keyword = писмо за намерение
loi-non-binding = Обръщаме внимание, че настоящият документ няма правно обвързващ характер.
loi-undersigned = Долуподписаният/ата потвърждавам от името на моята организация, { $organisation }, нашия интерес към посочения по-горе проект и намерението ни да се присъединим към следната мрежа: { $network_description }. Желаем да бъдем информирани за напредъка на проекта и дейностите на мрежата и да допринасяме за тях.
loi-default-description = { -network-name }
loi-why = ЗАЩО?
loi-how = КАК?
loi-what = КАКВО?
loi-tasks-intro = Въз основа на това предвиждаме възможно участие на организацията { $organisation } в следните задачи:
loi-tasks-hint = (☒ = избрана задача)
loi-return = Моля, изпратете подписаното писмо на: { $contact } ({ $email }).

## assistance

assistance-title = Искане за помощ и подкрепа – членове на { $network_acronym }
assistance-keyword = искане за помощ и подкрепа
assistance-intro = Моля, опишете нуждите на Вашата организация, за да могат партньорите от мрежата { $network_acronym } да предложат подходяща помощ и подкрепа в областта на обществените поръчки за иновации.
assistance-purpose-intro = Настоящият формуляр:
assistance-organisation = Наименование на организацията
assistance-type = Вид на организацията
assistance-country = Държава
assistance-address = Адрес
assistance-website = Уебсайт
assistance-contact = Лице за контакт
assistance-experience = Досегашен опит в обществените поръчки за иновации
assistance-assistance = Искана помощ и подкрепа
assistance-timeline = График
assistance-additional = Допълнителна информация (например установени образователни нужди за включване в политиката на търсенето)
assistance-return = Моля, изпратете попълнения формуляр на: { $contact } ({ $email }).

## benefits

benefits-title = Ползи от членството в мрежата { $network_acronym } и очакван принос
benefits-keyword = ползи от членството
benefits-table-heading = Ползи от членството в мрежата { $network_acronym }
benefits-contribution-heading = Очакван принос на членовете

## types

types-procurer = Възлагащ орган
types-school = Училище
types-supplier = Доставчик
types-learntech-expert = Експерт по образователни технологии

## report

report-title = Доклад за участието в мрежата { $network_acronym }
report-keyword = доклад на партньора
report-partner = Партньор
report-deadlines = Да се представи на { $report_to } в срок до:
report-number = №
report-member-state = Държава членка
report-responsible = Отговорен партньор
report-committed = Установен член на мрежата { $network_acronym }, потвърдил участието си
report-additional-heading = Допълнителни установени членове на мрежата { $network_acronym }, потвърдили участието си
report-additional-member = Организация
report-additional-country = Държава
report-additional-status = Статус (осъществен контакт / подписано писмо за намерение)
report-description-heading = Описание на дейностите, извършени за разширяване на мрежата { $network_acronym }
report-description-hint = Кратко описание на дейностите, извършени от Вашата организация за привличане на нови членове.
report-challenges-heading = Трудности, установени в хода на процеса
report-challenges-hint = Ако има такива, моля, опишете ги и посочете как биха могли да бъдат избегнати в бъдеще.
report-no-member-states = На този партньор не са възложени държави членки; моля, посочете допълнителните членове по-долу.

## email

email-loi-subject = { $organisation }: писмо за намерение за присъединяване към мрежата { $network_acronym }
email-loi-body =
    { email-greeting }

    Приложено Ви изпращаме писмото за намерение, с което организацията { $organisation } изразява намерението си да се присъедини към { -network-name.forms ->
            [inflected] { -network-name(case: "def") } ({ $network_acronym }).
           *[one] следната мрежа: { -network-name } ({ $network_acronym }).
        } В писмото предварително са отбелязани избраните от Вас задачи. Моля, проверете го, осигурете подписването му (подписващ: { $signatory }) и го изпратете на: { $return_contact } ({ $return_email }).

    С уважение,

    { $sender }
email-assistance-subject = { $organisation }: искане за помощ и подкрепа до мрежата { $network_acronym }
email-assistance-body =
    { email-greeting }

    Приложено Ви изпращаме формуляра за искане на помощ и подкрепа за организацията { $organisation }, предварително попълнен с наличната при нас информация. Моля, допълнете го и го изпратете на: { $return_contact } ({ $return_email }).

    С уважение,

    { $sender }
email-greeting =
    { $salutation ->
        [ms] Уважаема госпожо { $contact_family_name },
        [mr] Уважаеми господин { $contact_family_name },
       *[none] Уважаеми госпожи и господа,
    }

## notice_sheet

notice-sheet-title = Информационен лист: { $notice }
notice-sheet-intro = Подвид обявление eForms { $subtype }, SDK { $sdk }. Бизнес термините във вида, в който ще бъдат публикувани; наименованията им са от eForms SDK.
notice-sheet-term = Термин
notice-sheet-name = Наименование
notice-sheet-value = Стойност
notice-sheet-missing = Липсващи данни
notice-sheet-missing-line = { $term } { $label }: липсва; попълнете { $key }
notice-sheet-pin = обявление за предварителна информация
notice-sheet-pmc = обявление за предварителна пазарна консултация
notice-sheet-cn = обявление за поръчка
notice-sheet-can = обявление за възлагане на поръчка

## web

web-nav-signup = Присъединете се към мрежата
web-nav-assistance = Поискайте помощ
web-nav-contacts = Национални звена за контакт
web-nav-coordinator = Координатори
web-language = Език
web-signup-title = { -network-name } ({ $network_acronym }) – заявка за членство
web-signup-intro = Попълнете този формуляр, за да се присъедините към мрежата. След това изтеглете писмото за намерение, попълнено с въведените от Вас данни, подпишете го и го върнете.
web-assistance-title = Искане за помощ и подкрепа – членове на мрежата { $network_acronym }
web-assistance-intro = Опишете нуждите на Вашата организация, за да могат партньорите от мрежата { $network_acronym } да предложат подходяща помощ и подкрепа в областта на обществените поръчки за иновации.
web-section-organisation = Вашата организация
web-section-contact = Лице за контакт
web-section-signatory = Подписващ
web-section-tasks = Задачи, в които бихте участвали
web-section-request = Вашето искане
web-field-name = Наименование на организацията
web-field-short-name = Кратко наименование или абревиатура
web-field-type = Вид на организацията
web-field-country = Държава
web-field-street = Улица и номер
web-field-postcode = Пощенски код
web-field-city = Населено място
web-field-website = Уебсайт
web-field-person = Име и фамилия
web-field-role = Позиция
web-field-email = Електронна поща
web-field-phone = Телефон
web-field-title = Длъжност
web-field-language = Език на документите
web-field-experience = Досегашен опит в обществените поръчки за иновации
web-field-assistance = Искана помощ и подкрепа
web-field-timeline = График
web-field-additional = Допълнителна информация (например установени образователни нужди за включване в политиката на търсенето)
web-choose = – изберете –
web-required = задължително
web-submit-signup = Изпращане и получаване на писмото
web-submit-assistance = Изпращане на искането
web-errors-intro = Моля, коригирайте отбелязаните по-долу полета; въведените данни са запазени.
web-error-required = Това поле е задължително.
web-error-too-long = Моля, използвайте не повече от { $max } знака.
web-error-email = Това не е валиден адрес на електронна поща.
web-error-country = Изберете държава от списъка.
web-error-url = Това не е уебадрес (например https://www.example.eu).
web-error-language = Изберете език от списъка.
web-error-choice = Изберете от показаните възможности.
web-error-control = Текстът съдържа невидим управляващ знак; моля, въведете го отново.
web-done-title = Благодарим Ви!
web-done-signup = Получихме заявката за присъединяване на организацията { $organisation }. Изтеглете писмото за намерение, осигурете подписването му и го изпратете на: { $contact } ({ $email }).
web-done-assistance = Получихме искането на организацията { $organisation }. Партньорите от мрежата { $network_acronym } ще се свържат с Вас. Формулярът с искането е тук за Ваше сведение.
web-done-email = Потвърждение е изпратено на { $email }.
web-download-docx = Изтегляне (Word)
web-download-pdf = Изтегляне (PDF)
web-contacts-title = Национални звена за контакт
web-contacts-intro = Обърнете се към звеното за контакт във Вашата държава с въпроси относно обществените поръчки за иновации и мрежата.
web-contacts-none = Все още не са публикувани звена за контакт.
web-error-title = Извинете
web-error-400 = Формулярът е изтекъл или не е изпратен от този сайт. Моля, заредете страницата отново и го изпратете още веднъж.
web-error-404 = Тази страница не съществува.
web-error-413 = Изпратените данни са твърде големи. Моля, съкратете текстовете и ги изпратете отново.
web-error-429 = Твърде много заявки от Вашия адрес. Моля, изчакайте една минута и опитайте отново.
web-error-500 = Възникна грешка от наша страна. Моля, опитайте отново по-късно.

## desk

desk-nav-submissions = Заявки
desk-nav-members = Членове и показатели
desk-nav-contacts = Звена за контакт
desk-nav-public = Публичен сайт
desk-log-out = Изход ({ $user })
desk-login-title = Вход за координатори
desk-login-failed = Грешно потребителско име или парола.
desk-username = Потребителско име
desk-password = Парола
desk-log-in = Вход
desk-all = всички
desk-pending = чакащи
desk-accepted = приети
desk-rejected = отхвърлени
desk-member = заявка за членство
desk-assistance = искане за помощ
desk-received = Получено
desk-kind = Вид
desk-status = Статус
desk-reviewed-by = Прегледано от
desk-none = Няма заявки.
desk-received-in = Получено на { $date }, език на документите: { $lang }, версия { $version }.
desk-document = Документът (Word)
desk-conflict = Откакто отворихте тази заявка, тя е била променена от друг потребител. Формулярът вече показва запазената версия; моля, въведете промяната си отново.
desk-save = Запазване на промените
desk-accept = Приемане
desk-reject = Отхвърляне
desk-covered = Обхванати държави – членки на ЕС (критична маса: { $target })
desk-members = Членове
desk-procurers = Възлагащи органи
desk-others = Други последователи
desk-export = Експорт
desk-recipients-xlsx = списък на получателите (.xlsx)
desk-recipients-csv = списък на получателите (.csv)
desk-member-files = файлове на организациите (.zip)
desk-kpi-table = таблица с показатели (.xlsx)
desk-legend = членове; с контур: там привлича членове партньор. Картографски данни: Natural Earth.
desk-map = Членове по държави
desk-per-partner = По отговорен партньор
desk-partner = Отговорен партньор
desk-member-states = Държави членки
desk-states-covered = Обхванати
desk-by-country = По държави
desk-accepted-members = Приети членове
desk-remove = Премахване
desk-add-contact = Добавяне на звено за контакт
desk-add = Добавяне

common-to-complete = [за попълване]

## consolidated
consolidated-title = Обобщен доклад за участието в мрежата { $network_acronym }
consolidated-intro = Докладите на партньорите за дейностите, извършени за разширяване на мрежата { $network_acronym } (приложение 7.1), обобщени от { $report_to } на { $date }. Получени доклади: { $received }; представили доклад партньори: { $reporting } от { $partners }; периоди: { $periods }. Взема се предвид последният доклад на всеки партньор; предходният доклад показва постигнатия напредък.
consolidated-kpi-heading = Ключови показатели за изпълнение
consolidated-kpi-covered = Обхванати държави членки на ЕС: { $covered } от критичната маса от { $target }
consolidated-kpi-reached = Критичната маса от държави членки ({ $target }) е достигната.
consolidated-kpi-missing = Брой държави членки, които все още са необходими за достигане на критичната маса: { $missing }
consolidated-kpi-members = Членове на мрежата { $network_acronym }, потвърдили участието си (подписано писмо за намерение): { $committed }; осъществен контакт, без потвърдено участие: { $contacted }
consolidated-kpi-progress = Напредък – брой обхванати държави членки на ЕС към всеки краен срок за докладване: { $progress }
consolidated-chart-coverage = Държави членки на ЕС с член, потвърдил участието си, към всеки краен срок за докладване, спрямо критичната маса от { $target } (пунктирна линия)
consolidated-chart-members = Членове на мрежата { $network_acronym } по държави членки: потвърдили участието си и с осъществен контакт
consolidated-axis-deadline = Краен срок за докладване
consolidated-axis-states = Обхванати държави членки на ЕС
consolidated-axis-members = Членове
consolidated-target = Критична маса: { $target }
consolidated-states-heading = Държави членки и отговорни партньори
consolidated-committed-short = Потвърдили участие
consolidated-contacted = Осъществен контакт
consolidated-total = Всички държави членки
consolidated-eea = Държава от ЕИП
consolidated-eea-note = В критичната маса се отчитат само държавите членки на ЕС; държава от ЕИП се посочва заедно със своите членове, но не се отчита.
consolidated-partners-heading = Членове по партньори и напредък
consolidated-partners-intro = Членове, потвърдили участието си, и обхванати държави членки според последния доклад на всеки партньор; ако партньорът е докладвал и преди, първо се посочва предходната стойност (предходна → последна).
consolidated-member-states = Държави членки
consolidated-latest = Последен доклад
consolidated-covered = Обхванати държави членки
consolidated-no-report = няма доклад
consolidated-status-contacted = осъществен контакт
consolidated-status-loi-signed = подписано писмо за намерение
consolidated-no-additional = Нито един партньор не е докладвал допълнителни членове.
consolidated-missing-heading = Партньори, които не са представили доклад

## reminder
reminder-subject = Напомняне: { $subject }
reminder-body =
    { email-greeting }

    На { $sent } Ви изпратихме съобщението „{ $subject }“ с приложен документ { $document }. Все още не сме получили документа обратно, поради което го прилагаме отново. Моля, подпишете го и го изпратете на: { $return_contact } ({ $return_email }). Ако вече сте го изпратили, благодарим Ви и Ви молим да не обръщате внимание на настоящото напомняне.

    С уважение,

    { $sender }
