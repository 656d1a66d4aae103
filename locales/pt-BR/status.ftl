# Status reasons, as the helpdesk console explains them: what happened (`-explain`) and what
# an administrator can do about it (`-fix`). The reason names themselves (the part after
# `status-`) are codes from Microsoft Entra's audit log: they are not translated.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. Text in `backticks` and setting names such as directory.write_queue_timeout are
# commands and configuration keys: keep them as they are.

status-Success-explain = A operação foi concluída.
status-Success-fix = Nada a fazer.

status-OnPremisesPolicyViolation-TooShort-explain = O Active Directory recusou a senha: ela é mais curta que o comprimento mínimo.
status-OnPremisesPolicyViolation-NotComplex-explain = O Active Directory recusou a senha: ela não atende aos requisitos de complexidade.
status-OnPremisesPolicyViolation-InHistory-explain = O Active Directory recusou a senha: ela é uma das senhas recentes do usuário.
status-OnPremisesPolicyViolation-TooYoung-explain = O Active Directory recusou a alteração: a idade mínima da senha ainda não foi atingida desde a última alteração.
status-OnPremisesPolicyViolation-CannotChange-explain = O Active Directory recusou a alteração: a conta está configurada para que o usuário não possa alterar a senha.
status-OnPremisesPolicyViolation-Unknown-explain = O Active Directory recusou a senha com base na política (histórico ou filtro de senhas; o Windows não informa qual).
# The fix for a password refused under the policy (too short, not complex, in history, unknown).
status-OnPremisesPolicyViolation-fix = O usuário escolhe uma senha que atenda à política mostrada na página.
status-OnPremisesPolicyViolation-TooYoung-fix = Aguarde até que a idade mínima da senha seja atingida, ou peça ao suporte técnico para redefinir a senha.
# "User cannot change password" is the name of the setting in Active Directory Users and Computers.
status-OnPremisesPolicyViolation-CannotChange-fix = Desmarque "O usuário não pode alterar a senha" (User cannot change password) na conta, ou peça ao suporte técnico para redefini-la.

status-PasswordBanned-explain = A senha está na lista de senhas proibidas do portal.
status-PasswordBanned-fix = O usuário escolhe uma senha menos comum.
status-PasswordBreached-explain = A senha está na lista de senhas conhecidas de vazamentos de dados (policy.breached_passwords_file).
status-PasswordBreached-fix = O usuário escolhe uma senha que nunca tenha usado em nenhum outro lugar.
status-PasswordTooWeak-explain = A senha é mais fácil de adivinhar do que a força mínima do portal permite (policy.min_strength).
status-PasswordTooWeak-fix = O usuário escolhe uma senha mais longa, como três ou quatro palavras sem relação entre si.

status-InvalidCurrentPassword-explain = A senha atual informada estava errada.
status-InvalidCurrentPassword-fix = O usuário tenta novamente, ou usa a redefinição se tiver esquecido a senha atual.

status-OnPremisesConnectivityError-explain = Não foi possível acessar nenhum controlador de domínio, ou ele não respondeu a tempo.
status-OnPremisesConnectivityError-fix = Verifique se os controladores de domínio estão ativos e acessíveis nas portas 636/389; execute `sspr doctor`.

status-OnPremisesAdminActionRequired-explain = O diretório recusou a operação por um motivo que só um administrador pode resolver (permissões, conta protegida ou confiança TLS).
# "Reset Password" is the name of the permission in Active Directory; lockoutTime and pwdLastSet are attribute names.
status-OnPremisesAdminActionRequired-fix = Execute `sspr doctor`: conceda à conta de serviço a permissão Reset Password e gravação em lockoutTime/pwdLastSet, ou trate as contas protegidas manualmente.

status-UserNotEnabledForSSPR-explain = O usuário não está no escopo da redefinição de senha por autoatendimento.
status-UserNotEnabledForSSPR-fix = Adicione o usuário ao grupo de autoatendimento ou altere sspr.enabled_for.

status-UserNotProperlyConfigured-explain = O usuário não registrou métodos de verificação suficientes.
status-UserNotProperlyConfigured-fix = O usuário registra métodos em /register, ou o suporte técnico o ajuda.

status-WritebackNotEnabled-explain = Esta operação está desabilitada na configuração do portal.
status-WritebackNotEnabled-fix = Habilite a operação na configuração se ela deve ser oferecida.

status-AccountDisabled-explain = A conta está desabilitada no Active Directory.
status-AccountDisabled-fix = Um administrador habilita a conta no Active Directory, se for o caso.

status-VerificationFailed-explain = Um código de verificação estava errado ou expirado.
status-VerificationFailed-fix = O usuário solicita um novo código e tenta novamente.

status-TooManyAttempts-explain = Muitas tentativas; o usuário está temporariamente bloqueado.
status-TooManyAttempts-fix = Aguarde o bloqueio expirar; investigue se isso se repetir.

status-UserNotFound-explain = Nenhuma conta do diretório correspondeu ao que o usuário digitou.
status-UserNotFound-fix = Verifique a grafia; o usuário pode usar o nome de usuário, o UPN ou o email.

status-DirectoryBusy-explain = O controlador de domínio respondeu, mas estava sobrecarregado: a solicitação aguardou sua vez até directory.write_queue_timeout e foi recusada. Nada foi alterado.
status-DirectoryBusy-fix = O usuário tenta novamente em instantes. Se isso acontecer com frequência, aumente directory.write_queue_timeout ou adicione controladores de domínio a directory.urls.

status-WritebackInterrupted-explain = O portal parou (uma falha ou um kill) enquanto a gravação da senha estava em andamento; ao reler a conta depois, verificou-se que o diretório não a aplicou.
status-WritebackInterrupted-fix = O usuário tenta novamente; nada foi alterado. Veja por que o portal parou (logs do serviço).

# adminCount=1 is an attribute and its value; keep it as it is.
status-ProtectedAccount-explain = A conta é privilegiada (adminCount=1, membro de um grupo protegido ou do grupo de suporte técnico, ou a conta de serviço): o sspr nunca a redefine nem a desbloqueia.
status-ProtectedAccount-fix = Um administrador do diretório a redefine ou desbloqueia com as próprias ferramentas (Usuários e Computadores do Active Directory, PowerShell), depois de verificar a identidade da pessoa presencialmente.
