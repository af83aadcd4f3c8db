# Static text of the built-in network documents, in European Portuguese (português).
# Same messages and { $variables } as en.ftl; formal register of an official letter.
# Organisation names stand where any name fits without an article (after "entidade", a colon).
# The network's name is the term -network-name; forms: a = "a" + article ("à Rede LEA …").
# EU terms: convenção de subvenção (grant agreement), contratação pública de inovação,
# contratos pré-comerciais (PCP), contratos públicos para soluções inovadoras (PPI).

## common

common-page = Página
common-of = de
common-draft-generated = Gerado com o leadocs
common-date-place = Data e local
common-place-date = { $place }, { $date }
common-date = { $date }
common-name = Nome
common-title = Cargo
common-signature = Assinatura
common-seal = Carimbo da entidade
common-signatory-line = assinatura do representante autorizado da entidade
common-funding-line = O projeto { $project } (convenção de subvenção n.º { $grant_agreement }) é financiado no âmbito do programa { $programme }. Entidade financiadora: { $funder }.
common-to-complete = [a completar]

## loi

loi-title = Carta de intenções – { -network-name } ({ $network_acronym })
loi-keyword = carta de intenções
loi-non-binding = Salienta-se que o presente documento não tem caráter juridicamente vinculativo.
loi-undersigned = O/A abaixo assinado/a confirma, em nome da sua organização, { $organisation }, o interesse desta no projeto acima referido e a intenção de aderir à seguinte rede: { $network_description }. Pretendemos ser informados sobre a evolução do projeto e das atividades da rede e contribuir para o seu desenvolvimento.
loi-default-description = { -network-name }
loi-why = PORQUÊ?
loi-how = COMO?
loi-what = O QUÊ?
loi-tasks-intro = Com base no exposto, a entidade { $organisation } poderá participar nas seguintes tarefas:
loi-tasks-hint = (☒ = tarefa selecionada)
loi-return = Solicita-se a devolução da carta assinada a { $contact } ({ $email }).

## assistance

assistance-title = Pedido de assistência e apoio – membros da rede { $network_acronym }
assistance-keyword = pedido de assistência
assistance-intro = Solicita-se a descrição das necessidades da sua organização, para que os parceiros da rede { $network_acronym } possam prestar a assistência e o apoio adequados em matéria de contratação pública de inovação.
assistance-purpose-intro = O presente formulário:
assistance-organisation = Designação da entidade
assistance-type = Tipo de entidade
assistance-country = País
assistance-address = Morada
assistance-website = Sítio web
assistance-contact = Pessoa de contacto
assistance-experience = Experiência anterior em contratação pública de inovação
assistance-assistance = Assistência e apoio solicitados
assistance-timeline = Calendário
assistance-additional = Informações adicionais (por exemplo, necessidades educativas identificadas a incluir na política de procura)
assistance-return = Solicita-se a devolução do formulário preenchido a { $contact } ({ $email }).

## benefits

benefits-title = Benefícios da adesão à rede { $network_acronym } e contributo esperado
benefits-keyword = benefícios
benefits-table-heading = Benefícios da adesão à rede { $network_acronym }
benefits-contribution-heading = Contributo esperado dos membros

## types

types-procurer = Entidade adjudicante
types-school = Escola
types-supplier = Fornecedor
types-learntech-expert = Especialista em tecnologias de aprendizagem

## report

report-title = Relatório sobre a participação na rede { $network_acronym }
report-keyword = relatório do parceiro
report-partner = Parceiro
report-deadlines = A entregar a { $report_to } até:
report-number = N.º
report-member-state = Estado-Membro
report-responsible = Parceiro responsável
report-committed = Membro da rede { $network_acronym } identificado e comprometido
report-additional-heading = Outros membros da rede { $network_acronym } identificados e comprometidos
report-additional-member = Entidade
report-additional-country = País
report-additional-status = Situação (contactado / carta de intenções assinada)
report-description-heading = Descrição do trabalho realizado para alargar a rede { $network_acronym }
report-description-hint = Breve descrição do trabalho realizado pela sua organização para atrair novos membros.
report-challenges-heading = Dificuldades identificadas durante o processo
report-challenges-hint = Se for o caso, descreva-as e indique de que forma poderão ser evitadas no futuro.
report-no-member-states = Não foi atribuído nenhum Estado-Membro a este parceiro; indique os membros adicionais abaixo.

## email

email-loi-subject = { $organisation }: carta de intenções de adesão à rede { $network_acronym }
email-loi-body =
    { email-greeting }

    Junto enviamos a carta de intenções da entidade { $organisation } relativa à adesão { -network-name.forms ->
            [inflected] { -network-name(case: "a") } ({ $network_acronym }).
           *[one] à seguinte rede: { -network-name } ({ $network_acronym }).
        } A carta já está preenchida com as tarefas que selecionou. Solicitamos que a verifique, que a faça assinar por { $signatory } e que a devolva a { $return_contact } ({ $return_email }).

    Com os melhores cumprimentos,

    { $sender }
email-assistance-subject = { $organisation }: pedido de assistência e apoio à rede { $network_acronym }
email-assistance-body =
    { email-greeting }

    Junto enviamos o formulário de pedido de assistência e apoio da entidade { $organisation }, já preenchido com a informação de que dispomos. Solicitamos que o complete e que o devolva a { $return_contact } ({ $return_email }).

    Com os melhores cumprimentos,

    { $sender }
email-greeting =
    { $salutation ->
        [ms] Exma. Senhora { $contact },
        [mr] Exmo. Senhor { $contact },
       *[none] Exmo.(a) Sr.(a) { $contact },
    }

## notice_sheet

notice-sheet-title = Ficha de dados: { $notice }
notice-sheet-intro = Subtipo de anúncio eForms { $subtype }, SDK { $sdk }. Os termos tal como serão publicados; os nomes são os do SDK eForms.
notice-sheet-term = Termo
notice-sheet-name = Nome
notice-sheet-value = Valor
notice-sheet-missing = Dados em falta
notice-sheet-missing-line = { $term } { $label }: em falta; indicar em { $key }
notice-sheet-pin = anúncio de pré-informação
notice-sheet-pmc = anúncio de consulta preliminar ao mercado
notice-sheet-cn = anúncio de concurso
notice-sheet-can = anúncio de adjudicação

## web

web-nav-signup = Aderir à rede
web-nav-assistance = Pedir apoio
web-nav-contacts = Pontos de contacto nacionais
web-nav-coordinator = Coordenação
web-language = Idioma
web-signup-title = Aderir à rede: { -network-name } ({ $network_acronym })
web-signup-intro = Preencha este formulário para aderir à rede. Depois pode descarregar a sua carta de intenções, preenchida com os seus dados, para assinar e devolver.
web-assistance-title = Pedido de assistência e apoio – membros da { $network_acronym }
web-assistance-intro = Descreva as necessidades da sua organização para que os parceiros da { $network_acronym } possam oferecer a assistência e o apoio adequados à contratação pública de inovação.
web-section-organisation = A sua organização
web-section-contact = Pessoa de contacto
web-section-signatory = Signatário
web-section-tasks = Tarefas em que participaria
web-section-request = O seu pedido
web-field-name = Nome da organização
web-field-short-name = Nome abreviado ou sigla
web-field-type = Tipo de organização
web-field-country = País
web-field-street = Rua e número
web-field-postcode = Código postal
web-field-city = Localidade
web-field-website = Sítio web
web-field-person = Nome
web-field-role = Função
web-field-email = Correio eletrónico
web-field-phone = Telefone
web-field-title = Cargo
web-field-language = Idioma dos documentos
web-field-experience = Experiência anterior em contratação pública de inovação
web-field-assistance = Assistência e apoio pedidos
web-field-timeline = Calendário
web-field-additional = Informação adicional (por exemplo, necessidades educativas identificadas a incluir na política de procura)
web-choose = – escolha –
web-required = obrigatório
web-submit-signup = Enviar e obter a minha carta
web-submit-assistance = Enviar o meu pedido
web-errors-intro = Corrija os campos assinalados abaixo; o que escreveu foi mantido.
web-error-required = Este campo é obrigatório.
web-error-too-long = Use no máximo { $max } caracteres.
web-error-email = Este não é um endereço de correio eletrónico válido.
web-error-country = Escolha um país da lista.
web-error-url = Este não é um endereço web (por exemplo https://www.example.eu).
web-error-language = Escolha um idioma da lista.
web-error-choice = Escolha entre as opções apresentadas.
web-error-control = O texto contém um carácter de controlo invisível; escreva-o de novo.
web-done-title = Obrigado!
web-done-signup = Recebemos a adesão de { $organisation }. Descarregue a carta de intenções, mande-a assinar e envie-a a { $contact } ({ $email }).
web-done-assistance = Recebemos o pedido de { $organisation }. Os parceiros da { $network_acronym } irão contactá-los. Aqui está o seu formulário para guardar.
web-done-email = Foi enviada uma confirmação para { $email }.
web-download-docx = Descarregar (Word)
web-download-pdf = Descarregar (PDF)
web-contacts-title = Pontos de contacto nacionais
web-contacts-intro = Pergunte ao ponto de contacto do seu país sobre contratação pública de inovação e a rede.
web-contacts-none = Ainda não foram publicados pontos de contacto.
web-error-title = Lamentamos
web-error-400 = O formulário tinha expirado ou não veio deste sítio. Recarregue a página e envie-o novamente.
web-error-404 = Esta página não existe.
web-error-413 = O que foi enviado é demasiado grande. Encurte os textos e envie novamente.
web-error-429 = Demasiados pedidos a partir do seu endereço. Aguarde um minuto e tente novamente.
web-error-500 = Ocorreu um erro do nosso lado. Tente novamente mais tarde.

## desk

desk-nav-submissions = Pedidos recebidos
desk-nav-members = Membros e indicadores
desk-nav-contacts = Pontos de contacto
desk-nav-public = Sítio público
desk-log-out = Terminar sessão ({ $user })
desk-login-title = Acesso da coordenação
desk-login-failed = Nome de utilizador ou palavra-passe errados.
desk-username = Nome de utilizador
desk-password = Palavra-passe
desk-log-in = Entrar
desk-all = todos
desk-pending = pendente
desk-accepted = aceite
desk-rejected = recusado
desk-member = adesão
desk-assistance = pedido de apoio
desk-received = Recebido
desk-kind = Tipo
desk-status = Estado
desk-reviewed-by = Revisto por
desk-none = Não há pedidos aqui.
desk-received-in = Recebido em { $date }, documentos em { $lang }, versão { $version }.
desk-document = O documento (Word)
desk-conflict = Outra pessoa alterou este pedido depois de o abrir. O formulário mostra agora a versão guardada; faça novamente a sua alteração.
desk-save = Guardar alterações
desk-accept = Aceitar
desk-reject = Recusar
desk-covered = Estados-Membros da UE abrangidos (massa crítica: { $target })
desk-members = Membros
desk-procurers = Adquirentes
desk-others = Outros seguidores
desk-export = Exportar
desk-recipients-xlsx = lista de destinatários (.xlsx)
desk-recipients-csv = lista de destinatários (.csv)
desk-member-files = ficheiros das organizações (.zip)
desk-kpi-table = tabela de indicadores (.xlsx)
desk-legend = membros; com contorno: um parceiro recruta aí. Dados do mapa: Natural Earth.
desk-map = Membros por país
desk-per-partner = Por parceiro responsável
desk-partner = Parceiro responsável
desk-member-states = Estados-Membros
desk-states-covered = Abrangidos
desk-by-country = Por país
desk-accepted-members = Membros aceites
desk-remove = Remover
desk-add-contact = Acrescentar um ponto de contacto
desk-add = Acrescentar

## consolidated

consolidated-title = Relatório consolidado sobre a participação na rede { $network_acronym }
consolidated-intro = Os relatórios dos parceiros sobre o trabalho para alargar a rede { $network_acronym } (anexo 7.1), consolidados por { $report_to } em { $date }. Relatórios recebidos: { $received }, de { $reporting } dos { $partners } parceiros, para { $periods }. Conta o último relatório de cada parceiro; o anterior mostra o progresso.
consolidated-kpi-heading = Indicadores-chave de desempenho
consolidated-kpi-covered = Estados-Membros da UE abrangidos: { $covered } da massa crítica de { $target }
consolidated-kpi-reached = A massa crítica de { $target } Estados-Membros foi atingida.
consolidated-kpi-missing = Estados-Membros ainda necessários para atingir a massa crítica: { $missing }
consolidated-kpi-members = Membros da rede { $network_acronym } comprometidos (carta de intenções assinada): { $committed }; contactados, ainda sem compromisso: { $contacted }
consolidated-kpi-progress = Progresso, Estados-Membros da UE abrangidos em cada prazo de reporte: { $progress }
consolidated-chart-coverage = Estados-Membros da UE com um membro comprometido em cada prazo de reporte, face à massa crítica de { $target } (linha tracejada)
consolidated-chart-members = Membros da rede { $network_acronym } por Estado-Membro: comprometidos e contactados
consolidated-axis-deadline = Prazo de reporte
consolidated-axis-states = Estados-Membros da UE abrangidos
consolidated-axis-members = Membros
consolidated-target = Massa crítica: { $target }
consolidated-states-heading = Estados-Membros e parceiros responsáveis
consolidated-committed-short = Comprometidos
consolidated-contacted = Contactados
consolidated-total = Todos os Estados-Membros
consolidated-eea = país do EEE
consolidated-eea-note = Só os Estados-Membros da UE contam para a massa crítica; um país do EEE é indicado com os seus membros, mas não é contado.
consolidated-partners-heading = Membros por parceiro e progresso
consolidated-partners-intro = Membros comprometidos e Estados-Membros abrangidos segundo o último relatório de cada parceiro; se o parceiro já reportou antes, o valor anterior aparece primeiro (anterior → último).
consolidated-member-states = Estados-Membros
consolidated-latest = Último relatório
consolidated-covered = Estados-Membros abrangidos
consolidated-no-report = sem relatório
consolidated-status-contacted = contactado
consolidated-status-loi-signed = carta de intenções assinada
consolidated-no-additional = Nenhum parceiro reportou membros adicionais.
consolidated-missing-heading = Parceiros sem relatório

## reminder

reminder-subject = Lembrete: { $subject }
reminder-body =
    { email-greeting }

    Em { $sent } enviámos-lhe a mensagem «{ $subject }» com { $document } em anexo. Ainda não recebemos o documento de volta; voltamos a enviá-lo em anexo. Solicitamos que o assine e o devolva a { $return_contact } ({ $return_email }). Se já o enviou, agradecemos e pedimos que não tenha em conta este lembrete.

    Com os melhores cumprimentos,

    { $sender }
