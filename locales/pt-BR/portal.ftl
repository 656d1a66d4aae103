# The self-service pages: reset a forgotten password, unlock an account, and register the
# methods (an email address, an authenticator app) that prove who someone is.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. { $helpdesk } is how to reach the helpdesk, as the operator wrote it (a phone
# number, an address or a web page).

## Reset, unlock: the steps

# The last step of the progress indicator (after "Identify" and "Verify").
reset-step-last = Nova senha
unlock-step-last = Desbloquear
# The last step when a signed-in person proves a method before changing their methods.
register-step-last = Alterar métodos

reset-title = Redefinir sua senha
reset-lead = Esqueceu a senha? Comprove que é você e escolha uma nova.
unlock-title = Desbloquear sua conta
unlock-lead = Sua conta foi bloqueada depois de muitas tentativas? Comprove que é você e nós a desbloquearemos. Sua senha continua a mesma.
# Shown to a signed-in person who must prove one of their methods before changing them.
register-prove-title = Comprove que é você
register-prove-lead = Comprove um dos seus métodos registrados para poder alterá-los.

recover-username-label = Nome de usuário ou endereço de email
recover-username-hint = Por exemplo, jsmith, jsmith@example.com ou EXAMPLE\jsmith
recover-continue = Continuar
# The link on the "Your session has ended" page.
recover-start-again = Começar de novo

unlock-not-offered-title = O desbloqueio não está disponível aqui
unlock-not-offered-message = Este serviço de senhas não desbloqueia contas.
unlock-not-offered-next = Em vez disso, redefina sua senha (isso também desbloqueia a conta) ou entre em contato com { $helpdesk }.
# The button on the "Unlocking is not offered here" page.
unlock-not-offered-link = Redefinir sua senha

## Verify: the code step

verify-title = Comprove que é você
# The title after one method was proved, when a second one is needed.
verify-title-second = Mais uma verificação
verify-first-passed = Primeira verificação concluída.
verify-email-lead = Se esta conta puder usar o autoatendimento, enviamos um código para o endereço de email registrado. Ele pode levar um minuto para chegar.
verify-totp-lead = Abra o aplicativo autenticador que você registrou e digite o código de 6 dígitos que ele mostra agora.
verify-email-label = Código do email
verify-totp-label = Código do seu aplicativo
verify-submit = Verificar
verify-resend = Enviar um novo código
verify-use-email = Usar um código enviado por email
verify-use-totp = Usar o aplicativo autenticador
verify-no-method = Sem email e sem aplicativo? Talvez você não tenha se registrado no autoatendimento: entre em contato com { $helpdesk }.
verify-wrong = { $left ->
    [one] Esse código está incorreto. Você tem mais { $left } tentativa.
   *[other] Esse código está incorreto. Você tem mais { $left } tentativas.
}
verify-expired = Esse código expirou. Envie um novo e use-o em até 10 minutos.
verify-replayed = Esse código já foi usado. Aguarde o aplicativo mostrar o próximo código e digite-o.
verify-resent = Se esta conta tiver um endereço de email registrado, um novo código está a caminho. Só o código mais recente funciona.

## Reset: the new password

reset-password-title = Escolha uma nova senha
reset-password-lead = Você comprovou sua identidade. Escolha uma senha que você ainda não usou.
reset-new-password = Nova senha
reset-confirm-password = Digite-a novamente
# Followed by a word the page's script fills in (weak, fair, strong...).
reset-strength = Força:
reset-set-password = Definir nova senha
reset-mismatch = As duas senhas não coincidem. Digite a mesma senha nas duas caixas.

## Reset, unlock: the result

reset-done-title = Sua senha foi redefinida
reset-done-message = Sua nova senha já funciona, e sua conta foi desbloqueada, caso estivesse bloqueada.
reset-done-next = Entre com sua nova senha. Enviamos um email para você sobre esta alteração.
unlock-done-title = Sua conta foi desbloqueada
unlock-done-message = Você já pode entrar novamente com sua senha atual.
unlock-done-next = Se não se lembrar da senha, redefina-a.
register-verified-title = Verificado
register-verified-message = Você comprovou um dos seus métodos.
register-verified-next = Agora você pode alterar seus métodos.
recover-disabled-title = Esta conta está desabilitada
recover-disabled-message = Uma conta desabilitada não pode ser redefinida nem desbloqueada aqui.
recover-disabled-next = Entre em contato com { $helpdesk }.
recover-refused-title = Não podemos fazer isso aqui
recover-refused-message = Esta conta não pode ser alterada pelo autoatendimento.
recover-refused-next = Entre em contato com { $helpdesk }; eles podem ajudar você imediatamente.

## Register: signing in

register-signin-title = Configurar o autoatendimento
register-signin-lead = Entre com sua senha atual para registrar um endereço de email ou um aplicativo autenticador. Você vai usá-los para comprovar que é você se algum dia esquecer a senha.
register-username-label = Nome de usuário ou endereço de email
register-password-label = Senha
register-signin = Entrar
# The link back to the sign-in page when a registration visit has to start over.
register-sign-in-again = Entrar novamente
register-unavailable-title = O registro não está disponível
register-unavailable-privileged = A redefinição de senha por autoatendimento não está disponível para contas privilegiadas (administradores e equipe de suporte técnico).
register-unavailable-not-enabled = A redefinição de senha por autoatendimento não está habilitada para sua conta.
register-unavailable-next = Entre em contato com { $helpdesk } para obter ajuda com sua senha.

## Register: the methods page

# The names of the verification methods.
method-email = Código por email
method-totp = Aplicativo autenticador

register-title = Seus métodos de verificação
# { $name } is the signed-in person's name; { $required } how many methods a reset needs
# (the [1] variant is for exactly one, the other for any other number).
register-lead = { $required ->
    [1] Conectado como { $name }. Um método é suficiente para redefinir sua senha; dois são melhores.
   *[other] Conectado como { $name }. Você precisa de dois métodos para redefinir sua senha.
}
register-none = Você ainda não tem métodos: adicione um agora para poder resolver sozinho depois.
# { $date } is the day the method was registered.
register-added = Adicionado em { $date }
register-remove = Remover
register-locked = Para adicionar, substituir ou remover um método, primeiro comprove um que você já tem. Só a senha não é suficiente para alterá-los.
register-prove = Comprovar que é você
register-change-email = Alterar seu endereço de email
register-add-email = Adicionar um endereço de email
register-email-hint = Use um endereço pessoal que você consiga ler quando não conseguir entrar no trabalho, e não sua caixa de correio do trabalho.
register-email-label = Endereço de email
register-send-code = Enviar um código de confirmação
register-replace-totp = Substituir seu aplicativo autenticador
register-add-totp = Adicionar um aplicativo autenticador
register-totp-hint = Microsoft Authenticator, Google Authenticator, 1Password e outros funcionam.
register-set-up-totp = Configurar um aplicativo autenticador
register-sign-out = Sair

# One-line notices at the top of the methods page, after a step.
register-notice-stepped-up = Verificado. Agora você pode alterar seus métodos.
register-notice-email = Seu endereço de email foi registrado.
register-notice-totp = Seu aplicativo autenticador foi registrado.
register-notice-removed-email = Código por email removido.
register-notice-removed-totp = Aplicativo autenticador removido.

## Register: confirming an email address

register-email-title = Confirme seu endereço de email
# { $address } is the address, partly hidden (al***@ex***.com).
register-email-lead = Enviamos um código para { $address }. Digite-o aqui para concluir.
register-code-from-email = Código do email
register-confirm = Confirmar
register-back = Voltar
register-email-wrong = Esse código está incorreto ou expirou. Verifique o email mais recente, ou volte e envie um novo código.

## Register: setting up an authenticator app

register-totp-title = Configure seu aplicativo autenticador
register-totp-lead = No aplicativo, adicione uma conta e leia este código. Não consegue ler? Digite a chave abaixo.
# Followed by the secret key, for typing into the app by hand.
register-totp-key = Chave:
register-totp-code-label = O código de 6 dígitos que o aplicativo mostra
register-totp-wrong = Esse código está incorreto. Verifique o relógio do aplicativo e digite o código que ele mostra agora.

## Passkeys

method-passkey = Chave de acesso
verify-use-passkey = Usar uma chave de acesso em vez disso
verify-passkey-lead = Use uma chave de acesso que você registrou para esta conta: neste dispositivo, no seu celular ou em uma chave de segurança.
verify-passkey-start = Usar uma chave de acesso
verify-passkey-title = Use sua chave de acesso
verify-passkey-go = Continuar com a chave de acesso
verify-passkey-wrong = { $left ->
    [one] Essa chave de acesso não comprovou que é você. Você tem mais { $left } tentativa.
   *[other] Essa chave de acesso não comprovou que é você. Você tem mais { $left } tentativas.
}
verify-passkey-expired = Essa solicitação de chave de acesso expirou. Escolha "Usar uma chave de acesso" para começar de novo.
verify-passkey-replayed = Essa resposta da chave de acesso já foi usada. Escolha "Usar uma chave de acesso" para começar de novo.
passkey-back-to-methods = Usar outro método
passkey-failed = Seu navegador não forneceu nenhuma chave de acesso: a solicitação foi cancelada ou expirou, ou este dispositivo não tem chave de acesso para este site. Tente novamente ou use outro método.
passkey-unsupported = Este navegador não pode usar chaves de acesso. Use outro método ou outro navegador.
passkey-needs-script = As chaves de acesso precisam de JavaScript, que está desativado neste navegador. Use outro método ou ative o JavaScript.
passkey-none = Seu navegador não forneceu nenhuma chave de acesso. Tente novamente ou use outro método.
passkey-bad = Não foi possível ler a resposta do seu navegador. Tente novamente.
register-passkeys = Suas chaves de acesso
register-passkey-used = usada pela última vez em { $date }
register-passkey-never-used = ainda não usada
register-add-passkey = Adicionar uma chave de acesso
register-passkey-hint = Uma chave de acesso comprova que é você com o bloqueio de tela do seu dispositivo (impressão digital, rosto ou PIN). Não há nada para digitar, e um site falso não consegue usá-la.
register-passkey-name-label = Um nome para esta chave de acesso, como "Notebook do trabalho"
register-passkey-add = Adicionar uma chave de acesso
register-passkey-name-empty = Dê um nome à chave de acesso para poder diferenciar suas chaves de acesso depois.
register-passkey-name-bad = Use um nome com no máximo 64 caracteres.
register-passkey-too-many = { $n ->
    [one] Você tem { $n } chave de acesso, o máximo que uma conta pode ter. Remova-a primeiro.
   *[other] Você tem { $n } chaves de acesso, o máximo que uma conta pode ter. Remova uma primeiro.
}
register-passkey-title = Crie sua chave de acesso
register-passkey-lead = Seu navegador vai pedir que você crie uma chave de acesso chamada "{ $name }" e confirme com o bloqueio de tela.
register-passkey-go = Criar chave de acesso
register-passkey-failed = A chave de acesso não foi registrada: a resposta do seu navegador não correspondeu a esta solicitação. Tente adicioná-la novamente.
register-passkey-already = Essa chave de acesso já está registrada.
register-notice-passkey = Sua chave de acesso foi registrada.
register-notice-removed-passkey = Chave de acesso removida.
