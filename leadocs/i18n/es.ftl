# Static text of the built-in network documents, in Spanish (español).
# Same messages and { $variables } as en.ftl; formal register (usted) of an official letter.
# Organisation names stand where any name fits without an article (after "entidad", a colon).
# The network's name is the term -network-name; forms: a = "a" + article ("a la Red LEA …").
# EU terms: acuerdo de subvención (grant agreement), compra pública de innovación,
# compra pública precomercial (PCP), compra pública de soluciones innovadoras (PPI).

## common

common-page = Página
common-of = de
common-draft-generated = Generado con leadocs
common-date-place = Fecha y lugar
common-place-date = { $place }, { $date }
common-date = { $date }
common-name = Nombre y apellidos
common-title = Cargo
common-signature = Firma
common-seal = Sello de la entidad
common-signatory-line = firma del representante autorizado de la entidad
common-funding-line = El proyecto { $project } (acuerdo de subvención n.º { $grant_agreement }) se financia en el marco del programa { $programme }. Entidad financiadora: { $funder }.
common-to-complete = [por completar]

## loi

loi-title = Carta de intenciones – { -network-name } ({ $network_acronym })
loi-keyword = carta de intenciones
loi-non-binding = Se hace constar que el presente documento no tiene carácter jurídicamente vinculante.
loi-undersigned = Quien suscribe confirma, en nombre de su organización, { $organisation }, el interés de esta en el proyecto arriba mencionado y su voluntad de adherirse a la siguiente red: { $network_description }. Deseamos que se nos mantenga informados de la evolución del proyecto y de las actividades de la red, así como contribuir a su desarrollo.
loi-default-description = { -network-name }
loi-why = ¿POR QUÉ?
loi-how = ¿CÓMO?
loi-what = ¿QUÉ?
loi-tasks-intro = Sobre la base de lo anterior, consideramos posible la participación de la entidad { $organisation } en las siguientes tareas:
loi-tasks-hint = (☒ = tarea seleccionada)
loi-return = Se ruega devolver la carta firmada a { $contact } ({ $email }).

## assistance

assistance-title = Solicitud de asistencia y apoyo – miembros de la red { $network_acronym }
assistance-keyword = solicitud de asistencia
assistance-intro = Le rogamos que describa las necesidades de su organización para que los socios de { $network_acronym } puedan ofrecerle la asistencia y el apoyo adecuados en materia de compra pública de innovación.
assistance-purpose-intro = El presente formulario:
assistance-organisation = Nombre de la entidad
assistance-type = Tipo de entidad
assistance-country = País
assistance-address = Dirección
assistance-website = Sitio web
assistance-contact = Persona de contacto
assistance-experience = Experiencia previa en compra pública de innovación
assistance-assistance = Asistencia y apoyo solicitados
assistance-timeline = Calendario
assistance-additional = Información adicional (por ejemplo, necesidades educativas detectadas que deban incluirse en la política de demanda)
assistance-return = Se ruega devolver el formulario cumplimentado a { $contact } ({ $email }).

## benefits

benefits-title = Ventajas de la adhesión a { $network_acronym } y contribución esperada
benefits-keyword = beneficios
benefits-table-heading = Ventajas de la adhesión a { $network_acronym }
benefits-contribution-heading = Contribución esperada de los miembros

## types

types-procurer = Poder adjudicador
types-school = Centro educativo
types-supplier = Proveedor
types-learntech-expert = Experto en tecnologías del aprendizaje

## report

report-title = Informe sobre la participación en { $network_acronym }
report-keyword = informe de socio
report-partner = Socio
report-deadlines = Debe entregarse a { $report_to } a más tardar:
report-number = N.º
report-member-state = Estado miembro
report-responsible = Socio responsable
report-committed = Miembro de { $network_acronym } identificado y comprometido
report-additional-heading = Otros miembros de { $network_acronym } identificados y comprometidos
report-additional-member = Entidad
report-additional-country = País
report-additional-status = Estado (contactado / carta de intenciones firmada)
report-description-heading = Descripción del trabajo realizado para ampliar { $network_acronym }
report-description-hint = Breve descripción del trabajo realizado por su organización para atraer nuevos miembros.
report-challenges-heading = Dificultades detectadas durante el proceso
report-challenges-hint = En su caso, descríbalas e indique cómo podrían evitarse en el futuro.
report-no-member-states = No se ha asignado ningún Estado miembro a este socio; indique los miembros adicionales a continuación.

## email

email-loi-subject = { $organisation }: carta de intenciones para la adhesión a la red { $network_acronym }
email-loi-body =
    { email-greeting }

    Le remitimos adjunta la carta de intenciones de la entidad { $organisation } para su adhesión { -network-name.forms ->
            [inflected] { -network-name(case: "a") } ({ $network_acronym }).
           *[one] a la siguiente red: { -network-name } ({ $network_acronym }).
        } La carta ya está cumplimentada con las tareas que ha seleccionado. Le rogamos que la revise, que la haga firmar por { $signatory } y que la devuelva a { $return_contact } ({ $return_email }).

    Atentamente,

    { $sender }
email-assistance-subject = { $organisation }: solicitud de asistencia y apoyo a la red { $network_acronym }
email-assistance-body =
    { email-greeting }

    Le remitimos adjunto el formulario de solicitud de asistencia y apoyo de la entidad { $organisation }, ya cumplimentado con la información de la que disponemos. Le rogamos que lo complete y lo devuelva a { $return_contact } ({ $return_email }).

    Atentamente,

    { $sender }
email-greeting =
    { $salutation ->
        [ms] Estimada Sra. { $contact_family_name }:
        [mr] Estimado Sr. { $contact_family_name }:
       *[none] Estimado/a { $contact }:
    }

## notice_sheet

notice-sheet-title = Ficha de datos: { $notice }
notice-sheet-intro = Subtipo de anuncio eForms { $subtype }, SDK { $sdk }. Los términos tal como se publicarán; sus nombres son los del SDK de eForms.
notice-sheet-term = Término
notice-sheet-name = Nombre
notice-sheet-value = Valor
notice-sheet-missing = Datos que faltan
notice-sheet-missing-line = { $term } { $label }: falta; indíquelo en { $key }
notice-sheet-pin = anuncio de información previa
notice-sheet-pmc = anuncio de consulta preliminar del mercado
notice-sheet-cn = anuncio de licitación
notice-sheet-can = anuncio de adjudicación

## web

web-nav-signup = Unirse a la red
web-nav-assistance = Solicitar apoyo
web-nav-contacts = Puntos de contacto nacionales
web-nav-coordinator = Coordinación
web-language = Idioma
web-signup-title = Únase a la red: { -network-name } ({ $network_acronym })
web-signup-intro = Rellene este formulario para unirse a la red. Después podrá descargar su carta de intenciones, completada con sus datos, para firmarla y devolverla.
web-assistance-title = Solicitud de asistencia y apoyo – miembros de { $network_acronym }
web-assistance-intro = Describa las necesidades de su organización para que los socios de { $network_acronym } puedan ofrecer la asistencia y el apoyo adecuados para la compra pública de innovación.
web-section-organisation = Su organización
web-section-contact = Persona de contacto
web-section-signatory = Firmante
web-section-tasks = Tareas en las que participaría
web-section-request = Su solicitud
web-field-name = Nombre de la organización
web-field-short-name = Nombre corto o siglas
web-field-type = Tipo de organización
web-field-country = País
web-field-street = Calle y número
web-field-postcode = Código postal
web-field-city = Localidad
web-field-website = Sitio web
web-field-person = Nombre
web-field-role = Cargo
web-field-email = Correo electrónico
web-field-phone = Teléfono
web-field-title = Puesto
web-field-language = Idioma de los documentos
web-field-experience = Experiencia previa en compra pública de innovación
web-field-assistance = Asistencia y apoyo solicitados
web-field-timeline = Calendario
web-field-additional = Información adicional (por ejemplo, necesidades educativas identificadas que deban incluirse en la política de demanda)
web-choose = – elija –
web-required = obligatorio
web-submit-signup = Enviar y obtener mi carta
web-submit-assistance = Enviar mi solicitud
web-errors-intro = Corrija los campos marcados abajo; lo que ha escrito se ha conservado.
web-error-required = Este campo es obligatorio.
web-error-too-long = Use como máximo { $max } caracteres.
web-error-email = Esta no es una dirección de correo electrónico válida.
web-error-country = Elija un país de la lista.
web-error-url = Esta no es una dirección web (por ejemplo https://www.example.eu).
web-error-language = Elija un idioma de la lista.
web-error-choice = Elija entre las opciones mostradas.
web-error-control = El texto contiene un carácter de control invisible; escríbalo de nuevo.
web-done-title = ¡Gracias!
web-done-signup = Hemos recibido la inscripción de { $organisation }. Descargue la carta de intenciones, hágala firmar y envíela a { $contact } ({ $email }).
web-done-assistance = Hemos recibido la solicitud de { $organisation }. Los socios de { $network_acronym } se pondrán en contacto con ustedes. Aquí tiene su formulario para conservarlo.
web-done-email = Se ha enviado una confirmación a { $email }.
web-download-docx = Descargar (Word)
web-download-pdf = Descargar (PDF)
web-contacts-title = Puntos de contacto nacionales
web-contacts-intro = Pregunte al punto de contacto de su país sobre la compra pública de innovación y la red.
web-contacts-none = Todavía no se ha publicado ningún punto de contacto.
web-error-title = Lo sentimos
web-error-400 = El formulario había caducado o no procedía de este sitio. Vuelva a cargar la página y envíelo otra vez.
web-error-404 = Esta página no existe.
web-error-413 = Lo enviado es demasiado grande. Acorte los textos y vuelva a enviarlo.
web-error-429 = Demasiadas solicitudes desde su dirección. Espere un minuto y vuelva a intentarlo.
web-error-500 = Se ha producido un error por nuestra parte. Vuelva a intentarlo más tarde.

## desk

desk-nav-submissions = Solicitudes recibidas
desk-nav-members = Miembros e indicadores
desk-nav-contacts = Puntos de contacto
desk-nav-public = Sitio público
desk-log-out = Cerrar sesión ({ $user })
desk-login-title = Acceso de coordinación
desk-login-failed = Nombre de usuario o contraseña incorrectos.
desk-username = Nombre de usuario
desk-password = Contraseña
desk-log-in = Entrar
desk-all = todas
desk-pending = pendiente
desk-accepted = aceptada
desk-rejected = rechazada
desk-member = inscripción
desk-assistance = solicitud de apoyo
desk-received = Recibida
desk-kind = Tipo
desk-status = Estado
desk-reviewed-by = Revisada por
desk-none = No hay solicitudes aquí.
desk-received-in = Recibida el { $date }, documentos en { $lang }, versión { $version }.
desk-document = El documento (Word)
desk-conflict = Otra persona ha modificado esta solicitud desde que la abrió. El formulario muestra ahora la versión guardada; vuelva a hacer su cambio.
desk-save = Guardar cambios
desk-accept = Aceptar
desk-reject = Rechazar
desk-covered = Estados miembros de la UE cubiertos (masa crítica: { $target })
desk-members = Miembros
desk-procurers = Compradores públicos
desk-others = Otros seguidores
desk-export = Exportar
desk-recipients-xlsx = lista de destinatarios (.xlsx)
desk-recipients-csv = lista de destinatarios (.csv)
desk-member-files = archivos de organizaciones (.zip)
desk-kpi-table = tabla de indicadores (.xlsx)
desk-legend = miembros; con borde: un socio capta miembros allí. Datos del mapa: Natural Earth.
desk-map = Miembros por país
desk-per-partner = Por socio responsable
desk-partner = Socio responsable
desk-member-states = Estados miembros
desk-states-covered = Cubiertos
desk-by-country = Por país
desk-accepted-members = Miembros aceptados
desk-remove = Quitar
desk-add-contact = Añadir un punto de contacto
desk-add = Añadir

## consolidated

consolidated-title = Informe consolidado sobre la participación en { $network_acronym }
consolidated-intro = Los informes de los socios sobre su trabajo para ampliar { $network_acronym } (anexo 7.1), consolidados por { $report_to } el { $date }. Informes recibidos: { $received }, de { $reporting } de los { $partners } socios, para { $periods }. Cuenta el último informe de cada socio; el anterior muestra el avance.
consolidated-kpi-heading = Indicadores clave de rendimiento
consolidated-kpi-covered = Estados miembros de la UE cubiertos: { $covered } de la masa crítica de { $target }
consolidated-kpi-reached = Se ha alcanzado la masa crítica de { $target } Estados miembros.
consolidated-kpi-missing = Estados miembros que aún faltan para alcanzar la masa crítica: { $missing }
consolidated-kpi-members = Miembros de { $network_acronym } comprometidos (carta de intenciones firmada): { $committed }; contactados, aún sin compromiso: { $contacted }
consolidated-kpi-progress = Avance, Estados miembros de la UE cubiertos en cada fecha de informe: { $progress }
consolidated-chart-coverage = Estados miembros de la UE con un miembro comprometido en cada fecha de informe, frente a la masa crítica de { $target } (línea discontinua)
consolidated-chart-members = Miembros de { $network_acronym } por Estado miembro: comprometidos y contactados
consolidated-axis-deadline = Fecha de informe
consolidated-axis-states = Estados miembros de la UE cubiertos
consolidated-axis-members = Miembros
consolidated-target = Masa crítica: { $target }
consolidated-states-heading = Estados miembros y socios responsables
consolidated-committed-short = Comprometidos
consolidated-contacted = Contactados
consolidated-total = Todos los Estados miembros
consolidated-eea = país del EEE
consolidated-eea-note = Solo los Estados miembros de la UE cuentan para la masa crítica; un país del EEE se muestra con sus miembros, pero no se cuenta.
consolidated-partners-heading = Miembros por socio y avance
consolidated-partners-intro = Miembros comprometidos y Estados miembros cubiertos según el último informe de cada socio; si el socio ya informó antes, la cifra anterior aparece primero (anterior → último).
consolidated-member-states = Estados miembros
consolidated-latest = Último informe
consolidated-covered = Estados miembros cubiertos
consolidated-no-report = sin informe
consolidated-status-contacted = contactado
consolidated-status-loi-signed = carta de intenciones firmada
consolidated-no-additional = Ningún socio ha comunicado miembros adicionales.
consolidated-missing-heading = Socios sin informe

## reminder

reminder-subject = Recordatorio: { $subject }
reminder-body =
    { email-greeting }

    El { $sent } le enviamos el mensaje «{ $subject }» con { $document } adjunto. Todavía no hemos recibido el documento de vuelta; se lo adjuntamos de nuevo. Le rogamos que lo firme y lo devuelva a { $return_contact } ({ $return_email }). Si ya lo ha enviado, le damos las gracias y le rogamos que no tenga en cuenta este recordatorio.

    Atentamente,

    { $sender }
