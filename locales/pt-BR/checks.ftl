# The writeback checks on the console's health page (the same checks `sspr doctor` prints, in
# English): for each, what was checked (-name), what was found (-detail) and what to do (-fix).
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. Setting names (directory.ca_file, directory.bind_dn, directory.probe_user), attribute
# names (lockoutTime, pwdLastSet, sAMAccountName, distinguishedName, adminCount), DNs
# (CN=AdminSDHolder,CN=System), ports, rights as the delegation wizard names them (Reset Password,
# Write lockoutTime) and product names are directory names: keep them as they are. { $error } is
# the directory's own message, in English.

## Domain controllers: connection and certificate

check-dc-tls-unverified-name = DC { $url }: acessível via TLS
check-dc-tls-unverified-detail = não foi possível verificar o certificado: { $detail }
check-dc-tls-unverified-fix = Defina directory.ca_file com a CA (PEM) que emitiu o certificado do DC e use na URL um nome de host que conste na SAN do certificado. A verificação nunca é desativada.

check-dc-unreachable-name = DC { $url }: acessível via TLS
check-dc-unreachable-detail = { $error }
check-dc-unreachable-fix = Verifique se o DC está ativo e se este host consegue alcançá-lo na porta 636 (ldaps) ou 389 (StartTLS); verifique a URL e os firewalls.

check-cert-missing-name = DC { $url }: certificado
check-cert-missing-detail = nenhum certificado do par para inspecionar
check-cert-missing-fix = Verifique a configuração de TLS.

check-cert-unparsable-name = DC { $url }: certificado
check-cert-unparsable-detail = não foi possível analisar o certificado
check-cert-unparsable-fix = Verifique o certificado.

# $subject is the certificate's subject (a DN).
check-cert-expired-name = DC { $url }: certificado
check-cert-expired-detail = { $days ->
    [one] { $subject } expirou há { $days } dia
   *[other] { $subject } expirou há { $days } dias
}
check-cert-expired-fix = Renove o certificado do DC.

check-cert-expiring-name = DC { $url }: certificado
check-cert-expiring-detail = { $days ->
    [one] verificado; { $subject } expira em { $days } dia
   *[other] verificado; { $subject } expira em { $days } dias
}
check-cert-expiring-fix = Renove o certificado do DC antes que expire, senão todos os write-backs vão falhar.

check-cert-ok-name = DC { $url }: certificado
check-cert-ok-detail = { $days ->
    [one] verificado; { $subject } expira em { $days } dia
   *[other] verificado; { $subject } expira em { $days } dias
}

## Domain controllers: the service account's bind

check-bind-ok-name = DC { $url }: bind da conta de serviço
check-bind-ok-detail = bind feito como { $bind_dn }

check-bind-refused-name = DC { $url }: bind da conta de serviço
check-bind-refused-detail = { $reason ->
    [credentials] senha incorreta ou conta inexistente (verifique bind_dn e a senha)
    [password-expired] a senha da conta de serviço expirou
    [disabled] a conta de serviço está desativada
    [expired] a conta de serviço expirou
    [must-change] a conta de serviço precisa alterar a senha
    [locked] a conta de serviço está bloqueada
   *[refused] o DC recusou o bind
}: { $error }
check-bind-refused-fix = Corrija directory.bind_dn / a senha de bind e confira se a conta está ativada, não está bloqueada e se a senha dela não expira.

check-bind-error-name = DC { $url }: bind da conta de serviço
check-bind-error-detail = { $error }
check-bind-error-fix = Verifique os logs do DC.

check-bind-timeout-name = DC { $url }: bind da conta de serviço
check-bind-timeout-detail = sem resposta a tempo
check-bind-timeout-fix = O DC está sobrecarregado ou um firewall descarta o tráfego depois do handshake.

## Domain controllers: the password policy hints control

# $oid is the control's object identifier (1.2.840.113556.1.4.2239).
check-hints-ok-name = DC { $url }: controle de dicas de política
check-hints-ok-detail = compatível ({ $oid }): as redefinições por autoatendimento aplicam o histórico e a idade mínima

check-hints-unsupported-name = DC { $url }: controle de dicas de política
check-hints-unsupported-detail = não compatível com este DC: as redefinições por autoatendimento não conseguem aplicar o histórico de senhas nem a idade mínima (as alterações continuam aplicando)
check-hints-unsupported-fix = Use DCs com Windows Server 2012 R2 ou posterior para o write-back se as redefinições precisarem respeitar o histórico; o Samba não oferece suporte a esse controle.

check-hints-unreadable-name = DC { $url }: controle de dicas de política
check-hints-unreadable-detail = rootDSE não pode ser lido: { $error }
check-hints-unreadable-fix = Verifique o DC.

## Password policies

# $complexity is `on` or `off`; $min_age_hours is in hours (h).
check-policy-ok-name = política de senha do domínio legível
check-policy-ok-detail = tamanho mínimo { $min_length }, complexidade { $complexity ->
    [on] ativada
   *[off] desativada
}, histórico { $history }, idade mínima { $min_age_hours } h, bloqueio após { $lockout }

check-policy-min-age-name = política de senha do domínio legível
check-policy-min-age-detail = tamanho mínimo { $min_length }, complexidade { $complexity ->
    [on] ativada
   *[off] desativada
}, histórico { $history }, idade mínima { $min_age_hours } h, bloqueio após { $lockout }: os usuários não podem alterar a senha duas vezes dentro da idade mínima
check-policy-min-age-fix = Considere uma idade mínima de senha de 0 (ou de no máximo 1 dia); usuários que alteram a senha e depois a esquecem precisam usar a redefinição, que uma redefinição pelo suporte técnico sempre permite.

check-policy-unreadable-name = política de senha do domínio legível
check-policy-unreadable-detail = { $error }
check-policy-unreadable-fix = Usuários autenticados normalmente conseguem ler a raiz do domínio; verifique a conta de serviço.

# $container is the DN of the Password Settings Container.
check-pso-unreadable-name = políticas de senha refinadas (PSOs) legíveis
check-pso-unreadable-detail = { $total ->
    [one] { $unreadable } de { $total } PSO tem configurações ilegíveis
   *[other] { $unreadable } de { $total } PSOs têm configurações ilegíveis
}
check-pso-unreadable-fix = Conceda à conta de serviço permissão de leitura em { $container }.

check-pso-ok-name = políticas de senha refinadas (PSOs) legíveis
check-pso-ok-detail = { $count ->
    [one] { $count } PSO encontrado
   *[other] { $count } PSOs encontrados
}

check-pso-container-unreadable-name = políticas de senha refinadas (PSOs) legíveis
check-pso-container-unreadable-detail = o Password Settings Container não pode ser lido ({ $error }); usuários sob um PSO veriam a política do domínio
check-pso-container-unreadable-fix = Conceda à conta de serviço permissão de leitura (RP, LC) em { $container }.

## The service account's rights on users

check-rights-own-entry-name = permissões da conta de serviço sobre usuários
check-rights-own-entry-detail = a entrada da própria conta de serviço não pode ser lida: { $error }
check-rights-own-entry-fix = Verifique directory.bind_dn.

check-rights-probe-search-name = permissões da conta de serviço sobre usuários
check-rights-probe-search-detail = { $error }
check-rights-probe-search-fix = Verifique o DC.

check-rights-no-probe-name = permissões da conta de serviço sobre usuários
check-rights-no-probe-detail = nenhum usuário encontrado para testar as permissões
check-rights-no-probe-fix = Defina directory.probe_user com o sAMAccountName de um usuário típico (não administrador).

# $probe is the DN of the user the rights were probed on.
check-rights-ok-name = permissões da conta de serviço sobre usuários (teste: { $probe })
check-rights-ok-detail = Reset Password, gravação de lockoutTime, gravação de pwdLastSet: concedidas

check-rights-not-writable-name = permissões da conta de serviço sobre usuários (teste: { $probe })
check-rights-not-writable-detail = a ACL concede as permissões, mas o DC não lista lockoutTime/pwdLastSet como graváveis
check-rights-not-writable-fix = Procure entradas de negação ou uma restrição no nível do esquema na UO.

# $missing lists rights as the delegation wizard names them (Reset Password, Write lockoutTime…).
check-rights-missing-name = permissões da conta de serviço sobre usuários (teste: { $probe })
check-rights-missing-detail = faltando: { $missing }
check-rights-missing-fix = Delegue a { $bind_dn } na UO dos usuários (Delegation of Control: "Reset user passwords and force password change at next logon", mais Write lockoutTime), com herança para os objetos User descendentes.

check-rights-acl-unreadable-name = permissões da conta de serviço sobre usuários (teste: { $probe })
check-rights-acl-unreadable-detail = { $error }
check-rights-acl-unreadable-fix = Usuários autenticados normalmente conseguem ler as ACLs dos usuários; verifique se há permissões reforçadas.

## Protected accounts

check-protected-unreadable-name = contas protegidas (adminCount=1)
check-protected-unreadable-detail = { $error }
check-protected-unreadable-fix = Verifique o DC.

check-protected-ok-name = contas protegidas (adminCount=1)
check-protected-ok-detail = { $count ->
    [one] { $count } conta protegida, gerenciável
   *[other] { $count } contas protegidas, todas gerenciáveis
}

# $accounts lists sAMAccountNames.
check-protected-unmanaged-name = contas protegidas (adminCount=1)
check-protected-unmanaged-detail = { $count ->
    [one] { $count } conta protegida que a conta de serviço não consegue redefinir nem desbloquear: { $accounts }
   *[other] { $count } contas protegidas que a conta de serviço não consegue redefinir nem desbloquear: { $accounts }
}
check-protected-unmanaged-fix = Essas contas recebem a ACL do AdminSDHolder e ignoram delegações: deixe-as fora do escopo do autoatendimento (os usuários delas veem "entre em contato com o administrador") ou delegue em CN=AdminSDHolder,CN=System se a política permitir.

## Configured groups

# $key is a setting name (sspr.helpdesk_group_dn…), $dn the group's DN as configured.
check-group-ok-name = { $key } existe
check-group-ok-detail = { $dn }

check-group-missing-name = { $key } existe
check-group-missing-detail = { $dn } não é um grupo que a conta de serviço consegue ver
check-group-missing-fix = Corrija { $key } (copie o DN do atributo distinguishedName do grupo).

check-group-error-name = { $key } existe
check-group-error-detail = { $error }
check-group-error-fix = Verifique o DC.

## When nothing else can run

check-directory-unusable-name = diretório utilizável
check-directory-unusable-detail = nenhum DC aceitou a conta de serviço por uma conexão verificada
check-directory-unusable-fix = Corrija primeiro as falhas acima.
