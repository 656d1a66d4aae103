# Every mail the portal sends: one-time codes, notices that something happened to an account,
# and "self-service could not help" mails. Plain text and HTML parts use the same messages.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. Mail is read on phones and in plain-text clients: no markup in these messages.

## Parts every mail shares

# First line of every mail. $name is the person's display name.
mail-greeting = Olá, { $name },

## One-time code mails

# Subject. Never contains the code itself: subjects show on locked phone screens.
mail-code-subject = Seu código de verificação de { $org }
# Title of the HTML part (shown by some mail clients in the tab or window).
mail-code-title = Código de verificação de { $org }
# The line above the code. $purpose says what the code is for; $admin (helpdesk-caller
# only) is the helpdesk admin who asked for the code.
mail-code-intro = { $purpose ->
    [reset] Seu código de verificação de { $org } para redefinir sua senha é:
    [unlock] Seu código de verificação de { $org } para desbloquear sua conta é:
    [change-methods] Seu código de verificação de { $org } para alterar seus métodos de verificação é:
    [confirm-address] Seu código de verificação de { $org } para confirmar este endereço para a redefinição de senha é:
    [console-authenticator] Seu código de verificação de { $org } para configurar seu autenticador no console do suporte técnico é:
   *[helpdesk-caller] Seu código de verificação de { $org } para comprovar sua identidade ao suporte técnico ({ $admin } está pedindo). Leia este código para eles:
}
mail-code-expiry = { $minutes ->
    [one] Digite-o na página em que você o solicitou. Ele funciona uma vez e expira em { $minutes } minuto.
   *[other] Digite-o na página em que você o solicitou. Ele funciona uma vez e expira em { $minutes } minutos.
}
mail-code-ignore = Se você não solicitou este código, pode ignorar este email. Ninguém pode usá-lo sem estar também naquela página, e nada mudou na sua conta.

## Notices (and "could not help" mails)

# Subject of a notice. $headline is one of the notice-*-headline messages.
mail-notice-subject = { $org }: { $headline }
# The headline as the first sentence of the mail's body.
mail-notice-headline = { $headline }.
# $when is a date and time in the reader's layout (format-datetime).
mail-notice-when = Quando: { $when }
# $address is the IP address the request came from.
mail-notice-from = Origem: { $address }
# Shown as the address when it is not known.
mail-notice-from-unknown = desconhecida
mail-notice-was-you = Se foi você, não é preciso fazer mais nada.
# $helpdesk is how to reach the helpdesk (a name, phone number or address).
mail-notice-not-you = Se não foi você, entre em contato com { $helpdesk } imediatamente: alguém pode ter acesso à sua conta.
# Last line; $url is the portal's address (a link in the HTML part).
mail-notice-footer = Serviço de senhas de { $org }: { $url }

## "Self-service could not help" mails: someone asked to reset or unlock this account, and
## self-service cannot do it. Sent to the account's own mailbox, never shown on the page.

mail-cannot-help-headline = A redefinição de senha por autoatendimento não pôde ajudar
mail-cannot-help-not-enabled = A redefinição de senha por autoatendimento não está habilitada para sua conta. Entre em contato com { $helpdesk } para redefinir sua senha ou desbloquear sua conta.
mail-cannot-help-disabled = Sua conta está desabilitada, por isso a senha não pode ser redefinida aqui. Entre em contato com { $helpdesk }.
mail-cannot-help-privileged = Sua conta é privilegiada (uma conta de administrador ou de suporte técnico), e o autoatendimento não redefine nem desbloqueia essas contas. Entre em contato com { $helpdesk } ou com um administrador do diretório.
# $purpose is what the person asked to do; $needed how many methods must be registered;
# $url the registration page.
mail-cannot-help-too-few-methods = { $purpose ->
    [reset] Você pediu para redefinir sua senha, mas não registrou métodos de verificação suficientes ({ $needed } necessários). Enquanto ainda souber sua senha, registre-se em { $url }. Se não conseguir entrar agora, entre em contato com { $helpdesk }.
    [unlock] Você pediu para desbloquear sua conta, mas não registrou métodos de verificação suficientes ({ $needed } necessários). Enquanto ainda souber sua senha, registre-se em { $url }. Se não conseguir entrar agora, entre em contato com { $helpdesk }.
   *[other] Você pediu para alterar seus métodos de verificação, mas não registrou métodos de verificação suficientes ({ $needed } necessários). Enquanto ainda souber sua senha, registre-se em { $url }. Se não conseguir entrar agora, entre em contato com { $helpdesk }.
}

## Notices: each has a headline (also the subject, after the organisation's name) and a
## detail sentence.

notice-reset-headline = Sua senha foi redefinida
notice-reset-detail = Sua senha foi redefinida pela redefinição de senha por autoatendimento, após a verificação com seus métodos registrados.

notice-unlock-headline = Sua conta foi desbloqueada
notice-unlock-detail = Sua conta foi desbloqueada pelo autoatendimento, após a verificação com seus métodos registrados. Sua senha não foi alterada.

notice-changed-headline = Sua senha foi alterada
notice-changed-detail = Sua senha foi alterada no serviço de senhas.
# Sent when the service restarted while changing the password: the change went through.
notice-changed-unconfirmed-detail = Sua senha foi alterada no serviço de senhas, embora a página que confirmava isso talvez não tenha chegado até você.

notice-methods-headline = Seus métodos de redefinição de senha foram alterados
notice-methods-added-email = Seu registro na redefinição de senha por autoatendimento foi alterado: um endereço de email alternativo foi registrado.
notice-methods-added-authenticator = Seu registro na redefinição de senha por autoatendimento foi alterado: um aplicativo autenticador foi registrado.
notice-methods-removed-email = Seu registro na redefinição de senha por autoatendimento foi alterado: o código por email foi removido.
notice-methods-removed-authenticator = Seu registro na redefinição de senha por autoatendimento foi alterado: o aplicativo autenticador foi removido.
notice-methods-added-passkey = Seu registro na redefinição de senha por autoatendimento foi alterado: uma chave de acesso foi registrada.
notice-methods-removed-passkey = Seu registro na redefinição de senha por autoatendimento foi alterado: uma chave de acesso foi removida.

# To the account's own mailbox, when someone keeps typing wrong passwords for it.
notice-guessing-headline = Alguém está tentando adivinhar sua senha
notice-guessing-detail = Depois de repetidas senhas incorretas, o serviço de senhas parou por um tempo de verificar senhas da sua conta, para que ela não seja bloqueada. Se não foi você, avise o suporte técnico. Se você esqueceu sua senha, redefina-a com seus métodos registrados.

notice-authenticator-blocked-headline = Seu autenticador foi bloqueado
# $n wrong codes in a row; $helpdesk is how to reach the helpdesk.
notice-authenticator-blocked-detail = { $n ->
    [one] Depois de { $n } código incorreto do autenticador, seu aplicativo autenticador não funciona mais para redefinir a senha ou desbloquear a conta. Use um código enviado por email (isso também desbloqueia o aplicativo) ou entre em contato com { $helpdesk }. Se não foi você que tentou esse código, foi outra pessoa: avise { $helpdesk }.
   *[other] Depois de { $n } códigos incorretos seguidos do autenticador, seu aplicativo autenticador não funciona mais para redefinir a senha ou desbloquear a conta. Use um código enviado por email (isso também desbloqueia o aplicativo) ou entre em contato com { $helpdesk }. Se não foi você que tentou esses códigos, foi outra pessoa: avise { $helpdesk }.
}
# To a helpdesk admin, about the authenticator of their helpdesk console account.
notice-console-authenticator-blocked-detail = { $n ->
    [one] Depois de { $n } código incorreto do autenticador, seu autenticador do console do suporte técnico foi bloqueado. Outro administrador do suporte técnico pode desbloqueá-lo na sua página de usuário. Se não foi você que tentou esse código, foi outra pessoa.
   *[other] Depois de { $n } códigos incorretos seguidos do autenticador, seu autenticador do console do suporte técnico foi bloqueado. Outro administrador do suporte técnico pode desbloqueá-lo na sua página de usuário. Se não foi você que tentou esses códigos, foi outra pessoa.
}

## What a helpdesk admin did. $admin is the admin's display name.

notice-helpdesk-reset-headline = Sua senha foi redefinida pelo suporte técnico
notice-helpdesk-reset-detail = { $admin } redefiniu sua senha.
notice-helpdesk-reset-must-change-detail = { $admin } redefiniu sua senha; você precisará escolher uma nova ao entrar.
notice-helpdesk-unlock-headline = Sua conta foi desbloqueada pelo suporte técnico
notice-helpdesk-unlock-detail = { $admin } desbloqueou sua conta. Sua senha não foi alterada.
notice-helpdesk-cleared-headline = Seus métodos de redefinição de senha foram apagados
notice-helpdesk-cleared-detail = { $admin } apagou seus métodos de verificação registrados. Registre-se novamente no serviço de senhas.
notice-helpdesk-unblocked-headline = Seu autenticador foi desbloqueado
notice-helpdesk-unblocked-detail = { $admin } desbloqueou seu autenticador: ele voltou a funcionar.
# A helpdesk notice's detail followed by the admin's note on how they verified the caller
# ($note, in the admin's own words).
notice-with-note = { $detail } ({ $note })

## To the other helpdesk admins.

# $admin is the account name of the admin who enrolled.
notice-admin-enrolled-headline = { $admin } registrou um autenticador do suporte técnico
# $name is that admin's display name.
notice-admin-enrolled-detail = { $name } configurou o autenticador que protege a própria conta do console do suporte técnico.
# $admin is the account name of the admin who added a passkey.
notice-admin-passkey-headline = { $admin } adicionou uma chave de acesso para entrar no suporte técnico
# $name is that admin's display name.
notice-admin-passkey-detail = { $name } adicionou uma chave de acesso que pode ser usada para entrar na própria conta do console do suporte técnico no lugar do aplicativo autenticador.
# $admin is the account name of the admin who acted.
notice-privileged-headline = Uma conta privilegiada foi alterada por { $admin }
# $admin is the display name of the admin who acted, $account the privileged account's name,
# $action what they did. The part after the colon repeats, in lower case, the headline the
# account's owner got.
notice-privileged-detail = { $action ->
    [reset] { $admin } agiu sobre { $account }, que é uma conta de administrador do suporte técnico ou do diretório: sua senha foi redefinida pelo suporte técnico
    [unlock] { $admin } agiu sobre { $account }, que é uma conta de administrador do suporte técnico ou do diretório: sua conta foi desbloqueada pelo suporte técnico
    [cleared] { $admin } agiu sobre { $account }, que é uma conta de administrador do suporte técnico ou do diretório: seus métodos de redefinição de senha foram apagados
   *[unblocked] { $admin } agiu sobre { $account }, que é uma conta de administrador do suporte técnico ou do diretório: seu autenticador foi desbloqueado
}

## Password-expiry reminders: mailed a set number of days before the account's password
## expires (the days come from the configuration, typically 14, 7, 3 and 1).

# Subject. $days is the whole number of days left (0: less than a day).
mail-reminder-subject = { $days ->
    [0] { $org }: sua senha expira em menos de um dia
    [one] { $org }: sua senha expira amanhã
   *[other] { $org }: sua senha expira em { $days } dias
}
mail-reminder-headline = { $days ->
    [0] Sua senha expira em menos de um dia.
    [one] Sua senha expira em { $days } dia.
   *[other] Sua senha expira em { $days } dias.
}
# $when is the date and time it expires, in the reader's layout.
mail-reminder-detail = Ela deixará de funcionar em { $when }. Depois disso, você não poderá mais entrar com ela até que seja redefinida.
# Above the link to the change page.
mail-reminder-change = Escolha uma nova agora, de qualquer dispositivo, com sua senha atual:
# Above the link to the registration page; only for people who have not registered a way to prove who they are.
mail-reminder-register = Você ainda não configurou uma forma de redefinir sua senha por conta própria caso a esqueça. Leva só um minuto:
mail-reminder-windows = Em um computador Windows da sua organização, você também pode pressionar Ctrl+Alt+Del e escolher "Alterar uma senha".
# $helpdesk is how to reach the helpdesk.
mail-reminder-never-asks = Nunca pedimos sua senha por email. Se não tiver certeza de que esta mensagem é verdadeira, digite você mesmo o endereço do serviço de senhas ou entre em contato com { $helpdesk }.
