# The helpdesk console (/admin): sign-in, the dashboard and its charts, user search, the user
# page with its diagnosis and actions, the audit log and writeback health.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. Text in `backticks`, attribute names (adminCount, accountExpires, lockoutTime,
# pwdLastSet), setting names (sspr.enabled_for) and paths (/register, /change) are commands,
# directory names and addresses: keep them as they are. Activity names and status reasons
# (ResetSelfService, OnPremisesPolicyViolation…) are codes from the audit log: not translated.

## Frame of every console page

# The default title of a console page.
console-title = Suporte técnico
# After each page's title, and at the top of every console page.
console-org-helpdesk = Suporte técnico de { $org }
# The name of the console's navigation, for screen readers.
console-nav-label = Suporte técnico
console-dashboard = Painel
console-users = Usuários
console-audit = Log de auditoria
console-health = Integridade do write-back
console-sign-out = Sair
console-sign-in = Entrar
console-none = —
console-yes = sim
console-no = não
console-pager-label = Páginas
console-previous = Anterior
console-next = Próxima
console-page-of = Página { $page } de { $pages }

## Sign-in

console-login-title = Entrar no suporte técnico
console-login-lead = Entre com sua conta do diretório. Você precisa fazer parte do grupo de suporte técnico e vai confirmar com seu aplicativo autenticador.
console-login-username = Nome de usuário
console-login-password = Senha
console-login-incomplete = Insira seu nome de usuário e sua senha.
console-login-refused = O nome de usuário ou a senha está incorreto, ou esta conta não é uma conta de suporte técnico.
console-no-mailbox-title = Sem caixa de correio para confirmar a configuração
console-no-mailbox-message = Para configurar seu autenticador do suporte técnico, é preciso um código enviado para sua caixa de correio do diretório, e sua conta não tem uma.
console-no-mailbox-next = Peça a um administrador do diretório para adicionar um endereço de email à sua conta.

console-totp-page-title = Suporte técnico: autenticador
console-totp-enrol-title = Configure seu autenticador
console-totp-enrol-lead = Toda conta de suporte técnico entra com um aplicativo autenticador. Enviamos um código de configuração para sua caixa de correio do trabalho: só a senha não é suficiente para configurar um. Leia este código (ou digite a chave) e insira os dois códigos.
# Before the secret key of the authenticator being set up.
console-totp-key = Chave:
console-totp-title = Código do autenticador
console-totp-lead = Digite o código de 6 dígitos que seu aplicativo autenticador mostra agora.
console-totp-enrol-code = Código de configuração do seu email
console-totp-code = Código do seu aplicativo autenticador
console-continue = Continuar
console-totp-wrong = Esse código está incorreto. Digite o código que o aplicativo mostra agora.

## When a console page is refused

console-refused-title = É preciso entrar no suporte técnico
console-refused-next = Entre com sua conta de suporte técnico.
console-refused-not-signed-in = Esta página é para a equipe de suporte técnico que entrou com senha e autenticador.
console-refused-signed-out = Você foi desconectado.
console-refused-idle = Você foi desconectado após um período de inatividade.
console-refused-session-over = Sua sessão do console atingiu a duração máxima. Entre novamente para continuar.
console-role-lost-not-in-group = Sua conta não é mais membro do grupo de suporte técnico.
console-role-lost-disabled = Sua conta foi desabilitada, por isso sua sessão do suporte técnico terminou.
console-role-lost-expired = Sua conta expirou, por isso sua sessão do suporte técnico terminou.
console-role-lost-locked = Sua conta está bloqueada, por isso sua sessão do suporte técnico terminou.
console-role-lost-password-expired = Sua senha expirou ou precisa ser alterada, por isso sua sessão do suporte técnico terminou. Altere-a e entre novamente.
console-role-lost-unverifiable = O diretório não conseguiu confirmar sua função de suporte técnico agora, por isso sua sessão terminou. Entre novamente em instantes.

## Dashboard

# The headline of writeback health. $status is a code: active, degraded or down.
console-writeback-status = { $status ->
    [active] Write-back: ativo
    [degraded] Write-back: degradado
   *[down] Write-back: inativo
}
console-details = Detalhes
console-activity-caption = Redefinições, alterações, desbloqueios e write-backs com falha por dia.
console-reasons-caption = Por que os write-backs falharam.
# The dashboard's password-expiry reminder figures, over the same 30 days as the charts.
console-reminders-title = Lembretes de expiração de senha, últimos 30 dias
console-reminders-sent = { $n ->
    [one] { $n } lembrete enviado.
   *[other] { $n } lembretes enviados.
}
# $n people changed (or reset) their password after a reminder; $sent reminders were sent.
console-reminders-changed = { $n ->
    [one] { $n } pessoa alterou a senha após um lembrete.
   *[other] { $n } pessoas alteraram a senha após um lembrete.
}

## Users

console-users-heading = Localizar um usuário
console-users-search-label = Nome, nome da conta, UPN ou email
console-search = Pesquisar
console-search-too-short = { $n ->
    [one] Digite pelo menos { $n } caractere.
   *[other] Digite pelo menos { $n } caracteres.
}
console-search-unavailable = O diretório não respondeu. Tente novamente em instantes.
console-users-too-many = Mais de { $max } resultados: mostrando os primeiros { $max }; refine a pesquisa.
console-users-matches = { $n ->
    [one] { $n } resultado.
   *[other] { $n } resultados.
}
console-col-account = Conta
console-col-name = Nome
console-col-mail = Email
console-col-state = Estado
# Badges of an account in the search results.
console-flag-disabled = Desabilitada
console-flag-locked = Bloqueada
console-flag-must-change = Deve alterar
console-flag-protected = Protegida
console-flag-ok = OK

## The user page

console-no-such-user-title = Usuário não encontrado
console-no-such-user-message = Nenhuma conta tem este identificador (talvez ela tenha sido excluída).
console-no-such-user-next = Pesquise novamente.

console-account = Conta
# The account name, then the user principal name in brackets.
console-account-value = { $sam } ({ $upn })
console-fact-name = Nome
console-fact-mail = Email
console-fact-locked = Bloqueada
console-fact-locked-yes = sim, desde { $since }; desbloqueia sozinha em { $until }
console-fact-bad-count = Contagem de senhas incorretas
console-fact-disabled = Desabilitada
console-fact-password = Senha
console-password-must-change = deve ser alterada no próximo logon
console-password-expired = expirada
console-password-never-expires = nunca expira
console-password-expires = expira em { $when }
console-fact-password-last-set = Última definição da senha
console-fact-protected = Protegida (adminCount)
console-fact-privileged = Privilegiada
# Why an account is privileged. $kind: protected (adminCount=1), service (the account sspr
# binds as), helpdesk (in the helpdesk group) or group (in the protected group $group).
console-fact-privileged-yes = { $kind ->
    [protected] sim: uma conta protegida (adminCount=1); não pode ser redefinida nem desbloqueada aqui
    [service] sim: a própria conta de serviço do portal; não pode ser redefinida nem desbloqueada aqui
    [helpdesk] sim: membro do grupo de suporte técnico; não pode ser redefinida nem desbloqueada aqui
   *[group] sim: membro do grupo protegido { $group }; não pode ser redefinida nem desbloqueada aqui
}
console-policy-pso = Política refinada { $dn }
console-policy-domain = Política do domínio
console-policy-unreadable = Não pode ser lida pela conta de serviço.

console-diagnosis = Diagnóstico
console-diagnosis-none = Nada impede este usuário de redefinir a senha ou desbloquear a conta por conta própria.

console-verify-caller = Verificar quem está ligando
console-verified = Verificado
console-verified-recently = { $minutes ->
    [one] Você verificou esta pessoa no último minuto.
   *[other] Você verificou esta pessoa nos últimos { $minutes } minutos.
}
console-verify-lead = Antes de agir, confira se a pessoa que está ligando é quem diz ser: envie um código para o email registrado dela, ou peça o código do autenticador, e digite o que ela ler para você.
console-email-code = Enviar um código por email
console-code-from = Código de
console-code-from-email = email da pessoa
console-code-from-totp = aplicativo autenticador da pessoa
console-caller-code = Código lido pela pessoa
console-check = Conferir
console-verify-no-methods = Nenhum método registrado: verifique a pessoa de outra forma (presencialmente, ou ligando de volta para um número conhecido) e informe o motivo ao agir.
console-caller-code-sent = Um código está a caminho do endereço de email registrado do usuário. Peça à pessoa para lê-lo para você.
console-caller-no-email = Este usuário não tem endereço de email registrado. Peça o código do autenticador ou verifique a pessoa de outra forma.
console-caller-verified = { $minutes ->
    [one] Pessoa verificada. Você pode agir sobre esta conta durante o próximo minuto.
   *[other] Pessoa verificada. Você pode agir sobre esta conta durante os próximos { $minutes } minutos.
}
console-caller-wrong = Esse código está incorreto. Talvez a pessoa não seja quem diz ser.
console-back-to-user = Voltar ao usuário

console-actions = Ações
# $kind as for console-fact-privileged-yes.
console-privileged-notice = { $kind ->
    [protected] Esta é uma conta protegida (adminCount=1). O sspr não redefine nem desbloqueia contas privilegiadas: quem faz isso é um administrador do diretório, com as próprias ferramentas, depois de verificar a pessoa.
    [service] Esta é a própria conta de serviço do portal. O sspr não redefine nem desbloqueia contas privilegiadas: quem faz isso é um administrador do diretório, com as próprias ferramentas, depois de verificar a pessoa.
    [helpdesk] Esta conta é membro do grupo de suporte técnico. O sspr não redefine nem desbloqueia contas privilegiadas: quem faz isso é um administrador do diretório, com as próprias ferramentas, depois de verificar a pessoa.
   *[group] Esta conta é membro do grupo protegido { $group }. O sspr não redefine nem desbloqueia contas privilegiadas: quem faz isso é um administrador do diretório, com as próprias ferramentas, depois de verificar a pessoa.
}
console-unlock = Desbloquear
console-unlock-hint = Remove o bloqueio; a senha continua a mesma.
console-unlock-button = Desbloquear…
console-reset = Redefinir senha
console-new-password = Nova senha
console-mode-generate = Gerar uma (mostrada uma vez)
console-mode-typed = Digitar uma
console-typed-password = Senha digitada
console-typed-password-empty = Digite a nova senha ou escolha gerar uma.
console-must-change = Deve alterar no próximo logon
console-also-unlock = Desbloquear também
console-reset-button = Redefinir…
console-unblock = Desbloquear o autenticador
console-unblock-hint = Bloqueado depois de muitos códigos incorretos seguidos.
console-unblock-button = Desbloquear…
console-clear = Apagar métodos registrados
console-clear-hint = Para um telefone perdido ou um endereço antigo; o usuário se registra novamente.
console-clear-button = Apagar…

console-password-policy = Política de senha
console-registered-methods = Métodos registrados
console-nothing = Nenhum.
console-method-since = desde { $when }
console-recent-activity = Atividade recente
console-col-time = Hora
console-col-activity = Atividade
console-col-result = Resultado
console-col-by = Por
console-col-detail = Detalhe
console-full-history = Histórico completo

## Confirming an action, and its result

console-confirm-password = A nova senha (digite-a novamente)
console-confirm-unverified = Você não verificou esta pessoa com um código. Se a verificou de outra forma, diga como: isso vai para o log de auditoria.
console-confirm-how = Como você verificou a pessoa
console-confirm-yes = Sim, fazer isso
console-cancel = Cancelar

console-reset-confirm-title = Redefinir a senha?
# $must_change and $unlock are yes or no: what the helpdesk chose with the reset.
console-reset-confirm = { $must_change ->
    [yes] { $unlock ->
        [yes] Redefinir a senha de { $name } ({ $sam }), que deverá alterá-la no próximo logon, e desbloquear a conta.
       *[no] Redefinir a senha de { $name } ({ $sam }), que deverá alterá-la no próximo logon.
    }
   *[no] { $unlock ->
        [yes] Redefinir a senha de { $name } ({ $sam }) e desbloquear a conta.
       *[no] Redefinir a senha de { $name } ({ $sam }).
    }
}
console-reset-done-title = Senha redefinida
console-reset-done = { $must_change ->
    [yes] A senha de { $sam } foi redefinida; o usuário deverá alterá-la no próximo logon. Um email foi enviado ao usuário.
   *[no] A senha de { $sam } foi redefinida. Um email foi enviado ao usuário.
}
console-reset-failed = A redefinição não foi feita
console-secret-once = Nova senha (mostrada uma vez; leia-a para o usuário, não a anote):
console-back-to = Voltar para { $sam }

console-unlock-confirm-title = Desbloquear a conta?
console-unlock-confirm = Desbloquear a conta de { $name } ({ $sam }). A senha não muda.
console-unlock-done-title = Conta desbloqueada
console-unlock-done = { $sam } já pode entrar novamente. Um email foi enviado ao usuário.
console-unlock-failed = O desbloqueio não foi feito

console-clear-confirm-title = Apagar os métodos registrados?
console-clear-confirm = Remover todos os métodos de verificação registrados de { $sam }. O usuário precisará se registrar novamente.
console-clear-done-title = Métodos apagados
console-clear-done = { $n ->
    [one] { $n } método removido; um email foi enviado para { $sam }.
   *[other] { $n } métodos removidos; um email foi enviado para { $sam }.
}

console-unblock-confirm-title = Desbloquear o autenticador?
console-unblock-confirm = Desbloquear o autenticador de { $sam }: os códigos dele voltam a valer, e a contagem de códigos incorretos recomeça do zero.
console-unblock-done-title = Autenticador desbloqueado
console-unblock-done = O autenticador de { $sam } voltou a funcionar; um email foi enviado ao usuário.

# Why a writeback failed: what happened, then what to do (both status-* messages).
console-explain-fix = { $explain } { $fix }

## Audit log

console-verify-chain = Verificar a cadeia de hash
console-chain-intact = Cadeia de hash íntegra
console-chain-verified = { $rows ->
    [one] { $rows } linha verificada com a chave.
   *[other] { $rows } linhas verificadas com a chave.
}
# Rows written before the audit log was chained with a key.
console-chain-legacy-covered = { $legacy ->
    [one] { $legacy } delas é de antes da cadeia com chave e está coberta pelas linhas com chave posteriores.
   *[other] { $legacy } delas são de antes da cadeia com chave e estão cobertas pelas linhas com chave posteriores.
}
console-chain-legacy-uncovered = { $legacy ->
    [one] { $legacy } delas é de antes da cadeia com chave, e nenhuma linha com chave a cobre ainda.
   *[other] { $legacy } delas são de antes da cadeia com chave, e nenhuma linha com chave as cobre ainda.
}
console-chain-broken = Cadeia de hash quebrada
console-filter-user = Usuário
console-filter-activity = Atividade
console-any = Qualquer
console-filter-status = Status
# The two values of an audit row's status.
console-status-success = sucesso
console-status-failure = falha
console-filter-reason = Motivo do status
console-filter-from = De
console-filter-to = Até
console-filter = Filtrar
console-audit-rows = { $n ->
    [one] { $n } linha.
   *[other] { $n } linhas.
}
console-export = Exportar esta exibição:
console-export-csv = CSV
console-export-jsonl = Linhas JSON
console-col-status = Status
console-col-reason = Motivo
console-col-user = Usuário
console-col-client = Cliente

## Writeback health

console-health-last-check = Última verificação
console-never = nunca
console-health-last-success = Último write-back bem-sucedido
console-none-yet = nenhum ainda
console-health-failures = Falhas em 24 horas
console-health-failures-value = { $attempts ->
    [one] { $failed } de { $attempts } write-back falhou por conectividade ou permissões
   *[other] { $failed } de { $attempts } write-backs falharam por conectividade ou permissões
}
console-health-run = Executar os testes agora

health-not-run = A verificação periódica ainda não foi executada.
health-no-domain-controller = Nenhum controlador de domínio aceitou a conta de serviço na última verificação periódica.
health-checks-failed = { $n ->
    [one] { $n } teste falhou na última verificação periódica.
   *[other] { $n } testes falharam na última verificação periódica.
}
health-failure-rate = { $attempts ->
    [one] { $failed } de { $attempts } write-back falhou em 24 horas por conectividade ou permissões.
   *[other] { $failed } de { $attempts } write-backs falharam em 24 horas por conectividade ou permissões.
}
health-all-passed = Todos os testes foram aprovados na última verificação periódica.

## Diagnosis findings on the user page: a title, the facts, and what to do

finding-privileged-title = Conta privilegiada
# $kind as for console-fact-privileged-yes. The fix is status-ProtectedAccount-fix.
finding-privileged-detail = { $kind ->
    [protected] Esta é uma conta protegida (adminCount=1). O sspr nunca redefine nem desbloqueia contas privilegiadas, nem por autoatendimento nem aqui.
    [service] Esta é a própria conta de serviço do portal. O sspr nunca redefine nem desbloqueia contas privilegiadas, nem por autoatendimento nem aqui.
    [helpdesk] Esta conta é membro do grupo de suporte técnico. O sspr nunca redefine nem desbloqueia contas privilegiadas, nem por autoatendimento nem aqui.
   *[group] Esta conta é membro do grupo protegido { $group }. O sspr nunca redefine nem desbloqueia contas privilegiadas, nem por autoatendimento nem aqui.
}

finding-not-in-scope-title = Fora do escopo do autoatendimento
# $scope is group (self-service is for the members of $group) or none (switched off).
finding-not-in-scope-detail = { $scope ->
    [group] O autoatendimento está habilitado para membros de { $group }; este usuário não é membro (nem diretamente nem por aninhamento).
   *[none] O autoatendimento está desativado (sspr.enabled_for = "none").
}
finding-not-in-scope-fix = Adicione o usuário ao grupo de autoatendimento, ou redefina a senha ou desbloqueie a conta para ele aqui.

finding-directory-unreachable-title = Diretório inacessível
# $error is what the directory said, in English.
finding-directory-unreachable-detail = { $error }
finding-directory-unreachable-fix = Verifique os controladores de domínio (página Integridade do write-back).

finding-not-registered-title = Não registrado
finding-not-registered-detail = { $required ->
    [one] { $registered } de { $required } método de verificação exigido registrado.
   *[other] { $registered } de { $required } métodos de verificação exigidos registrados.
}
finding-not-registered-fix = O usuário se registra em /register enquanto ainda sabe a senha; hoje, redefina a senha para ele aqui depois de verificar a pessoa de outra forma.

finding-disabled-title = Conta desabilitada
finding-disabled-detail = A conta está desabilitada no Active Directory: ninguém pode entrar com ela.
finding-disabled-fix = Habilite-a no Active Directory se ela deve estar em uso (não é uma ação do suporte técnico aqui).

finding-expired-title = Conta expirada
finding-expired-detail = accountExpires está no passado.
finding-expired-fix = Prorrogue a data de expiração da conta no Active Directory.

finding-missing-rights-title = A conta de serviço não tem permissões sobre este usuário
# $rights is a list of directory permission and attribute names.
finding-missing-rights-detail = Faltando nesta conta: { $rights }.
finding-missing-rights-fix = Delegue Reset Password e gravação de lockoutTime/pwdLastSet à conta de serviço na UO deste usuário (execute `sspr doctor`).

finding-rights-unchecked-title = Não foi possível verificar as permissões
finding-rights-unchecked-detail = { $error }
finding-rights-unchecked-fix = Execute `sspr doctor`.

finding-too-young-title = Idade mínima da senha não atingida
# $policy is fine-grained (a fine-grained password policy applies to the user) or domain.
finding-too-young-detail = { $policy ->
    [fine-grained] A senha foi alterada recentemente; pela política refinada do usuário, ele não pode alterá-la novamente antes de { $when }.
   *[domain] A senha foi alterada recentemente; pela política do domínio, o usuário não pode alterá-la novamente antes de { $when }.
}
finding-too-young-fix = Uma redefinição (por autoatendimento ou aqui) ainda funciona; uma alteração só funciona depois disso.

finding-cannot-change-title = O usuário não pode alterar a senha
finding-cannot-change-detail = A conta está configurada para que o usuário não possa alterar a senha.
finding-cannot-change-fix = Redefinições ainda funcionam; desmarque a configuração no Active Directory se as alterações também devem funcionar.

finding-locked-title = Bloqueada
finding-locked-detail = Bloqueada desde { $since }.
finding-locked-fix = O usuário pode desbloquear com os próprios métodos, ou você pode desbloquear aqui.

finding-must-change-title = A senha deve ser alterada
finding-must-change-detail = A senha expirou ou deve ser alterada no próximo logon.
finding-must-change-fix = O usuário pode alterá-la em /change com a senha atual, ou entrar em contato com { $helpdesk }.

finding-app-blocked-title = Aplicativo autenticador bloqueado
finding-console-blocked-title = Autenticador do console bloqueado
finding-blocked-detail = { $failures } códigos incorretos seguidos (o limite é { $cap }): o autenticador não vale mais como comprovação até ser desbloqueado.
finding-app-blocked-fix = O usuário recupera o acesso com um código por email (que também o desbloqueia), ou desbloqueie-o aqui depois de verificar a pessoa.
finding-console-blocked-fix = Desbloqueie-o aqui depois de verificar o administrador de outra forma; se não foi ele que tentou esses códigos, foi outra pessoa.

## Charts on the dashboard

chart-activity-title = Write-backs por dia, últimos 30 dias
chart-resets = Redefinições
chart-changes = Alterações
chart-unlocks = Desbloqueios
chart-failures = Falhas
chart-reasons-title = Falhas por motivo do status, últimos 30 dias
chart-no-activity = Nenhuma atividade neste período
chart-no-failures = Nenhuma falha neste período
chart-no-failures-desc = Nenhuma falha neste período.
# Hover title of one bar segment: the day, the series (Resets…) and its count.
chart-segment = { $label } { $series }: { $value }
# Hover title of one row: a status reason and its count.
chart-row = { $label }: { $value }
# One item of a chart's summary for screen readers: a name and its count.
chart-item = { $label } { $value }
# Between the items of a chart's summary.
chart-list-separator = {", "}
# A chart's summary for screen readers. $unit is days (one bar per day) or periods.
chart-totals = { $unit ->
    [days] { $n ->
        [one] Totais em { $n } dia: { $items }.
       *[other] Totais em { $n } dias: { $items }.
    }
   *[periods] { $n ->
        [one] Totais em { $n } período: { $items }.
       *[other] Totais em { $n } períodos: { $items }.
    }
}
chart-totals-none = { $unit ->
    [days] { $n ->
        [one] Totais em { $n } dia: sem dados.
       *[other] Totais em { $n } dias: sem dados.
    }
   *[periods] { $n ->
        [one] Totais em { $n } período: sem dados.
       *[other] Totais em { $n } períodos: sem dados.
    }
}
chart-top = Principais: { $items }.
chart-top-more = Principais: { $items } e mais { $more }.

## Passkeys: the helpdesk user page, and signing in to the console with one

console-user-passkeys = Chaves de acesso
console-passkey-added-on = adicionada em { $date }
console-passkey-last-used = usada pela última vez em { $date }
console-passkey-never-used = ainda não usada
console-passkey-use = Entrar com uma chave de acesso em vez disso
console-passkey-title = Entre com sua chave de acesso
console-passkey-lead = Seu navegador vai pedir a chave de acesso que você adicionou para o console do suporte técnico.
console-passkey-go = Continuar com a chave de acesso
console-passkey-back = Usar seu aplicativo autenticador
console-passkey-wrong = Não foi possível entrar com essa chave de acesso. Tente novamente ou use seu aplicativo autenticador.
console-passkeys-nav = Suas chaves de acesso
console-passkeys-title = Chaves de acesso para entrar no console
console-passkeys-lead = Uma chave de acesso pode substituir o código do autenticador quando você entra no console. Para adicionar uma, é preciso um código que enviamos para sua caixa de correio do diretório, e os outros administradores do suporte técnico são avisados.
console-passkeys-none = Você não tem nenhuma chave de acesso para entrar no console.
console-passkey-name-label = Um nome para esta chave de acesso, como "Notebook do escritório"
console-passkey-add = Adicionar uma chave de acesso
console-passkey-create-title = Crie sua chave de acesso do console
console-passkey-create-lead = Enviamos um código para sua caixa de correio do diretório. Digite-o aqui e depois crie a chave de acesso "{ $name }" quando o navegador pedir.
console-passkey-code-label = Código do email
console-passkey-create-go = Criar chave de acesso
console-passkey-added = Chave de acesso adicionada para entrar no console.
console-passkey-removed = Chave de acesso removida.
console-passkey-not-added = A chave de acesso não foi adicionada: o código enviado por email estava incorreto, ou a resposta do seu navegador não correspondeu a esta solicitação. Comece de novo.
console-passkey-name-bad = Dê à chave de acesso um nome com no máximo 64 caracteres.
console-passkey-no-mailbox = Sua conta não tem caixa de correio do diretório para receber o código, então não é possível adicionar uma chave de acesso aqui. Peça ajuda a um administrador do diretório.
