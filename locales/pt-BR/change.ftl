# The page where a user who knows their password (or whose password expired) chooses a new one.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words.

change-title = Alterar sua senha
change-expired = Sua senha expirou ou precisa ser alterada antes de você entrar. Escolha uma nova aqui.
# $link is a link to the reset page; its words are change-lead-link.
change-lead = Você precisa da sua senha atual. Esqueceu? { $link }.
change-lead-link = Redefina-a
change-username = Nome de usuário ou endereço de email
change-current-password = Senha atual
change-new-password = Nova senha
change-confirm-password = Digite a nova senha novamente
change-submit = Alterar senha
change-mismatch = As duas novas senhas não coincidem. Digite a mesma senha nas duas caixas.

change-done-title = Sua senha foi alterada
change-done-message = Sua nova senha já funciona.
change-done-next = Entre com sua nova senha. Enviamos um email para você sobre esta alteração.

# The account may not change its own password through the portal.
change-refused-title = Não podemos alterar esta senha aqui
change-refused-message = Esta conta não pode ser alterada pelo autoatendimento.
change-refused-next = Entre em contato com { $helpdesk }.
